/**
 * ANPA-1312 story text (AP style), between STX and ETX (wire-formats.md section 4):
 * - display lines `^...<` or `^...=`: the keyword with the real word count (`^BC-US--Storm,0734<`),
 *   the headline, `^AP Photo ...<` (captions), `^Eds: ...<` (notes), an abstract (deck),
 *   `^By NAME=` (byline) and the `=` lines under it, `^Associated Press=` or `^AP Science Writer=`
 *   (credit);
 * - body paragraphs: one physical line each, starting with a tab and three spaces;
 * - AP typography: `_` for a dash, ``` `` ``` and `''` for quotes, `{` for ½;
 * - tables: lines starting with backspace, columns split by `;` or control bytes.
 * 1987 Reuters copy comes in the same framing without display lines or tab-led paragraphs; it
 * is left to the common grammar (hard-wrapped, four-space indents), tables aside.
 */
import type { Line } from '../../lines/line.js';
import { matchFooter, profileByAlias } from '../../profiles/index.js';
import { agencyCredited, readByline } from '../byline.js';
import { readCaption } from '../captions.js';
import { assignment } from '../assignment.js';
import { claim, rule, type StoryTree, type TableRun } from '../tree.js';
import { withText } from './rewrite.js';
import { isFlagLine, readFlags } from '../flags.js';
import { isNoteLine } from '../notes.js';
import { openingCode } from '../../profiles/edge-chars.js';
import { OpeningGate } from '../../text/opening-gate.js';
import { firstCode } from '../../text/opening.js';
import { deskOfKeyword, type Transmission } from '../transmission.js';

/**
 * `BC-US--Harbor-Bridge, 1st Ld-Writethru,0398`, `BC-EU--Spain-Olive Harvest,512`: keyword (in
 * full: the header's is cut to its field), optional take key, real word count.
 */
const DISPLAY_KEYWORD = /^((?:BC|AP|AM|PM)-[^,]{1,60}?)(?:,[^,]{1,60})?,\s*(\d{1,5})$/;
const PHOTO = /^AP Photos?\b/;
const TAB_PARAGRAPH = /^\t {3}\S/;
/** The character TAB_PARAGRAPH opens with, read off the pattern: a line opening otherwise is not searched. */
const TAB_PARAGRAPH_OPENS = openingCode(TAB_PARAGRAPH);
// eslint-disable-next-line no-control-regex
const TABLE_CELL_BREAK = /[;\t\u0000-\u0008\u000b-\u001f\u007f]+/;
const BACKSPACE = 0x08;
const SLUG = assignment('slug');
const FOOTER = assignment('footer');
const RULE = /^_{3,}$/;
/** Lines AP puts under its closing rule, besides the footer lines every profile knows. */
const FOLLOWS_RULE = /\bcontribut|^(?:Online|On the Web|Follow|Read more|More on)\b|^https?:\/\//i;
const MAX_LINES_UNDER_RULE = 8;
const FLAG = assignment('flag');
const BYLINE = assignment('byline');
const HEADLINE = assignment('headline');
const DECK = assignment('deck');

/**
 * AP typography to plain typography: ` _ ` and a trailing ` _` are dashes, ``` `` ``` and `''`
 * open and close quotes, `{` is ½. An underscore inside a word (`jane_doe@`) or a rule of
 * underscores (`___`) is left alone.
 */
