/**
 * scrapeCut, scraped copy (docs/grammar/scripts.md, "Scrapes"): a story a scraper ran onto one line, or
 * lines holding several parts, with the line breaks between them lost. The construct cuts such a
 * line into pieces before the productions read it, so that each part is read as if it stood on
 * its own line: a dateline glued to what stood above it (scrape-dateline.ts), paragraph breaks
 * left as space runs, glued sentences or commas, a glued e-mail sign-off (scrape-breaks.ts), and
 * photo captions run into the text (scrape-captions.ts), which it claims. The pieces keep the
 * source line's number and raw text (tree.expandLines), so `layout` still counts source lines.
 *
 * Why a construct over the tree rather than a pre-split in src/lines: the cuts are read with the
 * grammar's own knowledge (the dateline forms, the profiles' caption credits), and the lines layer
 * sits below both; and a construct runs per story, after framing, so transmission lines are never
 * cut.
 */
import { assignment, UNASSIGNED } from '../assignment.js';
import { readCaption } from '../captions.js';
import { claim, expandLines, rule, type StoryTree } from '../tree.js';
import { withText } from './rewrite.js';
import { breaksOf, signOffCut, type Cut } from './scrape-breaks.js';
import { cutCaptions, type Piece } from './scrape-captions.js';
import { gluedDatelineAt } from './scrape-dateline.js';

const SCRAPE_CAPTION = rule('scrape-caption');
/** Lines shorter than this are read as they are: a scrape runs paragraphs together. */
const SCRAPE_LENGTH = 100;
/** How many text lines from the top of a story may hold a glued dateline. */
const DATELINE_LINES = 4;

export function scrapeCut(tree: StoryTree): void {
  const { lines } = tree;
  let textLines = 0;
  for (let i = tree.from; i < tree.to; i++) {
    if (!inText(tree, i)) continue;
    if (piecesOfLine(lines[i]!.text, textLines++ < DATELINE_LINES) !== null) {
      cutFrom(tree, i, textLines - 1);
      return;
    }
  }
}

/** Whether line `i` is story text no rule has claimed: what may be cut. */
function inText(tree: StoryTree, i: number): boolean {
  return i >= tree.from && i < tree.to && !tree.lines[i]!.blank && tree.assigned[i] === UNASSIGNED;
}

/**
 * Cuts the story's lines from `first`, the first line to cut (`textLines` text lines above it),
 * and claims the captions cut out. Kept apart from scrapeCut's scan, which every plain and web
 * story runs over all its lines: the cutting is for the rare scraped story, and inside the scan
 * it would be compiled with it wherever the scan is optimized.
 */
function cutFrom(tree: StoryTree, first: number, textLines: number): void {
  const { lines } = tree;
  const cut = lines.slice(0, first);
  const sourceOf = cut.map((_, k) => k);
  const captionLines: number[] = [];
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    const pieces = inText(tree, i) ? piecesOfLine(line.text, textLines++ < DATELINE_LINES) : null;
    for (const piece of pieces ?? [{ text: line.text, caption: false, same: true }]) {
      if (piece.caption) captionLines.push(cut.length);
      cut.push('same' in piece ? line : withText(line, piece.text, 0));
      sourceOf.push(i);
    }
  }
  expandLines(tree, cut, sourceOf);
  for (const k of captionLines) {
    const line = tree.lines[k]!;
    claim(tree, k, assignment('caption', tree.captions.length), SCRAPE_CAPTION);
    tree.captions.push({ ...readCaption(line.text), line: line.no });
  }
}

/** The pieces a line is cut into, or null when it is not cut. */
function piecesOfLine(text: string, mayHoldDateline: boolean): Piece[] | null {
  return mayBeCut(text, mayHoldDateline) ? piecesOf(text, mayHoldDateline) : null;
}

/**
 * Whether a line may hold a cut at all: long enough to be a scrape, or holding what a glued
 * dateline (a closing bracket, `电`, `】`) or a glued e-mail needs. Most lines of most copy are
 * turned away by these scans, without the cutting code.
 */
function mayBeCut(text: string, mayHoldDateline: boolean): boolean {
  return text.length >= SCRAPE_LENGTH || text.includes('@') || (mayHoldDateline && (text.includes(')') || text.includes('电')));
}

/** The pieces of a line a scraper ran together, or null when it shows no sign of it. */
function piecesOf(text: string, mayHoldDateline: boolean): Piece[] | null {
  const datelineAt = mayHoldDateline ? gluedDatelineAt(text) : -1;
  const signOff = text.length >= SCRAPE_LENGTH ? null : signOffCut(text, false);
  const cuts: Cut[] = text.length >= SCRAPE_LENGTH ? breaksOf(text) : signOff === null ? [] : [signOff];
  if (datelineAt > 0) {
    let end = datelineAt;
    while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
    cuts.push({ end, next: datelineAt });
    cuts.sort((a, b) => a.end - b.end);
  }
  if (cuts.length === 0) return null;
  const pieces: Piece[] = [];
  let start = 0;
  for (const c of cuts) {
    if (c.end < start) continue;
    const piece = text.slice(start, c.end).trim();
    if (piece !== '') pieces.push({ text: piece, caption: false });
    start = c.next;
  }
  const last = text.slice(start).trim();
  if (last !== '') pieces.push({ text: last, caption: false });
  return pieces.length > 1 ? cutCaptions(pieces) : null;
}
