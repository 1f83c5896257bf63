/**
 * LDC SGML documents (Gigaword, TAC-KBP, the NYT and AP newswire corpora), between the head and
 * the trailer that item-framing.ts claims:
 * - markup lines (`<BODY>`, `<TEXT>`, `<P>`, `</P>`, ...) → ignored, reason `markup`;
 * - `<SLUG> BC-OBIT-NYT </SLUG>` → `slug` (the keyword without `BC-`, as ANPA keywords read);
 * - `<HEADLINE>` ... `</HEADLINE>`, on one line or several → `headline`;
 * - between the headline and `<TEXT>`, the story's own framing as the raw wire had it: a desk code
 *   (`(sw)`), the byline (`By NAME`) and the credit under it (`c.1998 N.Y. Times News Service`);
 * - `<TEXT>`: each `<P>` is a paragraph; the text has its entities decoded (`&Cx1f;`, `&#2;`,
 *   `&amp;`, LDC's `&QL;`) and AP typography read (`_` dashes, ``` `` ``` quotes), so the dateline
 *   (`NEW YORK _`) and the body read as in the raw feed.
 */
import { assignment } from '../assignment.js';
import { agencyCredited, creditsAgency, readByline } from '../byline.js';
import { withoutCodes } from '../item-framing.js';
import { slugOfKeyword } from '../transmission.js';
import { claim, rule, type StoryTree } from '../tree.js';
import { apTypography } from './anpa.js';
import { decodeEntities } from './html.js';
import { withText } from './rewrite.js';

const SGML = rule('sgml-document');
const MARKUP = assignment('ignored', undefined, 'markup');
const FRAMING = assignment('ignored', undefined, 'framing');
const SLUG = assignment('slug');
const HEADLINE = assignment('headline');
const BYLINE = assignment('byline');

/** A line of tags only: `<P>`, `</TEXT>`, `<BODY>`, `</P> <P>`. SGML element names are upper case. */
const TAGS_ONLY = /^(?:<\/?[A-Z][A-Z0-9_]{0,20}(?:\s[^<>]{0,200})?>\s*)+$/;
const TAG = /<(\/?)([A-Z][A-Z0-9_]{0,20})(?:\s[^<>]{0,200})?>/g;
const ELEMENT = /^<([A-Z][A-Z0-9_]{0,20})(?:\s[^<>]{0,200})?>([^<>]{0,500})<\/\1>$/;
/** The desk's code between headline and text: `(sw)`. */
const DESK_CODE = /^\([a-z]{1,4}\)$/;
/** The copyright credit a news service writes under the byline: `c.1998 N.Y. Times News Service`. */
const COPYRIGHT_CREDIT = /^(?:c\.|\(c\)|©)\s?\d{4}\b/i;

/** The text of a line as a reader sees it: codes, tags and entities gone, AP typography read. */
function readable(text: string): string {
  return apTypography(decodeEntities(withoutCodes(text).replace(TAG, '')));
}

/** Where the reading is after the tags of a line: in the headline, in the text, or elsewhere in the body. */
type Place = 'body' | 'headline' | 'text';

function afterTags(place: Place, text: string): Place {
  for (const m of text.matchAll(TAG)) {
    const closing = m[1] === '/';
    const name = m[2]!;
    if (name === 'HEADLINE') place = closing ? 'body' : 'headline';
    else if (name === 'TEXT') place = closing ? 'body' : 'text';
    else if (name === 'P' && !closing) place = 'text';
  }
  return place;
}

export function sgmlDocument(tree: StoryTree): void {
  const { lines, from, to } = tree;
  const rewritten = [...lines];
  tree.lines = rewritten;
  const parts = tree.display;
  let place: Place = 'body';
  const headline: string[] = [];
  let bylineAt = -1;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const text = line.text.trim();
    const element = ELEMENT.exec(text);
    if (element) {
      const name = element[1]!;
      const inner = readable(element[2]!).trim();
      if (name === 'SLUG' && inner !== '') {
        parts.slug = slugOfKeyword(inner);
        claim(tree, i, SLUG, SGML);
      } else if (name === 'HEADLINE' && inner !== '') {
        headline.push(inner);
        claim(tree, i, HEADLINE, SGML);
      } else if (name === 'P' || name === 'DATELINE') {
        // A paragraph or dateline on one line is text; each starts a paragraph.
        rewritten[i] = withText(line, inner, 4);
        if (name === 'P') tree.paragraphLayout = 'blank-separated';
      } else {
        claim(tree, i, MARKUP, SGML);
      }
      continue;
    }
    if (TAGS_ONLY.test(text)) {
      claim(tree, i, MARKUP, SGML);
      place = afterTags(place, text);
      // The document's elements are its display block: what <TEXT> holds is body.
      if (place === 'text') tree.displayRead = true;
      // Each <P> is a paragraph: the markup lines between them end one, whatever the indents.
      if (text.includes('<P')) tree.paragraphLayout = 'blank-separated';
      continue;
    }
    const shown = readable(line.text);
    if (place === 'headline') {
      headline.push(shown.trim());
      claim(tree, i, HEADLINE, SGML);
      continue;
    }
    if (place === 'body' && framingAboveText(tree, i, text, shown, bylineAt)) {
      if (parts.byline !== null && bylineAt < 0) bylineAt = i;
      continue;
    }
    rewritten[i] = withText(line, shown);
  }
  if (headline.length > 0) parts.headline = headline.join(' ');
}

/**
 * The story's own framing above `<TEXT>`: a desk code, the byline, the credit under it. Claims
 * line `i` and returns true when it is one of them.
 */
function framingAboveText(tree: StoryTree, i: number, text: string, shown: string, bylineAt: number): boolean {
  const parts = tree.display;
  if (DESK_CODE.test(text)) {
    claim(tree, i, FRAMING, SGML);
    return true;
  }
  const byline = parts.byline === null ? readByline(shown) : null;
  if (byline) {
    parts.byline = byline;
    claim(tree, i, BYLINE, SGML);
    if (byline.agencyCredit) tree.profiles.credit ??= agencyCredited(shown);
    return true;
  }
  const credit = shown.trim();
  if (bylineAt >= 0 && parts.credit === null && (creditsAgency(credit) || COPYRIGHT_CREDIT.test(credit))) {
    parts.credit = credit;
    tree.profiles.credit ??= agencyCredited(credit);
    claim(tree, i, BYLINE, SGML);
    return true;
  }
  return false;
}
