/**
 * dialect readings: what each dialect (anpa, iptc, html, web) reads in a story before the
 * common grammar runs. A reading may rewrite a line's `text` (AP typography, HTML entities; `raw`
 * is never touched, so `layout` still points at the source) and may claim lines itself (display
 * lines, notebook, sign-off, markup, site chrome), giving the parts it read from them. Lines it
 * does not claim go through the common grammar in src/grammar/story.ts.
 */
import { lineOf, type Line } from '../../lines/line.js';
import type { Dialect, PartKind, Story, Table } from '../../schema/story.js';
import { indexOf, partCode, partCodeOf, withIndex, type IgnoreReason } from '../assignment.js';
import type { Byline } from '../byline.js';
import type { FooterLine } from '../footer.js';
import type { ParagraphLayout } from '../paragraphs.js';
import type { Transmission } from '../transmission.js';

export interface Claim {
  part: PartKind;
  /** Element of `notes` or `captions` the line went to. */
  index?: number;
  reason?: IgnoreReason;
}

/** A table found by a dialect, by segment line indexes (turned into a schema Table by the story). */
export interface TableRun {
  first: number;
  last: number;
  rows: string[];
  cells: string[][];
}

export interface DialectReading {
  /**
   * The story's lines with dialect text conversions applied. The story's own array until a
   * dialect rewrites a line: it then puts a copy here first (most stories rewrite none, and a
   * copy per story was a cost of every plain story).
   */
  lines: readonly Line[];
  claims: Map<number, Claim>;
  /** Precedence marks read from the dialect's display lines (`^URGENT<`). */
  flags: string[];
  slug: string | null;
  headline: string | null;
  deck: string | null;
  byline: Byline | null;
  credit: string | null;
  notes: Story['notes'];
  captions: Story['captions'];
  /** Footer lines the dialect read (IPTC sign-off), in order, after any the common grammar finds. */
  footer: FooterLine[];
  /** Tables that become one body paragraph each (ANPA backspace tables). */
  tables: TableRun[];
  /** Forces the paragraph layout of the body (ANPA: one physical line per paragraph). */
  paragraphLayout: ParagraphLayout | undefined;
}

export interface DialectInput {
  dialect: Dialect;
  lines: readonly Line[];
  /** Segment indexes of the story text inside the framing: [from, to). */
  from: number;
  to: number;
  transmission: Transmission | null;
}

export function emptyReading(lines: readonly Line[]): DialectReading {
  return {
    lines,
    claims: new Map(),
    flags: [],
    slug: null,
    headline: null,
    deck: null,
    byline: null,
    credit: null,
    notes: [],
    captions: [],
    footer: [],
    tables: [],
    paragraphLayout: undefined,
  };
}

/** A copy of a line with new text; indent and blank are recomputed, raw and controls are kept. */
export function withText(line: Line, text: string, indent?: number): Line {
  return lineOf(line.no, line.raw, text.trimEnd(), line.controls, indent);
}

/** Turns a dialect's table runs and plain column layouts into the schema's tables. */
export function toTables(runs: readonly TableRun[], lines: readonly Line[], bodyRange: (run: TableRun) => Table['body']): Table[] {
  return runs.map((run) => ({
    start: lines[run.first]!.no,
    end: lines[run.last]!.no,
    rows: run.rows,
    cells: run.cells,
    body: bodyRange(run),
  }));
}

/**
 * Puts a part's elements (notes, captions) in source order and renumbers the lines that point at
 * them: a dialect's notebook is read before the display notes above it.
 */
export function orderByLine<T extends { line: number }>(items: T[], assigned: number[], part: PartKind): void {
  // Most stories have their items in order already (or none): nothing to renumber. A loop, not
  // every(): the callback and its context were allocated twice per story.
  let inOrder = true;
  for (let k = 1; k < items.length && inOrder; k++) inOrder = items[k - 1]!.line <= items[k]!.line;
  if (inOrder) return;
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => a.item.line - b.item.line);
  const renumber = new Map(order.map((o, k) => [o.index, k]));
  order.forEach((o, k) => (items[k] = o.item));
  const code = partCode(part);
  for (let i = 0; i < assigned.length; i++) {
    const a = assigned[i]!;
    if (partCodeOf(a) === code && indexOf(a) >= 0) assigned[i] = withIndex(a, renumber.get(indexOf(a))!);
  }
}
