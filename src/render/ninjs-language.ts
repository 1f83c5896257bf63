/**
 * The `language` of a story's ninjs object, said only where something tells it: the script of
 * the text (Hangul, kana, Han), or the month in the dateline read together with the languages
 * the agency's profile files in. Where nothing tells it (a dateline without a month from an
 * agency that files in several languages), the property is left out rather than guessed.
 */
import { MONTHS } from '../dates/months.js';
import { profileById } from '../profiles/index.js';
import type { Story } from '../schema/story.js';

/** Scripts that name their language, in the order they are asked: Japanese writes Han too. */
const SCRIPTS: readonly (readonly [RegExp, string])[] = [
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
];

/** How much of the text the script is read from: the headline and the opening of the body. */
const SAMPLE = 400;

/** The languages whose month tables hold a written month (`Oct.` en; `mar` en, es, pt, it). */
function monthLanguages(date: string): string[] {
  const word = date.split(/\P{L}/u).find((w) => w.length >= 3)?.toLowerCase();
  if (word === undefined) return [];
  return Object.entries(MONTHS)
    .filter(([, table]) => Object.values(table).some((names) => names.includes(word)))
    .map(([language]) => language);
}

export function languageOf(story: Story): string | null {
  const sample = `${story.headline ?? ''} ${story.body.join(' ')}`.slice(0, SAMPLE);
  for (const [script, language] of SCRIPTS) if (script.test(sample)) return language;
  const filed = (story.profile !== null ? profileById(story.profile)?.languages : undefined) ?? [];
  const date = story.dateline?.date ?? null;
  if (date !== null) {
    const candidates = monthLanguages(date).filter((l) => filed.length === 0 || filed.includes(l));
    if (candidates.length === 1) return candidates[0]!;
  }
  return filed.length === 1 ? filed[0]! : null;
}
