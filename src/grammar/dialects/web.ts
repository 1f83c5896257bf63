/**
 * Web copy (wire-formats.md section 3): the story as a page shows it, with site chrome around it
 * (chrome.ts) and photo captions as lines of their own between paragraphs: `Photo: ...`,
 * `FILE PHOTO: ...`, `(Photo by NAME/Agency)`. The `▲` caption rows and image cells are read by
 * the common grammar (captions.ts).
 */
import { readCaption } from '../captions.js';
import { chromeLineClaims } from '../chrome.js';
import { emptyReading, type DialectInput, type DialectReading } from './reading.js';

const CAPTION_LINE = /^(?:\[\s?)?(?:(?:file )?photo|image|picture)(?: credit)?\s?:\s?\S.{0,400}$|^\((?:(?:file )?photos?|image)(?: by|:)\s[^()]{1,160}\)$/i;

export function isWebCaptionLine(text: string): boolean {
  return CAPTION_LINE.test(text.trim());
}

/** Claims the chrome and caption lines of web copy in [from, to). */
export function readWeb(input: DialectInput, reading: DialectReading = emptyReading(input.lines)): DialectReading {
  const { lines, from, to } = input;
  for (const [i, claim] of chromeLineClaims(reading.lines, from, to)) if (!reading.claims.has(i)) reading.claims.set(i, claim);
  for (let i = from; i < to; i++) {
    if (reading.claims.has(i)) continue;
    const text = reading.lines[i]!.text.trim();
    if (!isWebCaptionLine(text)) continue;
    reading.claims.set(i, { part: 'caption', index: reading.captions.length });
    reading.captions.push({ ...readCaption(text.replace(/^\[\s?|\s?\]$/g, '')), line: lines[i]!.no });
  }
  return reading;
}
