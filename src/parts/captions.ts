/**
 * captions: the text of the photos that travel with a story. Web copy gives each photo an empty
 * markdown image cell (`![]() |`) followed by a table row (`| ▲ caption |`); plain copy puts a
 * `▲ caption` line or a `(Photo by NAME/Xinhua)` credit line near the photo.
 */
import { PROFILES } from '../profiles/index.js';

export interface Caption {
  text: string;
  /** The credit at the end of the caption: `(Yonhap)`, `(AP Photo/Jane Doe)`. */
  credit: string | null;
  /** Usage restrictions: `PHOTO NOT FOR SALE`, `NO ARCHIVES`. */
  restrictions: string[];
}

const IMAGE_CELL = /^\s*\|?\s*!\[[^\]]{0,500}\]\([^)]{0,2000}\)\s*\|?\s*$/;
const CAPTION_ROW = /^\s*\|\s*(?:▲\s*)?(.*?)\s*\|\s*$/;
const CAPTION_LINE = /^\s*▲\s*(.+)$/;
const PAREN_GROUP = /\s*\(([^()]{1,120})\)\s*$/;
const RESTRICTION = /^(?:PHOTO|PHOTOS|VIDEO) NOT FOR SALE$|^NO (?:ARCHIVES|SALES|FOREIGN)\b|^(?:MANDATORY CREDIT|EDITORIAL USE ONLY)\b/i;
const CREDIT = /^(?:[\p{L}\p{M} .'-]{2,40}(?:\/[\p{L}\p{M} .'-]{2,40})*|(?:AP |Reuters )?Photos?(?: by|\/)\s?.+)$/u;

export function isImageCell(text: string): boolean {
  return IMAGE_CELL.test(text);
}

/** The caption text of a `| ▲ caption |` row or `▲ caption` line, or null. */
export function captionText(text: string): string | null {
  const row = CAPTION_ROW.exec(text);
  if (row && row[1] !== '' && !/^[-:| ]+$/.test(row[1]!)) return row[1]!;
  const line = CAPTION_LINE.exec(text);
  return line ? line[1]!.trim() : null;
}

/** Splits the trailing `(credit)` and `(RESTRICTION)` groups off a caption. */
export function readCaption(text: string): Caption {
  const restrictions: string[] = [];
  let credit: string | null = null;
  let rest = text.trim();
  for (let m = PAREN_GROUP.exec(rest); m; m = PAREN_GROUP.exec(rest)) {
    const group = m[1]!.trim();
    if (RESTRICTION.test(group)) restrictions.unshift(group);
    else if (credit === null && isCredit(group)) credit = group;
    else break;
    rest = rest.slice(0, m.index);
  }
  return { text: text.trim(), credit, restrictions };
}

/** A credit in the common shape (`Yonhap`, `AP Photo/NAME`) or in one an agency profile lists (`Photo: NAME/dpa`). */
function isCredit(group: string): boolean {
  return CREDIT.test(group) || PROFILES.some((p) => p.captionCredits.some((re) => re.test(`(${group})`)));
}
