/**
 * editor's notes: text for editors, never for readers, so never body: `Eds:`, `(Eds: ...)`,
 * `EDITOR'S NOTE _ ...`, `ATTN:` lines, `^Eds: ...<` ANPA display lines, `(Adds ...)` version notes.
 */
import { isPrintableAscii, openingChar } from '../text/opening.js';

// Also a version note in parentheses at the top of an updated story: `(Adds comment from ...)`.
export const NOTE = /^\s*(?:\(\s*)?(?:eds?|editors?|attn|attention editors|editor'?s note|note to editors|advisory)\s*(?:[:_—–-]|\s_)|^\s*\((?:adds|updates|corrects|recasts|rewrites|refiles|repeats|writes through|changes|removes|fixes|clarifies)\s/i;

/**
 * NOTE's first character after white space and an optional `(` is `e`, `a` or `n` in either case
 * (case-insensitive without the u flag folds only ASCII letters to ASCII): a text whose first
 * character after spaces and tabs is any other printable ASCII character is no note, and is
 * turned away by character code before the search. Any other character (other white space,
 * non-ASCII) is left to the pattern. Exported: the test holds the gate to the pattern.
 */
export function isNoteLine(text: string): boolean {
  const c = openingChar(text);
  const lower = c | 0x20; // the lower-case code of exactly that ASCII letter in either case
  if (isPrintableAscii(c) && c !== 0x28 /* ( */ && lower !== 0x65 /* e */ && lower !== 0x61 /* a */ && lower !== 0x6e /* n */) return false;
  return NOTE.test(text);
}
