/**
 * The opening character of a line's text: several constructs (display lines, notes, captions)
 * can open only with a few characters after white space, and a look at that one character turns
 * most lines away before a search or a trimmed copy.
 */
import { isAsciiText, TwinPattern } from './ascii-twin.js';

/**
 * The code of the first character of `text`, or -1 for an empty text (a blank line's): reading
 * past the end with charCodeAt would throw away the optimized code of a function asked about
 * every line (StoryBoundaries.next, anpaDisplay) the first time a blank line came.
 */
export function firstCode(text: string): number {
  return text.length === 0 ? -1 : text.charCodeAt(0);
}

/** The code of the last character of `text`, or -1 for an empty text (as firstCode). */
export function lastCode(text: string): number {
  return text.length === 0 ? -1 : text.charCodeAt(text.length - 1);
}

/** The code of the first character of `text` after spaces and tabs, or -1 when there is none. */
export function openingChar(text: string): number {
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c !== 32 && c !== 9) return c;
  }
  return -1;
}

/**
 * Whether `c` is printable ASCII other than space: a character that white space (`\s`, what
 * trim() removes) never is, so a gate may judge a text by it. Anything else (other white space,
 * controls, non-ASCII) is left to the pattern the gate stands before.
 */
export function isPrintableAscii(c: number): boolean {
  return c > 32 && c < 127;
}

/**
 * `text.trim()`, without the call for a text that opens and ends with printable ASCII other than
 * space, which is its own trim: most body, display and header lines are (a Line's text is
 * trimmed at its end already), and the parts ask for the trimmed text several times a story.
 */
export function trimmed(text: string): string {
  return text.length > 0 && isPrintableAscii(text.charCodeAt(0)) && isPrintableAscii(text.charCodeAt(text.length - 1)) ? text : text.trim();
}

/** A lowercase letter of any script: one pattern for every module that asks. */
export const SMALL_LETTER = new TwinPattern(String.raw`\p{Ll}`, 'u');

/**
 * Whether `text` has no lowercase letter in any script: all capitals, figures or punctuation. A
 * small ASCII letter answers at once (a mixed-case line has one near its start), before the whole
 * text is read to learn whether it is ASCII.
 */
export function hasNoSmallLetter(text: string): boolean {
  return !SMALL_LETTER.ascii.test(text) && (isAsciiText(text) || !SMALL_LETTER.unicode.test(text));
}
