/**
 * tables: rows of figures kept as preformatted blocks.
 * - ANPA tables (lines starting with backspace, read in anpa.ts) become one body paragraph each,
 *   rows joined by newlines, cells by tabs.
 * - Column layouts in plain copy (cells apart by runs of spaces) are reported in `tables` while the
 *   body keeps the paragraphs the layout rules give: the 1987 Reuters copy counts every indented
 *   table row as a paragraph, and a reader of `body` still gets every figure.
 */
import type { Line } from '../lines/line.js';
import type { TableRun } from './dialect.js';
import type { Paragraph } from './paragraphs.js';

/** Cells apart by three spaces, or by two spaces at least twice, or by a dotted leader. */
const WIDE_GAP = /\S {3,}\S/;
const NARROW_GAPS = /\S {2}\S.{0,400}?\S {2}\S/;
const LEADER = /\S ?\.{4,} ?\S/;
const CELL_BREAK = / {2,}| ?\.{4,} ?/;

export function isColumnLine(text: string): boolean {
  // Every column shape holds a double space or a dotted leader after its indent; prose mostly
  // holds neither, and is let go without a copy of its text.
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  if (text.length - start > 400 || (text.indexOf('  ', start) === -1 && text.indexOf('....', start) === -1)) return false;
  const t = text.trim();
  return WIDE_GAP.test(t) || NARROW_GAPS.test(t) || LEADER.test(t);
}

/** Runs of two or more consecutive column lines among the given (ascending) line indexes. */
export function findColumnRuns(lines: readonly Line[], indexes: readonly number[]): TableRun[] {
  const runs: TableRun[] = [];
  let run: TableRun | null = null;
  for (const i of indexes) {
    const text = lines[i]!.text;
    if (!isColumnLine(text)) {
      run = null;
      continue;
    }
    if (run && run.last === i - 1) {
      run.last = i;
    } else {
      run = { first: i, last: i, rows: [], cells: [] };
      runs.push(run);
    }
    run.rows.push(text);
    run.cells.push(text.trim().split(CELL_BREAK));
  }
  return runs.filter((r) => r.last > r.first);
}

/** Replaces the paragraphs made of a table's rows by one preformatted paragraph. */
export function mergeTableParagraphs(paragraphs: Paragraph[], tables: readonly TableRun[]): Paragraph[] {
  if (tables.length === 0) return paragraphs;
  const out: Paragraph[] = [];
  for (const p of paragraphs) {
    const table = tables.find((t) => p.first >= t.first && p.last <= t.last);
    if (!table) {
      out.push(p);
      continue;
    }
    const previous = out[out.length - 1];
    if (previous && previous.first >= table.first && previous.last <= table.last) {
      previous.last = p.last;
      continue;
    }
    out.push({ text: table.rows.join('\n'), first: p.first, last: p.last });
  }
  return out;
}
