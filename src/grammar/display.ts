/**
 * display (GRAMMAR.md section 5):
 * `display = { flag-line | note-line | byline } , [ slug ] , headline , [ deck ]`.
 * The content lines above the dateline — or, without a dateline, the first line and the byline,
 * note and flag lines right under it. Flags, notes and the byline (with the agency line under a
 * reporter's name) may stand anywhere in the block once a line has opened it; of the lines left,
 * the profile (or, with none, their shape) tells whether the first is a slug, then comes the
 * headline (an upper-case headline may wrap onto an indented line), and the rest is the deck.
 * What a dialect read of the display block itself (ANPA `^...<` lines) stands.
 */
import type { Line } from '../lines/line.js';
import type { AgencyProfile } from '../profiles/index.js';
import { NO_LOWERCASE } from '../text/opening.js';
import { assignment } from './assignment.js';
import { creditsAgency, readByline } from './byline.js';
import { isFlagLine, readFlags } from './flags.js';
import { isNoteLine } from './notes.js';
import { isBareName, isJoinedLabel, isKeywordSlug, isShortLabel } from './display-shapes.js';
import { claim, profileOf, rule, type StoryTree } from './tree.js';

const DISPLAY = rule('display');
const FLAG = assignment('flag');
const SLUG = assignment('slug');
const HEADLINE = assignment('headline');
const DECK = assignment('deck');
const BYLINE = assignment('byline');
const SENTENCE_END = /[.!?]$/;
const WORDS = /\s+/;

export function display(tree: StoryTree): void {
  const { lines, content } = tree;
  // A dialect that read the display lines itself (ANPA `^...<`) leaves only body without a dateline.
  const end = tree.datelinePos >= 0 ? tree.datelinePos : tree.display.headline !== null ? 0 : endWithoutDateline(tree);
  tree.bodyFrom = end;
  const parts = tree.display;
  const rest: number[] = [];
  const restTexts: string[] = [];
  let bylineAt = -1;
  for (let k = 0; k < end; k++) {
    const i = content[k]!;
    const text = lines[i]!.text.trim();
    if (isFlagLine(text)) {
      claim(tree, i, FLAG, DISPLAY);
      tree.flags.push(readFlags(text).flags[0] ?? text.replace(/[()]/g, ''));
    } else if (isNoteLine(text)) {
      claim(tree, i, assignment('note', tree.notes.length), DISPLAY);
      tree.notes.push({ text, line: lines[i]!.no });
    } else if (parts.byline === null && rest.length > 0 && (parts.byline = readByline(text)) !== null) {
      claim(tree, i, BYLINE, DISPLAY);
      bylineAt = k;
    } else if (k === bylineAt + 1 && creditsAgency(text)) {
      // The agency line under a reporter's name (`By NAME` then `Associated Press`) is the byline's.
      claim(tree, i, BYLINE, DISPLAY);
      parts.credit = text.replace(/(?<!\s)\s*=$/, '');
    } else {
      rest.push(i);
      restTexts.push(text);
    }
  }

  let headlineAt = 0;
  // A slug a scraper glued to the dateline comes after the headline (`Night market-Jeonju JEONJU, ...`).
  if (parts.slug === null && rest.length === 2 && slugLast(restTexts, profileOf(tree))) {
    parts.slug = restTexts.pop()!;
    claim(tree, rest.pop()!, SLUG, DISPLAY);
  }
  if (parts.slug === null && rest.length >= 2 && slugFirst(restTexts, profileOf(tree))) {
    parts.slug = restTexts[0]!;
    claim(tree, rest[0]!, SLUG, DISPLAY);
    headlineAt = 1;
  }
  if (parts.headline !== null || rest.length <= headlineAt) return;
  let headlineEnd = headlineAt + 1;
  while (headlineEnd < rest.length && continuesHeadline(lines[rest[headlineEnd - 1]!]!, lines[rest[headlineEnd]!]!)) headlineEnd++;
  let written = restTexts[headlineAt]!;
  for (let k = headlineAt + 1; k < headlineEnd; k++) written += ' ' + restTexts[k]!;
  // The pattern ends with `=`: a headline not ending so is left as it is, unsearched.
  if (written.endsWith('=')) written = written.replace(/(?<!\s)\s+=$/, '');
  const marks = readFlags(written);
  for (const flag of marks.flags) tree.flags.push(flag);
  parts.headline = marks.headline;
  for (let k = headlineAt; k < headlineEnd; k++) claim(tree, rest[k]!, HEADLINE, DISPLAY);
  // A bare name as the last line above the dateline is the byline (fields: headline, byline, dateline).
  if (parts.byline === null && tree.datelinePos >= 0 && rest.length - headlineEnd === 1 && isBareName(restTexts[headlineEnd]!)) {
    parts.byline = { text: restTexts[headlineEnd]!, agencyCredit: false };
    claim(tree, rest[headlineEnd]!, BYLINE, DISPLAY);
  } else if (headlineEnd < rest.length) {
    let deck = restTexts[headlineEnd]!;
    for (let k = headlineEnd + 1; k < rest.length; k++) deck += ' ' + restTexts[k]!;
    parts.deck = deck;
    for (let k = headlineEnd; k < rest.length; k++) claim(tree, rest[k]!, DECK, DISPLAY);
  }
}

/**
 * Without a dateline, the display block is the first line (when more follows and it is not an
 * indented paragraph) and the byline, note and flag lines right after it.
 */
function endWithoutDateline(tree: StoryTree): number {
  const { lines, content, footerPos } = tree;
  if (footerPos < 2) return Math.min(footerPos, 1);
  const first = lines[content[0]!]!;
  if (first.indent > 0 && first.text.length > 100) return 0;
  let end = 1;
  while (end < footerPos - 1) {
    const line = lines[content[end]!]!;
    const text = line.text.trim();
    if (!(isFlagLine(text) || isNoteLine(text) || readByline(text) || continuesHeadline(lines[content[end - 1]!]!, line))) break;
    end++;
  }
  return end;
}

/**
 * An upper-case headline too long for one line wraps onto the next with a one- or two-space
 * indent on the 1987 wire (`******FRANCE SETTLES ... INTERVENTION` / ` DEBT - OFFICIAL`).
 */
function continuesHeadline(previous: Line, line: Line): boolean {
  return line.indent >= 1 && line.indent <= 2 && previous.indent === 0 && previous.text.length >= 60 &&
    NO_LOWERCASE.test(previous.text) && NO_LOWERCASE.test(line.text);
}

/** Whether the second of two display lines is the slug: a hyphen-joined label under a headline that is none. */
function slugLast(texts: readonly string[], profile: AgencyProfile | undefined): boolean {
  const [first, second] = texts as [string, string];
  return profile?.display === 'slug-headline' && isJoinedLabel(second) && !isJoinedLabel(first) && second.length < first.length;
}

/**
 * Whether the first of several display lines is a slug. A keyword slug (`a/b/c`, `a-b-c`) is one
 * whoever wrote it; else the profile says so when the agency is known (and the line is a short
 * label: a Korean headline above a subhead is no slug); otherwise a short label above a longer
 * line reads as slug and headline.
 */
function slugFirst(texts: readonly string[], profile: AgencyProfile | undefined): boolean {
  const [first, second] = texts as [string, string];
  if (isKeywordSlug(first)) return true;
  if (profile) return profile.display === 'slug-headline' && isShortLabel(first);
  return first.split(WORDS).length <= 5 && !SENTENCE_END.test(first) && second.length > first.length;
}
