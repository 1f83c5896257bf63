/**
 * paragraphs (GRAMMAR.md section 7): body lines → paragraphs. Wire copy comes in three layouts,
 * told apart by the lines themselves:
 * - indented: hard-wrapped lines where an indent (1987 Reuters: four spaces, ANPA: a tab) starts
 *   each paragraph and flush lines continue it, even across a stray blank line;
 * - blank-separated: hard-wrapped lines grouped into paragraphs by empty lines (IPTC 7901, dpa);
 * - line-per-paragraph: every line is a paragraph (web copy, most modern plain copy).
 * Wrapped lines are joined with a space; a line ending in a letter and a hyphen joins without one
 * (`one-billion-` + `dlr`).
 */
import type { Line } from '../lines/line.js';
import { trimmed } from '../text/opening.js';
import { TwinPattern } from '../text/ascii-twin.js';

/**
 * The body of a story as the paragraph builder reads it: the story's own lines, picked out by
 * segment index, rather than an object made per body line (those were most of the builder's
 * garbage).
 */
export interface Body {
  /** The story's lines (segment indexes point into them). */
  lines: readonly Line[];
  /** Segment indexes of the body lines in order, with BREAK where a blank line or caption ends a paragraph. */
  order: readonly number[];
  /** The line whose text is `rest` instead of its own (the dateline's, cut after the dateline), or -1. */
  restOf: number;
  rest: string;
}

/** In `Body.order`: an empty line, which ends the paragraph before it (except in indented copy). */
export const BREAK = -1;

/** The text of body line `i`. */
const textOf = (body: Body, i: number) => (i === body.restOf ? body.rest : body.lines[i]!.text);

export interface Paragraph {
  text: string;
  /** Segment indexes of the first and last line of the paragraph. */
  first: number;
  last: number;
}

export type ParagraphLayout = 'indented' | 'blank-separated' | 'line-per-paragraph';

/** Lines this long or shorter are hard-wrapped lines rather than whole paragraphs. */
const WRAP_WIDTH = 80;
/** A line that ends a sentence (`said.`, `2026."`, `밝혔다.`) gives no sign of being wrapped. */
const SENTENCE_END = /[.!?…。](?:["'”’)\]]{1,2})?$/;
/** The characters a sentence end can close on: most wrapped lines end otherwise and need no pattern. */
const SENTENCE_LAST = new Set([...'.!?…。"\'”’)]'].map((c) => c.charCodeAt(0)));
/**
 * Patterns anchored only at the end are tried from every position of the line; a sentence end is
 * at most three characters long, so only those are searched, and only after its last character.
 */
const endsSentence = (text: string) => SENTENCE_LAST.has(text.charCodeAt(text.length - 1)) && SENTENCE_END.test(text.slice(-3));

export function paragraphLayout(body: Body): ParagraphLayout {
  const { lines, order } = body;
  // Copy with an indented line (tables, one-line items too) is indented copy: every indented
  // line starts a paragraph. The first one settles it, before any line is read for wrapping.
  for (const i of order) if (i !== BREAK && lines[i]!.indent > 0) return 'indented';
  let wrappedInGroup = 0;
  let longLines = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (i === BREAK) continue;
    const text = textOf(body, i);
    if (text.length > WRAP_WIDTH) longLines++;
    const next = order[k + 1];
    // Short lines that each end a sentence are short paragraphs (KCNA, Korean copy), not a wrap.
    if (next !== undefined && next !== BREAK && !endsSentence(text)) wrappedInGroup++;
  }
  if (wrappedInGroup > 0 && longLines === 0) return 'blank-separated';
  return 'line-per-paragraph';
}

/** A wrapped line ending in a letter and a hyphen (`one-billion-`) continues without a space. */
const HYPHENATED = new TwinPattern(String.raw`\p{L}-$`, 'u');
const HYPHEN = 0x2d;

/**
 * The lines of each paragraph are collected and joined once, with spaces, when the paragraph
 * ends: appending to a growing string and looking at its end again would make a paragraph of many
 * lines quadratic. An array holds the pieces of the paragraph being read; a hyphenated line's
 * continuation is appended to its piece, so one join with a space does every other line. Each
 * paragraph gets a new array: emptying one by `length = 0` is a runtime call that frees its
 * elements anyway, and cost more than the allocation.
 */
export function paragraphs(body: Body, layout = paragraphLayout(body)): Paragraph[] {
  const { lines, order } = body;
  const out: Paragraph[] = [];
  let pieces: string[] = [];
  let current: Paragraph | null = null;
  /** The last line read into the paragraph, trimmed. */
  let last = '';
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (i === BREAK) {
      // In indented copy only an indent starts a paragraph: a stray blank line followed by a
      // flush line is a break inside one.
      if (layout !== 'indented' && current !== null) {
        current.text = joinPieces(pieces);
        current = null;
      }
      continue;
    }
    const text = trimmed(textOf(body, i));
    const startsParagraph = current === null || layout === 'line-per-paragraph' || (layout === 'indented' && lines[i]!.indent > 0);
    if (startsParagraph || current === null) {
      if (current !== null) current.text = joinPieces(pieces);
      current = { text: '', first: i, last: i };
      out.push(current);
      pieces = [text];
    } else {
      // The last character compared first (most lines end otherwise), without an endsWith call per line.
      if (last.length > 0 && last.charCodeAt(last.length - 1) === HYPHEN && HYPHENATED.test(last)) pieces[pieces.length - 1] += text;
      else pieces.push(text);
      current.last = i;
    }
    last = text;
  }
  if (current !== null) current.text = joinPieces(pieces);
  return out;
}

/** A paragraph's text: its one piece as it is, or its pieces joined with spaces. */
function joinPieces(pieces: readonly string[]): string {
  return pieces.length === 1 ? pieces[0]! : pieces.join(' ');
}
