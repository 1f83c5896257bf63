/**
 * captions: the text of the photos that travel with a story. Web copy gives each photo an empty
 * markdown image cell (`![]() |`) followed by a table row (`| ▲ caption |`); plain copy puts a
 * `▲ caption` line or a `(Photo by NAME/Xinhua)` credit line near the photo.
 */
import { CONTROL, has } from '../lines/line.js';
import { anyOf } from '../profiles/any-of.js';
import { PROFILES } from '../profiles/index.js';
import { OpeningGate } from '../text/opening-gate.js';
import { lastCode, openingChar } from '../text/opening.js';
import { assignment, UNASSIGNED } from './assignment.js';
import { claim, rule, type StoryTree } from './tree.js';
import { TwinPattern } from '../text/ascii-twin.js';

const CAPTIONS = rule('captions');
const BLANK = rule('blank');
const IGNORED_BLANK = assignment('ignored', undefined, 'blank');
const IGNORED_FRAMING = assignment('ignored', undefined, 'framing');

/**
 * captions (GRAMMAR.md sections 1 and 4): `content = { blank | caption } , ...`. Claims the blank
 * lines and the caption lines (image cell and caption row, or a `▲` line) of the story text that
 * the dialect left, and lists the other lines as the content the later rules read.
 */
export function captions(tree: StoryTree): void {
  const { lines, assigned, content } = tree;
  let afterImage = false;
  for (let i = tree.from; i < tree.to; i++) {
    const line = lines[i]!;
    if (assigned[i] !== UNASSIGNED) continue;
    if (line.blank) {
      claim(tree, i, has(line, CONTROL.STX) ? IGNORED_FRAMING : IGNORED_BLANK, BLANK);
      continue;
    }
    const text = line.text;
    // One look at the opening character for both gates: most lines are turned away by it.
    const opening = openingChar(text);
    if (IMAGE_CELL.mayOpenWith(opening) && isImageCell(text)) {
      claim(tree, i, assignment('caption', tree.captions.length), CAPTIONS);
      afterImage = true;
      continue;
    }
    const caption = afterImage || (CAPTION_LINE.mayOpenWith(opening) && opensWithCaptionMark(text)) ? captionText(text) : endsWithPhotoCredit(text) ? text.trim() : null;
    afterImage = false;
    if (caption !== null) {
      claim(tree, i, assignment('caption', tree.captions.length), CAPTIONS);
      tree.captions.push({ ...readCaption(caption), line: line.no });
      continue;
    }
    content.push(i);
  }
}

export interface Caption {
  text: string;
  /** The credit at the end of the caption: `(Yonhap)`, `(AP Photo/Jane Doe)`. */
  credit: string | null;
  /** Usage restrictions: `PHOTO NOT FOR SALE`, `NO ARCHIVES`, `재판매 및 DB 금지`. */
  restrictions: string[];
}

// `\s*(?:\|\s*)?` rather than `\s*\|?\s*`: two white-space runs side by side would trade spaces
// and make a long run of spaces quadratic. Each pattern of a caption line is behind the gate of
// its opening characters after white space (text/opening-gate.ts): `|` or `!` for an image cell,
// none in ASCII for a `▲` line; the captions rule asks both of every content line.
const IMAGE_CELL = new OpeningGate('|!', String.raw`^\s*(?:\|\s*)?!\[[^\]]{0,500}\]\([^)]{0,2000}\)\s*(?:\|\s*)?$`);
const CAPTION_MARK = '▲';
const CAPTION_LINE = new OpeningGate('', String.raw`^\s*▲`);
const CAPTION_ROW = /^\s*\|\s*▲/;
/** A table row that only draws the table: `|---|:--|`. */
const TABLE_RULE = /^[-:| ]+$/;
/** The last group of a caption, `(Yonhap)` or `[연합뉴스 자료사진]`; the text is trimmed before each search. */
const TRAILING_GROUP = /(?:\(([^()]{1,120})\)|\[([^[\]]{1,120})\])$/;
const RESTRICTION = /^(?:PHOTO|PHOTOS|VIDEO) NOT FOR SALE$|^NO (?:ARCHIVES|SALES|FOREIGN)\b|^(?:MANDATORY CREDIT|EDITORIAL USE ONLY)\b|^재판매 및 DB 금지$/i;
const CREDIT = new TwinPattern(String.raw`^(?:[\p{L}\p{M} .'-]{2,40}(?:\/[\p{L}\p{M} .'-]{2,40})*|(?:AP |Reuters )?Photos?(?: by|\/)\s?.+)$`, 'u');

export function isImageCell(text: string): boolean {
  return text.includes('![') && IMAGE_CELL.test(text);
}

/** A `▲ caption` line (after white space). The mark is looked for first: most lines have none. */
function opensWithCaptionMark(text: string): boolean {
  return text.includes(CAPTION_MARK) && CAPTION_LINE.pattern.test(text);
}

