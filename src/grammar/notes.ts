/**
 * editor's notes: text for editors, never for readers, so never body: `Eds:`, `(Eds: ...)`,
 * `EDITOR'S NOTE _ ...`, `ATTN:` lines, `^Eds: ...<` ANPA display lines, `(Adds ...)` version notes.
 */
import { OpeningGate } from '../text/opening-gate.js';

// Also a version note in parentheses at the top of an updated story: `(Adds comment from ...)`.
const NOTE = new OpeningGate(
  '(ean',
  String.raw`^\s*(?:\(\s*)?(?:eds?|editors?|attn|attention editors|editor'?s note|note to editors|advisory)\s*(?:[:_—–-]|\s_)|^\s*\((?:adds|updates|corrects|recasts|rewrites|refiles|repeats|writes through|changes|removes|fixes|clarifies)\s`,
  'i',
);

export function isNoteLine(text: string): boolean {
  return NOTE.test(text);
}
