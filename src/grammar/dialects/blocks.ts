/**
 * One line, several blocks: a CMS field exported on one line (`<p>...</p><p>...</p><h2>...</h2>`)
 * holds a whole story. Such a line is cut into one piece per block before the markup is read, so
 * that each paragraph, crosshead and caption is read as if it stood on a line of its own. The
 * pieces keep the source line's number (and raw text): `layout` still counts source lines.
 */
import type { Line } from '../../lines/line.js';
import { expandLines, type StoryTree } from '../tree.js';
import { BLOCK_EDGE } from './elements.js';
import { withText } from './rewrite.js';

/** Cuts every line of the story text that holds more than one block into pieces. */
export function cutBlocks(tree: StoryTree): void {
  const { lines, from, to } = tree;
  let cut: Line[] | null = null;
  let sourceOf: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const pieces = i >= from && i < to && !line.blank ? blocksOf(line.text) : null;
    if (pieces !== null && cut === null) {
      cut = lines.slice(0, i);
      sourceOf = cut.map((_, k) => k);
    }
    if (cut === null) continue;
    for (const piece of pieces ?? [line]) {
      cut.push(typeof piece === 'string' ? withText(line, piece, 0) : piece);
      sourceOf.push(i);
    }
  }
  if (cut !== null) expandLines(tree, cut, sourceOf);
}

/** The blocks of a line, each with the white space before it; null when it holds one at most. */
function blocksOf(text: string): string[] | null {
  if (!text.includes('<')) return null;
  const pieces: string[] = [];
  let pending = '';
  for (const part of text.split(BLOCK_EDGE)) {
    if (part.trim() === '') pending += part;
    else {
      pieces.push(pending + part);
      pending = '';
    }
  }
  if (pieces.length < 2) return null;
  pieces[pieces.length - 1] += pending;
  return pieces;
}
