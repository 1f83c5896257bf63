/**
 * editor's notes: text for editors, never for readers, so never body: `Eds:`, `(Eds: ...)`,
 * `EDITOR'S NOTE _ ...`, `ATTN:` lines, `^Eds: ...<` ANPA display lines.
 */

const NOTE = /^\s*(?:\(\s*)?(?:eds?|editors?|attn|attention editors|editor'?s note|note to editors|advisory)\s*(?:[:_—–-]|\s_)/i;

export function isNoteLine(text: string): boolean {
  return NOTE.test(text);
}