export function apTypography(text: string): string {
  return text
    .replace(/(^|\s)_(?=\s|$)/g, '$1—')
    .replace(/``/g, '“')
    .replace(/''/g, '”')
    .replace(/(\d|\s|^)\{/g, '$1½');
}

/**
 * What a display line opens with: `^` after white space. Asked of every line of framed copy, its
 * gate (text/opening-gate.ts) turns a line opening with other printable ASCII away without a
 * search or a trimmed copy.
 */
const DISPLAY_OPENING = new OpeningGate('^', String.raw`^\s*\^`);

/** A display line `^text<` or `^text=`: its text and its closing character, or null. */
function readDisplay(text: string): { text: string; close: '<' | '=' } | null {
  if (!DISPLAY_OPENING.test(text)) return null;
  const t = text.trim();
  const close = t[t.length - 1];
  if (t.length < 2 || (close !== '<' && close !== '=')) return null;
  return { text: t.slice(1, -1).trim(), close };
}

/** The raw line without framing controls in front (STX may open the first display line). */
function rawContent(line: Line): string {
  const raw = line.raw;
  let start = 0;
  while (start < raw.length && isFraming(raw.charCodeAt(start))) start++;
  return start === 0 ? raw : raw.slice(start);
}

/** SOH to BEL, SYN and US: the controls that frame a transmission (read per line: no pattern). */
const isFraming = (c: number) => (c >= 0x01 && c <= 0x07) || c === 0x16 || c === 0x1f;

const ANPA = rule('anpa-display');
const ANPA_PLAIN = rule('anpa-keyword-headline');
/** The headline's end code in Kyodo's ANPA copy: `...by beating Vegalta Sendai+`. */
const HEADLINE_END = /^(\S.{0,300}?)\s?\+$/;

/**
 * ANPA copy without AP's display lines (Kyodo): the first text line may repeat the header's
 * keyword (→ slug line), and a headline may close with `+` (→ headline, without its end code).
 */
function plainDisplay(tree: StoryTree): void {
  const { lines, from, to, transmission } = tree;
  let at = from;
  while (at < to && lines[at]!.blank) at++;
  if (at === to) return;
  const keyword = transmission?.keyword;
  if (keyword && lines[at]!.text.trim() === keyword) {
    claim(tree, at, SLUG, ANPA_PLAIN);
    for (at++; at < to && lines[at]!.blank; ) at++;
    if (at === to) return;
  }
  const line = lines[at]!;
  // The end code is the line's last character: most first lines end otherwise and are not searched.
  const m = line.indent === 0 && line.text.endsWith('+') ? HEADLINE_END.exec(line.text) : null;
  if (!m) return;
  const marks = readFlags(m[1]!);
  tree.flags.push(...marks.flags);
  tree.display.headline = marks.headline;
  claim(tree, at, HEADLINE, ANPA_PLAIN);
}

/** Reads AP-style display lines, tab-led paragraphs, backspace tables and AP typography. */
export function anpaDisplay(tree: StoryTree): void {
  const { lines, from, to, transmission } = tree;
  const parts = tree.display;
  // One look at every line first: AP-style copy has tab-led paragraphs or display lines, and
  // copy with neither (1987 Reuters) needs the second pass only for its tables.
  let tabParagraphs = false;
  let displayLines = false;
  let tableRows = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const raw = rawContent(line);
    const first = firstCode(raw);
    if (first === TAB_PARAGRAPH_OPENS && TAB_PARAGRAPH.test(raw)) tabParagraphs = true;
    else if (first === BACKSPACE) tableRows = true;
    displayLines ||= readDisplay(line.text) !== null;
  }
  const apStyle = tabParagraphs || displayLines;
  // Tab-led paragraphs are one physical line each; other AP copy may be hard-wrapped, and the
  // common layout rules tell how.
  if (tabParagraphs) tree.paragraphLayout = 'line-per-paragraph';
  if (apStyle) {
    const desk = transmission?.keyword ? deskOfKeyword(transmission.keyword) : null;
    if (desk && transmission) {
      transmission.desk = desk.desk;
      parts.slug = desk.slug;
    }
  }

  if (!apStyle) plainDisplay(tree);
  if (!apStyle && !tableRows) return;
  // The reading's own copy of the lines: table rows and AP typography rewrite their text.
  const rewritten = [...lines];
  tree.lines = rewritten;

  let inBody = false;
  /** The lines read as deck: a digest's list when no body follows them. */
  const deck: number[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const raw = rawContent(line);
    if (firstCode(raw) === BACKSPACE) {
      const cells = raw.split(TABLE_CELL_BREAK).map((c) => c.trim()).filter((c) => c !== '');
      tableRow(tree, rewritten, i, apStyle ? cells.map(apTypography) : cells);
      continue;
    }
    if (!apStyle) continue;
    const display = readDisplay(line.text);
    // Agate: `^`-led header rows and rows of tab-separated cells.
    const cells = tabCells(display ? display.text : raw);
    if (cells !== null) {
      tableRow(tree, rewritten, i, cells.map(apTypography));
      inBody = true;
      continue;
    }
    if (!display) {
      rewritten[i] = withText(line, apTypography(line.text));
      inBody ||= !line.blank;
      continue;
    }
    const text = apTypography(display.text);
    if (inBody) {
      // A display line inside the body is a crosshead: the common grammar reads it as a paragraph.
      rewritten[i] = withText(line, text);
      continue;
    }
    const keyword = DISPLAY_KEYWORD.exec(text);
    if (keyword) {
      // The display keyword repeats the header's with the story's real word count.
      claim(tree, i, SLUG, ANPA);
      const full = keyword[1]!.trim();
      if (transmission) {
        transmission.wordCount = Number(keyword[2]);
        mendCutKeyword(transmission, full);
      }
      parts.slug = deskOfKeyword(full)?.slug ?? full.replace(/^(?:BC|AP|AM|PM)-/, '');
    } else if (isFlagLine(text)) {
      claim(tree, i, FLAG, ANPA);
      tree.flags.push(readFlags(text).flags[0] ?? text.replace(/[()]/g, ''));
    } else if (PHOTO.test(text)) {
      claim(tree, i, assignment('caption', tree.captions.length), ANPA);
      tree.captions.push({ ...readCaption(text), line: line.no });
    } else if (isNoteLine(text)) {
      claim(tree, i, assignment('note', tree.notes.length), ANPA);
      tree.notes.push({ text, line: line.no });
    } else if (parts.byline === null && parts.headline !== null && (parts.byline = readByline(text)) !== null) {
      // `^By The Associated Press=` credits the agency: it names the story's agency.
      if (parts.byline.agencyCredit) tree.profiles.credit ??= agencyCredited(text);
      claim(tree, i, BYLINE, ANPA);
    } else if (parts.byline !== null && (display.close === '=' || profileByAlias(text))) {
      // The byline block: `^By NAME=` then `^Associated Press=` or `^AP Business Writer=`.
      parts.credit = parts.credit === null ? text : `${parts.credit}, ${text}`;
      tree.profiles.credit ??= profileByAlias(text);
      claim(tree, i, BYLINE, ANPA);
    } else if (parts.headline === null) {
      const marks = readFlags(text);
      tree.flags.push(...marks.flags);
      parts.headline = marks.headline;
      claim(tree, i, HEADLINE, ANPA);
    } else {
      deck.push(i);
      rewritten[i] = withText(line, text, 4);
    }
  }
  // A digest is a headline and a list of display lines with no body under them: the list is the
  // body, a paragraph per line. Otherwise the lines between headline and body are the deck.
  if (deck.length > 0 && inBody) {
    parts.deck = deck.map((i) => rewritten[i]!.text.trim()).join(' ');
    for (const i of deck) claim(tree, i, DECK, ANPA);
  }
  if (inBody) footerAfterRule(tree);
}

