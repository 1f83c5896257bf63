/**
 * Which dialect a story is in, when the caller does not say: a transmission's own format (ANPA
 * or IPTC framing, an AAP `ZCZC` item, an LDC SGML `<DOC>`: framing.ts reads which), HTML when a
 * line carries markup, web copy when it shows a photo cell, a caption row or site chrome at its
 * edges, else plain copy.
 */
import type { Line } from '../../lines/line.js';
import { isChromeLine } from '../../profiles/chrome.js';
import type { Dialect } from '../../schema/story.js';
import { isCaptionRow, isImageCell } from '../captions.js';
import type { Transmission } from '../transmission.js';
import { isHtmlLine } from './html.js';

/** How many text lines at each end of a story are looked at for site chrome. */
const CHROME_REACH = 8;

export function detectDialect(lines: readonly Line[], transmission: Transmission | null): Dialect {
  if (transmission) return transmission.format;
  let web = false;
  for (const line of lines) {
    if (isHtmlLine(line.text)) return 'html';
    web ||= isImageCell(line.text) || isCaptionRow(line.text);
  }
  const text = lines.filter((l) => !l.blank);
  // Chrome sits around the copy: looking at the lines near either end is enough, and keeps the
  // chrome patterns off the body of every plain story.
  let chrome = 0;
  let edgeChrome = false;
  for (let k = 0; k < text.length; k++) {
    if (k === CHROME_REACH && text.length > 2 * CHROME_REACH) k = text.length - CHROME_REACH;
    if (!isChromeLine(text[k]!.text)) continue;
    chrome++;
    if (k === 0 || k === text.length - 1) edgeChrome = true;
  }
  return web || edgeChrome || chrome >= 2 ? 'web' : 'plain';
}
