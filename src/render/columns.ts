/**
 * Text fitted to a terminal's columns, counted as a terminal counts them: an East Asian wide
 * character takes two (string-width, the maintained table of widths), and a cut never splits a
 * grapheme (a letter with its combining marks, an emoji sequence).
 */
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** `text` cut to `columns` terminal columns, with `…` where it was cut. */
export function fitColumns(text: string, columns: number): string {
  if (stringWidth(text) <= columns) return text;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = stringWidth(segment);
    if (used + w > columns - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}