/**
 * One row of an ANPA table (backspace-led, or agate with tab-separated cells): it opens a
 * paragraph of its own, merged into one table paragraph later, and joins the table run above it.
 */
function tableRow(tree: StoryTree, rewritten: Line[], i: number, row: string[]): void {
  rewritten[i] = withText(rewritten[i]!, row.join('\t'), 4);
  const last = tree.tableRuns[tree.tableRuns.length - 1];
  let table: TableRun;
  if (last && last.last === i - 1) {
    table = last;
    table.last = i;
  } else {
    table = { first: i, last: i, rows: [], cells: [] };
    tree.tableRuns.push(table);
  }
  table.rows.push(row.join('\t'));
  table.cells.push(row);
}

/**
 * The cells of a line of tab-separated agate, or null: after at most one leading tab, a cell with
 * text, a tab, and at least one more cell with text. Read by splitting, not by a pattern.
 */
function tabCells(text: string): string[] | null {
  // A line with no tab past its first character is no row: most lines are let go at once.
  if (text.indexOf('\t', 1) < 0) return null;
  const parts = (text.charCodeAt(0) === 9 ? text.slice(1) : text).split('\t');
  if (parts.length < 2 || parts[0]!.trim() === '') return null;
  const cells = parts.map((c) => c.trim()).filter((c) => c !== '');
  return cells.length >= 2 ? cells : null;
}

/**
 * AP closes a story with a rule of underscores and the lines under it: contributor lines (`Jane
 * Doe contributed to this report.`), `Online:` links, `Follow ...`. When every line under the last
 * rule is one of those, the rule and the lines are footer, not body.
 */
function footerAfterRule(tree: StoryTree): void {
  const { lines, from, to } = tree;
  const below: number[] = [];
  for (let i = to - 1; i >= from; i--) {
    const line = lines[i]!;
    if (line.blank) continue;
    const text = line.text.trim();
    if (RULE.test(text)) {
      if (below.length === 0) return;
      claimFooter(tree, [i, ...below.reverse()]);
      return;
    }
    if (below.length === MAX_LINES_UNDER_RULE || (!FOLLOWS_RULE.test(text) && matchFooter(text) === null)) return;
    below.push(i);
  }
}

function claimFooter(tree: StoryTree, at: readonly number[]): void {
  for (const i of at) {
    const text = tree.lines[i]!.text.trim();
    const m = matchFooter(text);
    claim(tree, i, FOOTER, ANPA);
    tree.dialectFooter.push({ text, kind: m?.kind ?? 'note' });
    if (m?.profile) tree.profiles.footer ??= m.profile;
  }
}

/**
 * The header's keyword field is cut to its width (`BC-EU--Spain-Olive Harve`), and a keyword with
 * a space then reads as keyword and take key. The display keyword line has it in full: when it
 * opens with the two, they are one keyword as sent.
 */
function mendCutKeyword(t: Transmission, full: string): void {
  if (t.keyword === null || t.takeKey === null) return;
  const joined = `${t.keyword} ${t.takeKey}`;
  if (!full.startsWith(joined)) return;
  t.keyword = joined;
  t.takeKey = null;
}