/** A `| ▲ caption |` row of web copy. */
export function isCaptionRow(text: string): boolean {
  return text.includes(CAPTION_MARK) && CAPTION_ROW.test(text);
}

/** The caption text of a `| ▲ caption |` row or `▲ caption` line, or null. */
export function captionText(text: string): string | null {
  const t = text.trim();
  if (t.length >= 2 && t.startsWith('|') && t.endsWith('|')) {
    const cell = withoutMark(t.slice(1, -1));
    if (cell !== '' && !TABLE_RULE.test(cell)) return cell;
  }
  if (!t.startsWith(CAPTION_MARK)) return null;
  const caption = withoutMark(t);
  return caption === '' ? null : caption;
}

/** The text of a cell or line without its leading `▲` and the white space around it (read in code: no regex to backtrack). */
function withoutMark(text: string): string {
  const t = text.trim();
  return t.startsWith(CAPTION_MARK) ? t.slice(CAPTION_MARK.length).trim() : t;
}

/** Splits the trailing `(credit)` and `(RESTRICTION)` groups off a caption. */
export function readCaption(text: string): Caption {
  const restrictions: string[] = [];
  let credit: string | null = null;
  let rest = text.trim();
  for (let m = TRAILING_GROUP.exec(rest); m; m = TRAILING_GROUP.exec(rest)) {
    const written = m[0];
    // Korean web copy puts credit and restriction in one bracket: `[대구시 제공. 재판매 및 DB 금지]`.
    const pieces = m[1] !== undefined ? [m[1].trim()] : m[2]!.split(/\.\s+/).map((p) => p.trim());
    const credits = pieces.filter((p) => !RESTRICTION.test(p));
    if (credits.length > 1) break;
    if (credits.length === 1) {
      if (credit !== null) break;
      // A bracket is a credit only in the shapes a profile lists; `[India]` ends many a sentence.
      if (m[2] !== undefined ? !isProfileCredit(written) : !isCredit(credits[0]!, written)) break;
      credit = credits[0]!;
    }
    restrictions.unshift(...pieces.filter((p) => RESTRICTION.test(p)));
    rest = rest.slice(0, m.index).trimEnd();
  }
  // A credit a profile writes without brackets (`2026.3.2/뉴스1 ⓒNews1 NAME 기자`).
  if (credit === null && restrictions.length === 0) credit = unbracketedCredit(rest);
  return { text: text.trim(), credit, restrictions };
}

function unbracketedCredit(text: string): string | null {
  const last = text.charCodeAt(text.length - 1);
  if (last === 41 || last === 93) return null;
  for (const re of CAPTION_CREDITS) {
    const m = re.exec(text);
    if (m !== null) return m[0];
  }
  return null;
}

/** A credit in the common shape (`Yonhap`, `AP Photo/NAME`) or in one an agency profile lists (`Photo: NAME/dpa`). */
function isCredit(group: string, written: string): boolean {
  return CREDIT.test(group) || isProfileCredit(written);
}

function isProfileCredit(written: string): boolean {
  return PROFILES.some((p) => p.captionCredits.some((re) => re.test(written)));
}

const CAPTION_CREDITS = PROFILES.flatMap((p) => p.captionCredits);
const mayEndWithCredit = anyOf(CAPTION_CREDITS);
/** Whether `c` is a character a caption credit ends with: `)`, `]`, and `자` of `기자`. */
const endsCredit = (c: number) => c === 0x29 || c === 0x5d || c === 0xc790;
/**
 * What makes a credit a photo's rather than a story's (`(Yonhap)` also ends a reprinted story):
 * a photographer or source after a slash or `=`, a copyright sign, `제공`, a photo word.
 */
const PHOTO_MARK = /[/=ⓒ©]|제공|사진|photo|foto/i;
const RESTRICTED = /\((?:PHOTO|PHOTOS|VIDEO) NOT FOR SALE\)\s?\S{0,40}$/;

/**
 * A line of its own that ends in a photo credit a profile lists (`... 2026.5.4/뉴스1 ⓒNews1
 * 홍길동 기자`, `... (AP Photo/Jane Roe)`, `... (PHOTO NOT FOR SALE) (Yonhap)`) is a caption.
 */
export function endsWithPhotoCredit(text: string): boolean {
  // Asked of every line, whose text is trimmed at its end already: only one ending in white
  // space or beyond ASCII (where white space other than space is) needs the trim.
  const last = lastCode(text);
  const t = last > 0x20 && last < 0x80 ? text : text.trimEnd();
  if (!endsCredit(lastCode(t)) || !mayEndWithCredit(t)) return false;
  if (RESTRICTED.test(t)) return true;
  for (const re of CAPTION_CREDITS) {
    const m = re.exec(t);
    if (m !== null && PHOTO_MARK.test(m[0])) return true;
  }
  return false;
}
