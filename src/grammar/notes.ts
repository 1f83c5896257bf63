/**
 * editor's notes: text for editors, never for readers, so never body: `Eds:`, `(Eds: ...)`,
 * `EDITOR'S NOTE _ ...`, `ATTN:` lines, `^Eds: ...<` ANPA display lines.
 */
import { OpeningGate } from '../text/opening-gate.js';

export const NOTE = new OpeningGate('(ean', String.raw`^\s*(?:\(\s*)?(?:eds?|editors?|attn|attention editors|editor'?s note|note to editors|advisory)\s*(?:[:_—–-]|\s_)`, 'i');

export function isNoteLine(text: string): boolean {
  return NOTE.test(text);
}
