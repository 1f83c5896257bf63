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
import { profileByAlias } from '../../profiles/index.js';
import { readByline } from '../byline.js';
import { readCaption } from '../captions.js';
import { assignment } from '../assignment.js';
import { claim, rule, type StoryTree, type TableRun } from '../tree.js';
import { withText } from './rewrite.js';
import { isFlagLine, readFlags } from '../flags.js';
import { isNoteLine } from '../notes.js';
import { isPrintableAscii, openingChar } from '../../text/opening.js';
import { deskOfKeyword } from '../transmission.js';

/** `BC-US--Harbor-Bridge, 1st Ld-Writethru,0398`: keyword, optional take key, real word count. */
const DISPLAY_KEYWORD = /^((?:BC|AP|AM|PM)-[^\s,]{1,60})(?:,[^,]{1,60})?,\s*(\d{1,5})$/;
const PHOTO = /^AP Photos?\b/;
const TAB_PARAGRAPH = /^\t {3}\S/;
// eslint-disable-next-line no-control-regex
const TABLE_CELL_BREAK = /[;\t\u0000-\u0008\u000b-\u001f\u007f]+/;
const BACKSPACE = 0x08;
const SLUG = assignment('slug');
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

/** A display line `^text<` or `^text=`: its text and its closing character, or null. */
function readDisplay(text: string): { text: string; close: '<' | '=' } | null {
  // Asked of every line of framed copy: a display line opens with `^` after white space, so a
  // line opening with other printable ASCII is none, without a search or a trimmed copy.
  const c = openingChar(text);
  if (c !== 0x5e /* ^ */ && (c === -1 || isPrintableAscii(c))) return null;
  if (!text.includes('^')) return null;
  const t = text.trim();
  const close = t[t.length - 1];
  if (t.length < 2 || t[0] !== '^' || (close !== '<' && close !== '=')) return null;
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
  const m = line.indent === 0 ? HEADLINE_END.exec(line.text) : null;
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
    const first = raw.charCodeAt(0);
    // TAB_PARAGRAPH opens with a tab: other lines are not searched.
    if (first === 9 && TAB_PARAGRAPH.test(raw)) tabParagraphs = true;
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

  let table: TableRun | null = null;
  let inBody = false;
  const deck: string[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const raw = rawContent(line);
    if (raw.charCodeAt(0) === BACKSPACE) {
      const cells = raw.split(TABLE_CELL_BREAK).map((c) => c.trim()).filter((c) => c !== '');
      const row = apStyle ? cells.map(apTypography) : cells;
      // Each row opens a paragraph of its own (merged into one table paragraph later).
      rewritten[i] = withText(line, row.join('\t'), 4);
      if (table && table.last === i - 1) {
        table.last = i;
      } else {
        table = { first: i, last: i, rows: [], cells: [] };
        tree.tableRuns.push(table);
      }
      table.rows.push(row.join('\t'));
      table.cells.push(row);
      continue;
    }
    if (!apStyle) continue;
    const display = readDisplay(line.text);
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
      if (transmission) transmission.wordCount = Number(keyword[2]);
      parts.slug ??= deskOfKeyword(keyword[1]!)?.slug ?? keyword[1]!.replace(/^(?:BC|AP|AM|PM)-/, '');
    } else if (isFlagLine(text)) {
      claim(tree, i, FLAG, ANPA);
      tree.flags.push(readFlags(text).flags[0] ?? text.replace(/[()]/g, ''));
    } else if (PHOTO.test(text)) {
      claim(tree, i, assignment('caption', tree.captions.length), ANPA);
      tree.captions.push({ ...readCaption(text), line: line.no });
    } else if (isNoteLine(text)) {
      claim(tree, i, assignment('note', tree.notes.length), ANPA);
      tree.notes.push({ text, line: line.no });
    } else if (parts.byline === null && parts.headline !== null && readByline(text)) {
      parts.byline = readByline(text);
      claim(tree, i, BYLINE, ANPA);
    } else if (parts.byline !== null && (display.close === '=' || profileByAlias(text))) {
      // The byline block: `^By NAME=` then `^Associated Press=` or `^AP Business Writer=`.
      parts.credit = parts.credit === null ? text : `${parts.credit}, ${text}`;
      claim(tree, i, BYLINE, ANPA);
    } else if (parts.headline === null) {
      const marks = readFlags(text);
      tree.flags.push(...marks.flags);
      parts.headline = marks.headline;
      claim(tree, i, HEADLINE, ANPA);
    } else {
      deck.push(text);
      claim(tree, i, DECK, ANPA);
    }
  }
  if (deck.length > 0) parts.deck = deck.join(' ');
}
