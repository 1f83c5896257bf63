/**
 * Elements of CMS exports and agency XML by what they hold (docs/grammar/web.md). HTML and XML
 * fields wrap the story in elements whose names say what each text is: NITF's `<byline>`, TT's
 * `<RUBRIK>`, `<BYLINE>` and `<BILDTEXT>`, dpa's `<header>` around a subject list and a time
 * stamp. Markup is never body text; what an element marks as a caption or byline goes there,
 * and what only describes the item (file names, photographers, time stamps) is ignored.
 * Elements not named here are read for their text.
 *
 * A block is any element but the inline ones: a line (or a piece of a line) that opens one starts
 * a paragraph, and one line holding several is cut into pieces (blocks.ts).
 */

/** Elements that flow inside a paragraph: HTML's, and NITF's marks on names, places and dates. */
export const INLINE = 'a|abbr|b|big|br|cite|code|del|dfn|em|font|i|img|ins|kbd|mark|q|s|small|span|strike|strong|sub|sup|time|u|wbr|' +
  'person|org|location|city|country|region|chron|money|num|event|function|virtloc|story\\.date';

/** Opens a block element: a tag of any name but the inline ones. */
export const OPENS_BLOCK = new RegExp(`^\\s*<(?!(?:${INLINE})\\b)[A-Za-z][\\w.:-]{0,40}(?:\\s[^<>]{0,500})?/?>`, 'i');
/** Two line breaks, or the end of a block element, close a paragraph. */
export const ENDS_BLOCK = new RegExp(`(?:<br\\s{0,5}/?>\\s{0,5}<br\\s{0,5}/?>|</(?!(?:${INLINE})\\b)[A-Za-z][\\w.:-]{0,40}>|<(?!(?:${INLINE})\\b)[A-Za-z][\\w.:-]{0,40}(?:\\s[^<>]{0,500})?/>)\\s*$`, 'i');
/** Where a line holding several blocks is cut: before a block opens, after one closes, after two breaks. */
export const BLOCK_EDGE = new RegExp(`(?=<(?!(?:${INLINE})\\b)[A-Za-z][\\w.:-]{0,40}(?:\\s[^<>]{0,500})?/?>)|(?<=</(?!(?:${INLINE})\\b)[A-Za-z][\\w.:-]{0,40}>|<br\\s{0,5}/?>\\s{0,5}<br\\s{0,5}/?>)`, 'gi');

type ElementRole = 'caption' | 'byline' | 'metadata';

/** Element names (lower case) by role; a `class` attribute naming the role counts too. */
const ROLES: readonly { role: ElementRole; names: readonly string[]; classes: RegExp | null }[] = [
  { role: 'caption', names: ['figcaption', 'caption', 'bildtext', 'billedtekst', 'kuvateksti', 'media-caption'], classes: /caption/i },
  { role: 'byline', names: ['byline'], classes: /^byline$/i },
  // Photo files and their makers, time stamps, and TT's place-and-source block (`<DAT>`).
  { role: 'metadata', names: ['time', 'bildfil', 'bildskapare', 'dat', 'media-reference', 'media-producer', 'meta', 'link'], classes: null },
];

const TAG_OPEN = /^\s*<([A-Za-z][\w.:-]{0,40})((?:\s[^<>]{0,500})?)\/?>/;
const CLASS = /\bclass\s*=\s*"([^"<>]{0,200})"/i;

export interface ElementOpening {
  role: ElementRole;
  /** The element's end tag: the role lasts until a line holding it. */
  close: RegExp;
}

/** The role of the element a line (or piece) opens with, or null for an element read for its text. */
export function openingRole(text: string): ElementOpening | null {
  if (!text.includes('<')) return null;
  const m = TAG_OPEN.exec(text);
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  const cls = CLASS.exec(m[2]!)?.[1];
  for (const r of ROLES) {
    if (r.names.includes(name) || (cls !== undefined && r.classes !== null && r.classes.test(cls))) {
      // A self-closing tag (`<media-reference .../>`) is the whole element, whatever follows it.
      const escaped = m[1]!.replace(/[.:-]/g, '\\$&');
      return { role: r.role, close: new RegExp(`</${escaped}>|^\\s*<${escaped}\\b[^<>]*/>`, 'i') };
    }
  }
  return null;
}

/** A page header (`<header>`): only its headings are text; the rest is site chrome or metadata. */
export const HEADER_OPEN = /^\s*<header\b/i;
export const HEADER_CLOSE = /<\/header>/i;
export const HEADING = /^\s*<h[1-6]\b/i;
