/**
 * tables: rows of figures kept as preformatted blocks.
 * - ANPA tables (lines starting with backspace, read in anpa.ts) become one body paragraph each,
 *   rows joined by newlines, cells by tabs.
 * - Column layouts in plain copy (cells apart by runs of spaces) are reported in `tables` while the
 *   body keeps the paragraphs the layout rules give: the 1987 Reuters copy counts every indented
 *   table row as a paragraph, and a reader of `body` still gets every figure.
 */
import type { Line } from '../lines/line.js';
import { indexOf, partCode, partCodeOf } from './assignment.js';
import type { Paragraph } from './paragraphs.js';
import type { StoryTree, TableRun } from './tree.js';

const BODY = partCode('body');

/**
 * tables (GRAMMAR.md section 7): the dialect's tables and the column layouts among the other body
 * lines, in line order, each with the body paragraphs it spans.
 */
export function tables(tree: StoryTree): void {
  const { lines, assigned, tableRuns } = tree;
  const inDialectTable = (i: number) => tableRuns.some((t) => i >= t.first && i <= t.last);
  const columnRuns = findColumnRuns(lines, (i) => partCodeOf(assigned[i]!) === BODY && (tableRuns.length === 0 || !inDialectTable(i)));
  if (tableRuns.length === 0 && columnRuns.length === 0) return;
  const runs = [...tableRuns, ...columnRuns].sort((a, b) => a.first - b.first);
  for (const run of runs) {
    const first = assigned[run.first]!;
    const last = assigned[run.last]!;
    tree.tables.push({
      start: lines[run.first]!.no,
      end: lines[run.last]!.no,
      rows: run.rows,
      cells: run.cells,
      body: partCodeOf(first) === BODY && partCodeOf(last) === BODY ? { first: indexOf(first), last: indexOf(last) } : null,
    });
  }
}

/** Cells apart by three spaces, or by two spaces at least twice, or by a dotted leader. */
const WIDE_GAP = /\S {3,}\S/;
const NARROW_GAPS = /\S {2}\S.{0,400}?\S {2}\S/;
const LEADER = /\S ?\.{4,} ?\S/;
const CELL_BREAK = / {2,}| ?\.{4,} ?/;

/** Column lines are this long at most past their indent. */
const MAX_ROW = 400;

/**
 * Two spaces or four dots starting after the first character past the indent. Every column shape
 * holds one there: WIDE_GAP and NARROW_GAPS two spaces after a non-space character, LEADER four
 * dots after one, and that character is at or after the indent's end (the shapes are tested on
 * the trimmed text, and the indent is spaces and tabs). `[ \t]*` takes the whole indent: the
 * character after it must be neither, so it never gives a space back to the search. One anchored
 * match from the start costs less than searching from the indent's end found by a loop, or two
 * indexOf calls.
 */
const GAP_OR_LEADER = /^[ \t]*[^ \t][^]*?(?:  |\.{4})/;

export function isColumnLine(text: string): boolean {
  // Prose mostly holds neither a gap nor a leader, and is let go without a copy of its text. The
  // indent is measured only for a line long enough to be too long past it.
  if (text.length > MAX_ROW && text.length - indentEnd(text) > MAX_ROW) return false;
  if (!GAP_OR_LEADER.test(text)) return false;
  const t = text.trim();
  return WIDE_GAP.test(t) || NARROW_GAPS.test(t) || LEADER.test(t);
}

/** The position of the first character of `text` past its leading spaces and tabs. */
function indentEnd(text: string): number {
  let end = 0;
  while (end < text.length && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end++;
  return end;
}

/**
 * Runs of two or more consecutive column lines among the lines `isBody` accepts (by segment
 * index). Two consecutive lines include one at an odd index: only those are tested until one is
 * a column line, and the run around it is then read line by line.
 */
function findColumnRuns(lines: readonly Line[], isBody: (i: number) => boolean): TableRun[] {
  const runs: TableRun[] = [];
  const isRow = (i: number) => isBody(i) && isColumnLine(lines[i]!.text);
  for (let i = 1; i < lines.length; i += 2) {
    if (!isRow(i)) continue;
    let first = i;
    while (first > 0 && isRow(first - 1)) first--;
    let last = i;
    while (last + 1 < lines.length && isRow(last + 1)) last++;
    if (last > first) runs.push(columnRun(lines, first, last));
    // The loop goes on from the first odd index past the run.
    i = (last & 1) === 1 ? last : last - 1;
  }
  return runs;
}

/**
 * The table of lines `first` to `last`, each row cut into its cells. A function of its own: most
 * stories hold no table, and findColumnRuns, which reads every line, is optimized without it.
 */
function columnRun(lines: readonly Line[], first: number, last: number): TableRun {
  const run: TableRun = { first, last, rows: [], cells: [] };
  for (let r = first; r <= last; r++) {
    const text = lines[r]!.text;
    run.rows.push(text);
    run.cells.push(text.trim().split(CELL_BREAK));
  }
  return run;
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
