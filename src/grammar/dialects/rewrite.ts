/**
 * Dialects may rewrite a line's text (AP typography, markup taken out); its raw bytes, and so the
 * story's `layout`, still point at the source.
 */
import { lineOf, type Line } from '../../lines/line.js';

/** A copy of a line with new text; indent and blank are recomputed, raw and controls are kept. */
export function withText(line: Line, text: string, indent?: number): Line {
  return lineOf(line.no, line.raw, text.trimEnd(), line.controls, indent);
}
