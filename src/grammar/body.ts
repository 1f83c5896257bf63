/**
 * body (GRAMMAR.md section 7): `body = [ dateline-paragraph ] , { paragraph | caption | blank }`.
 * The content lines between the display block and the footer. The dateline is cut off the
 * line that holds it, and what follows it opens the first paragraph; blank lines and captions
 * between lines end a paragraph. A note right under the display lines is a note. The lines are
 * grouped into paragraphs by the layout rules of paragraphs.ts; a dialect's tables become one
 * paragraph each.
 */
import type { Line } from '../lines/line.js';
import { assignment, partCode, partCodeOf, UNASSIGNED, withIndex } from './assignment.js';
import { isNoteLine } from './notes.js';
import { BREAK, paragraphs as readParagraphs } from './paragraphs.js';
import { mergeTableParagraphs } from './tables.js';
import { claim, rule, type StoryTree } from './tree.js';
import { TwinPattern } from '../text/ascii-twin.js';

const BODY_RULE = rule('body');
const BODY = assignment('body');
const DATELINE = assignment('dateline');
const CAPTION = partCode('caption');
/** What a line ending a sentence ends with: a caption after it ends the paragraph too. */
const CLOSES_SENTENCE = /[.!?:;"”’)]$/;
const OPENS_LOWERCASE = new TwinPattern(String.raw`^\s*\p{Ll}`, 'u');

export function body(tree: StoryTree): void {
  const { lines, content, assigned, dateline } = tree;
  const order: number[] = [];
  let restOf = -1;
  let rest = '';
  /** The last body line read (-1 before the first) and its text. */
  let previous = -1;
  let previousText = '';
  for (let k = tree.bodyFrom; k < tree.footerPos; k++) {
    const i = content[k]!;
    const line = lines[i]!;
    if (k === tree.bodyFrom && k !== tree.datelinePos && isNoteLine(line.text)) {
      claim(tree, i, assignment('note', tree.notes.length), BODY_RULE);
      tree.notes.push({ text: line.text.trim(), line: line.no });
      continue;
    }
    if (k === tree.datelinePos && dateline) {
      rest = line.text.slice(dateline.end);
      restOf = i;
      // A dateline alone on its line leaves the line empty: the body reads a break there.
      if (rest.trim() === '') {
        claim(tree, i, DATELINE, BODY_RULE);
        order.push(BREAK);
      } else {
        order.push(i);
      }
      previous = i;
      previousText = rest;
      continue;
    }
    // Blank lines and captions inside the body end the paragraph before them, except a caption
    // dropped into the middle of a sentence (see captionInsideSentence).
    if (previous >= 0 && i > previous + 1 && !captionInsideSentence(previousText, line, assigned, previous + 1, i)) order.push(BREAK);
    order.push(i);
    previous = i;
    previousText = line.text;
  }
  const paragraphs = mergeTableParagraphs(readParagraphs({ lines, order, restOf, rest }, tree.paragraphLayout), tree.tableRuns);
  for (let index = 0; index < paragraphs.length; index++) {
    // The lines of a paragraph share one assignment (only notes' and captions' are renumbered).
    const p = paragraphs[index]!;
    const inParagraph = withIndex(BODY, index);
    for (let i = p.first; i <= p.last; i++) if (assigned[i] === UNASSIGNED) claim(tree, i, inParagraph, BODY_RULE);
  }
  tree.paragraphs = paragraphs;
}

/**
 * A web page may drop a photo and its caption between two lines of one sentence: the line before
 * does not end a sentence and the line after goes on in lower case. The paragraph continues.
 */
function captionInsideSentence(before: string, after: Line, assigned: readonly number[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (partCodeOf(assigned[i]!) !== CAPTION) return false;
  return !CLOSES_SENTENCE.test(before.trimEnd()) && OPENS_LOWERCASE.test(after.text);
}
