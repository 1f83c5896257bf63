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
import { hasNoSmallLetter, lastCode, SMALL_LETTER } from '../text/opening.js';
import { assignment } from './assignment.js';
import { creditsAgency, readByline } from './byline.js';
import { isFlagLine, readFlags } from './flags.js';
import { isHtmlLine } from './dialects/html.js';
import { isNoteLine } from './notes.js';
import { isBareName, isJoinedLabel, isKeywordSlug, isShortLabel } from './display-shapes.js';
import { claim, profileOf, rule, type StoryTree } from './tree.js';
import { TwinPattern } from '../text/ascii-twin.js';

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
  const end = tree.datelinePos >= 0 ? tree.datelinePos : tree.display.headline !== null || tree.displayRead ? 0 : endWithoutDateline(tree);
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
      const note = tree.notes.length;
      claim(tree, i, assignment('note', note), DISPLAY);
      tree.notes.push({ text, line: lines[i]!.no });
      // A note in parentheses wrapped over lines (`(Adds comment from` / `the ministry)`) goes on to its `)`.
      let open = unclosedParens(text);
      for (let more = 0; open > 0 && k + 1 < end && more < MAX_NOTE_LINES; more++) {
        const more = lines[content[++k]!]!.text.trim();
        claim(tree, content[k]!, assignment('note', note), DISPLAY);
        tree.notes[note]!.text += ' ' + more;
        open += unclosedParens(more);
      }
    } else if (parts.byline === null && rest.length > 0 && (parts.byline = readByline(text)) !== null) {
      claim(tree, i, BYLINE, DISPLAY);
      bylineAt = k;
    } else if (k === bylineAt + 1 && (creditsAgency(text) || isBylineTitle(text))) {
      // The agency line or title under a reporter's name (`By NAME` then `Associated Press` or
      // `AP Entertainment Writer`) is the byline's.
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
  if (parts.slug === null && rest.length >= 2 && (slugShaped(restTexts) || slugFirst(restTexts, profileOf(tree)))) {
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
  const fields = fieldsAboveMarkup(tree);
  if (fields > 0) return fields;
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
 * Fields exported above a markup body (slug, kicker, headline, teaser, notes, byline, each on its
 * line, a blank line, then the body's `<p>`s) are the display block: the plain lines above the
 * first line of markup, when a few such lines stand there. 0 when the copy is not so laid out (a
 * paragraph of plain copy with an `&amp;` in it opens no body).
 */
function fieldsAboveMarkup(tree: StoryTree): number {
  if (tree.dialect !== 'html') return 0;
  const { lines, content, footerPos } = tree;
  for (let k = 0; k < footerPos && k <= MAX_FIELDS; k++) {
    const i = content[k]!;
    const line = lines[i]!;
    // The field lines stand apart: a blank line, then the body's first tag.
    if (isHtmlLine(line.raw)) return k > 0 && lines[i - 1]!.blank && line.raw.trimStart().startsWith('<') ? k : 0;
    if (line.text.length > MAX_FIELD) return 0;
  }
  return 0;
}

/** A wrapped note goes on over at most this many more lines. */
const MAX_NOTE_LINES = 4;
/** At most this many field lines above a markup body, each at most this long. */
const MAX_FIELDS = 8;
const MAX_FIELD = 400;

/** The title under a byline: `AP Entertainment Writer`, `Associated Press Writer`, `Staff Correspondent`. */
const BYLINE_TITLE = new TwinPattern(String.raw`^(?:[\p{Lu}][\p{L}.'&-]*\s){0,4}(?:Writer|Correspondent|Reporter|Editor|Columnist|Critic|Producer)s?$`, 'u');
/** The last letters of BYLINE_TITLE's titles (`r`, `t`, `c`, or the plural's `s`): other lines are not searched. */
const TITLE_LAST = new Set([...'rtcs'].map((c) => c.charCodeAt(0)));
const isBylineTitle = (text: string) => TITLE_LAST.has(lastCode(text)) && BYLINE_TITLE.test(text);

/** How many more `(` than `)` a text has. */
function unclosedParens(text: string): number {
  let n = 0;
  for (const c of text) if (c === '(') n++;
  else if (c === ')') n--;
  return n;
}

/**
 * A slug is a label, shaped like none of the lines under it: one word joined by hyphens or
 * slashes (`Burkina-Faso`, `USA-SHUTDOWN/TOURISTS (UPDATE 1)`), an ANPA-style `BC-US--Film
 * Review` keyword, or a short upper-case topic line (`INDIA SUCESOS`) above a headline in mixed case.
 * Such a line is a slug whatever the agency's display order.
 */
function slugShaped(texts: readonly string[]): boolean {
  const [first, second] = texts as [string, string];
  if (second.length <= first.length) return false;
  // Version and take tags after a slug (`(UPDATE 1, PIX, TV)`) are not part of its shape.
  const tags = first.endsWith(')') ? first.lastIndexOf('(') : -1;
  const label = tags > 0 ? first.slice(0, tags).trimEnd() : first;
  if (JOINED_WORD.test(label) || KEYWORD.test(label)) return true;
  return UPPER_TOPIC.test(label) && SMALL_LETTER.test(second);
}

const JOINED_WORD = new TwinPattern(String.raw`^\p{L}[\p{L}\d]*(?:[-/_]+[\p{L}\d]+)+[-/]?$|^\p{L}[\p{L}\d]*(?:[-_][\p{L}\d]+)*\/$`, 'u');
const KEYWORD = /^[A-Z]{1,3}-[A-Z]{2}--\S/;
const UPPER_TOPIC = new TwinPattern(String.raw`^\p{Lu}[\p{Lu}\d]*(?: \p{Lu}[\p{Lu}\d]*){0,3}$`, 'u');

/**
 * An upper-case headline too long for one line wraps onto the next with a one- or two-space
 * indent on the 1987 wire (`******FRANCE SETTLES ... INTERVENTION` / ` DEBT - OFFICIAL`).
 */
function continuesHeadline(previous: Line, line: Line): boolean {
  return line.indent >= 1 && line.indent <= 2 && previous.indent === 0 && previous.text.length >= 60 &&
    hasNoSmallLetter(previous.text) && hasNoSmallLetter(line.text);
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
