/**
 * The part each line of a story went to, packed into one small integer per line: the part, the
 * element of that part (paragraph, note, caption) and, for ignored lines, the reason. A story
 * assigns every one of its lines, and an object per line was a good share of what the parser
 * allocated. Two lines of one layout run have equal numbers, so runs are found by comparing them.
 *
 * Layout: bits 0-3 the part (PART_KINDS position + 1; 0 = not assigned yet), bits 4-6 the reason
 * (IGNORE_REASONS position + 1; 0 = none), bits 8 and up the element index + 1 (0 = none).
 */
import { PART_KINDS, type PartKind } from '../schema/parts.js';

/** Why a line is ignored. */
const IGNORE_REASONS = ['blank', 'framing', 'unassigned', 'chrome', 'markup'] as const;
type IgnoreReason = (typeof IGNORE_REASONS)[number];

/** A line no step has assigned yet. */
export const UNASSIGNED = 0;

const PART_MASK = 0xf;
const REASON_SHIFT = 4;
const REASON_MASK = 0x7;
const INDEX_UNIT = 256;

/** The assignment of a line to `part`, optionally to its element `index`, or ignored for `reason`. */
export function assignment(part: PartKind, index?: number, reason?: IgnoreReason): number {
  return (
    PART_KINDS.indexOf(part) + 1 +
    (reason === undefined ? 0 : (IGNORE_REASONS.indexOf(reason) + 1) << REASON_SHIFT) +
    (index === undefined ? 0 : (index + 1) * INDEX_UNIT)
  );
}

/** The part code of an assignment: compare with `partCode(kind)` (computed once, outside loops). */
export function partCodeOf(assigned: number): number {
  return assigned & PART_MASK;
}

export function partCode(part: PartKind): number {
  return PART_KINDS.indexOf(part) + 1;
}

export function partOf(assigned: number): PartKind {
  return PART_KINDS[(assigned & PART_MASK) - 1]!;
}

/** The element index, or -1 when the assignment has none. */
export function indexOf(assigned: number): number {
  return Math.floor(assigned / INDEX_UNIT) - 1;
}

export function reasonOf(assigned: number): IgnoreReason | undefined {
  const code = (assigned >> REASON_SHIFT) & REASON_MASK;
  return code === 0 ? undefined : IGNORE_REASONS[code - 1];
}

/** The same assignment pointing at another element. */
export function withIndex(assigned: number, index: number): number {
  return (assigned % INDEX_UNIT) + (index + 1) * INDEX_UNIT;
}
