/**
 * captions: the text of the photos that travel with a story. Web copy gives each photo an empty
 * markdown image cell (`![]() |`) followed by a table row (`| ▲ caption |`); plain copy puts a
 * `▲ caption` line or a `(Photo by NAME/Xinhua)` credit line near the photo.
 */

export interface Caption {
  text: string;
  /** The credit at the end of the caption: `(Yonhap)`, `(AP Photo/Jane Doe)`. */
  credit: string | null;
  /** Usage restrictions: `PHOTO NOT FOR SALE`, `NO ARCHIVES`. */
  restrictions: string[];
}

// `\s*(?:\|\s*)?` rather than `\s*\|?\s*`: two white-space runs side by side would trade spaces
// and make a long run of spaces quadratic.
const IMAGE_CELL = /^\s*(?:\|\s*)?!\[[^\]]{0,500}\]\([^)]{0,2000}\)\s*(?:\|\s*)?$/;
const CAPTION_MARK = '▲';
/** A table row that only draws the table: `|---|:--|`. */
const TABLE_RULE = /^[-:| ]+$/;
/** A trailing `(group)`; the white space before it is trimmed in code, not matched, so that the scan stays linear. */
const PAREN_GROUP = /\(([^()]{1,120})\)\s*$/;
const RESTRICTION = /^(?:PHOTO|PHOTOS|VIDEO) NOT FOR SALE$|^NO (?:ARCHIVES|SALES|FOREIGN)\b|^(?:MANDATORY CREDIT|EDITORIAL USE ONLY)\b/i;
const CREDIT = /^(?:[\p{L}\p{M} .'-]{2,40}(?:\/[\p{L}\p{M} .'-]{2,40})*|(?:AP |Reuters )?Photos?(?: by|\/)\s?.+)$/u;

export function isImageCell(text: string): boolean {
  return IMAGE_CELL.test(text);
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

/** The text of a cell or line without its leading `▲` and the white space around it. */
function withoutMark(text: string): string {
  const t = text.trim();
  return t.startsWith(CAPTION_MARK) ? t.slice(CAPTION_MARK.length).trim() : t;
}

/** Splits the trailing `(credit)` and `(RESTRICTION)` groups off a caption. */
export function readCaption(text: string): Caption {
  const restrictions: string[] = [];
  let credit: string | null = null;
  let rest = text.trim();
  for (let m = PAREN_GROUP.exec(rest); m; m = PAREN_GROUP.exec(rest)) {
    const group = m[1]!.trim();
    if (RESTRICTION.test(group)) restrictions.unshift(group);
    else if (credit === null && CREDIT.test(group)) credit = group;
    else break;
    rest = rest.slice(0, m.index).trimEnd();
  }
  return { text: text.trim(), credit, restrictions };
}
