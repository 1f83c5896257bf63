/**
 * Site chrome: what a web page wraps around republished copy (wire-formats.md section 3) — share
 * widgets, "Also read" lines, breadcrumbs, sign-up prompts, disclaimers, tag lists. It is never
 * headline or body: the web dialect claims it as ignored with reason 'chrome', so it stays in
 * `layout`, and segmentation keeps it with the story it follows.
 * Each pattern matches a whole line and is narrow enough that a sentence of copy does not fit it.
 */

import { OpeningGate } from '../text/opening-gate.js';
import { openingChar } from '../text/opening.js';

const SHARE_WORD = '(?:share|tweet|e-?mail|print|copy link|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|flipboard)';
const SHARE_LIST = `(?:\\s*(?:[:|·•/,]\\s*)?${SHARE_WORD})`;
/**
 * Each pattern behind a gate of the letters it can open with: the patterns are asked about the
 * lines at both ends of every story, whose first letter rules out most of them, and a pattern no
 * line gets past its gate is never compiled.
 */
export const CHROME: readonly OpeningGate[] = [
  // Share widgets: `Share`, `Share this article: Facebook Twitter`, `Facebook | Twitter | Email`
  // (two names at least, so that a wrapped line holding one word is not taken for a widget).
  new OpeningGate('stepcfxwlr', `^share(?: this(?: article| story| page)?)?${SHARE_LIST}{0,10}\\s*:?$|^${SHARE_WORD}${SHARE_LIST}{1,10}$`, 'i'),
  // Recirculation: `Also read: ...`, `READ MORE: ...`, `Related stories`, `See also - ...`.
  new OpeningGate(
    'armsty',
    String.raw`^(?:also read|read also|read more|more from \S.{0,40}|see also|related(?: stories| articles| news| coverage)?|recommended(?: for you)?|most read|most popular|trending(?: now)?|you may also like|more stories)\s*(?:[:>»|–—-].{0,200})?$`,
    'i',
  ),
  // Navigation: `Home > World > Asia`, `Home / News`.
  new OpeningGate('hn', String.raw`^(?:home|news)\s*[>»/|]\s*\S.{0,120}$`, 'i'),
  // Prompts and slots.
  new OpeningGate(
    'asfcdbl',
    String.raw`^(?:advertisement|sponsored(?: content)?|subscribe(?: now| to (?:our|the) \S.{0,60})?|sign up for (?:our|the) \S.{0,100}|follow us on \S.{0,60}|click here to \S.{0,100}|download (?:our|the) app.{0,60}|skip to (?:main )?content|back to top|comments \(\d{1,6}\)|leave a comment|loading\.{3})$`,
    'i',
  ),
  // Page furniture: `Listen to this article 4:12`, `5 min read`.
  new OpeningGate('l0123456789', String.raw`^(?:listen to (?:this )?(?:article|story)(?: \d{1,2}:\d{2})?|\d{1,2} min(?:ute)?s? read)$`, 'i'),
  // Disclaimers of syndicated copy.
  new OpeningGate(
    '(dt',
    String.raw`^\(?(?:disclaimer\s*:.{0,600}|this (?:story|article|report) (?:has not been edited|was (?:auto-)?generated|is auto-generated|is published from).{0,400})\)?$`,
    'i',
  ),
  // `(Only the headline of this report may have been reworked by our staff; the rest of the content
  // is auto-generated from a syndicated feed.)`, `(Except for the headline, this story has not been edited ...)`
  new OpeningGate(
    '(oe',
    String.raw`^\(?(?:only the headline|except for the headline)\b.{0,300}\b(?:syndicated feed|auto-generated|not been edited)\b.{0,100}\)?$`,
    'i',
  ),
  // Page metadata: `Tags: ...`, `Topics: ...`, `Updated: Nov 3, 2026 10:15 IST`.
  new OpeningGate('tkfupl', String.raw`^(?:tags?|topics?|keywords?|filed under|updated|published|posted|last updated)(?: on| at)?\s*:\s*\S.{0,200}$`, 'i'),
];

export function isChromeLine(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 700) return false;
  const c = openingChar(t);
  for (let k = 0; k < CHROME.length; k++) if (CHROME[k]!.mayOpenWith(c) && CHROME[k]!.pattern.test(t)) return true;
  return false;
}
