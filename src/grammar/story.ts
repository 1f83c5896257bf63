/**
 * story (GRAMMAR.md section 1): the productions in the grammar's order over one story segment.
 * framing, then the dialect's constructs, captions and blanks, dateline (its agency names the
 * profile), footer (read from the bottom up, above the body), display (the lines above the
 * dateline), the agency from a credit when nothing before named it (credits), body and tables;
 * then the refiners: an end marker glued to the last paragraph goes
 * to the footer, lines no rule claimed are kept as ignored, and notes and captions are put in
 * line order. Every line ends claimed exactly once; src/compose turns the tree into the Story.
 */
import type { Line } from '../lines/line.js';
import { assignment, indexOf, partCode, partCodeOf, UNASSIGNED, withIndex } from './assignment.js';
import { body } from './body.js';
import { captions } from './captions.js';
import { credits } from './credits.js';
import { dateline } from './dateline.js';
import { detectDialect } from './dialects/detect.js';
import { dialect } from './dialects/index.js';
import { display } from './display.js';
import { footer, gluedEnd } from './footer.js';
import { framing } from './framing.js';
import { tables } from './tables.js';
import { claim, newTree, rule, type StoryContext, type StoryTree } from './tree.js';

const UNCLAIMED = rule('unclaimed');
const IGNORED_BLANK = assignment('ignored', undefined, 'blank');
const IGNORED_UNASSIGNED = assignment('ignored', undefined, 'unassigned');

export function story(segment: readonly Line[], ctx: StoryContext): StoryTree {
  const tree = newTree(segment, ctx);
  framing(tree);
  tree.dialect = ctx.dialect ?? detectDialect(segment, tree.transmission);
  dialect(tree);
  captions(tree);
  dateline(tree);
  footer(tree);
  display(tree);
  credits(tree);
  body(tree);
  tables(tree);
  gluedEnd(tree);
  unclaimed(tree);
  inLineOrder(tree.notes, tree, 'note');
  inLineOrder(tree.captions, tree, 'caption');
  return tree;
}

/** Lines no rule claimed stay in the story as ignored: blank, or text the grammar did not read. */
function unclaimed(tree: StoryTree): void {
  const { lines, assigned } = tree;
  for (let i = 0; i < lines.length; i++) {
    if (assigned[i] === UNASSIGNED) claim(tree, i, lines[i]!.blank ? IGNORED_BLANK : IGNORED_UNASSIGNED, UNCLAIMED);
  }
}

/**
 * Puts a part's elements (notes, captions) in line order and renumbers the lines that point at
 * them: a dialect's notebook is read before the display notes above it.
 */
function inLineOrder<T extends { line: number }>(items: T[], tree: StoryTree, part: 'note' | 'caption'): void {
  let inOrder = true;
  for (let k = 1; k < items.length && inOrder; k++) inOrder = items[k - 1]!.line <= items[k]!.line;
  if (inOrder) return;
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => a.item.line - b.item.line);
  const renumber = new Map(order.map((o, k) => [o.index, k]));
  order.forEach((o, k) => (items[k] = o.item));
  const code = partCode(part);
  const { assigned } = tree;
  for (let i = 0; i < assigned.length; i++) {
    const a = assigned[i]!;
    if (partCodeOf(a) === code && indexOf(a) >= 0) assigned[i] = withIndex(a, renumber.get(indexOf(a))!);
  }
}
