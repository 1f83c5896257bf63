/**
 * lines → stories. Finds where each story of a file begins and ends: on transmission framing
 * (SOH/ENQ/SYN start a transmission, ETX ends one), on end markers (`(END)`, `Enditem`,
 * ` Reuter`, `-0-`), on form feeds and on export separators (`3 of 12 DOCUMENTS`). A file with
 * none of these is one story. Every line of the file belongs to exactly one segment: lines
 * after an end marker that still belong to the story (copyright, trailer, blanks) stay with it.
 */
import { CONTROL, has, type Line } from '../lines/line.js';
import { isChromeLine } from '../parts/chrome.js';
import { footerKind, splitGluedEnd, type FooterKind } from '../profiles/index.js';

export interface Segment {
  /** Index of the first and one past the last line of the segment in the file's line array. */
  from: number;
  to: number;
  /** Whether the segment came in transmission framing (SOH/STX/ETX). */
  framed: boolean;
}

const EXPORT_SEPARATOR = /^\s*\d+ of \d+ DOCUMENTS\s*$/i;
/** Trailer lines that follow ETX: AP's `AP-WF-11-13-13 1509GMT<`, dpa's `131137 GMT Nov 13`. */
const TRAILER = /^(?:[A-Z]{2}-[A-Z]{2}-\d\d-\d\d-\d\d \d{4} ?GMT<?|\d{6} GMT(?: \p{L}+(?: \d{2,4})?)?)$/u;

function startsTransmission(line: Line): boolean {
  return has(line, CONTROL.SOH) || line.raw.charCodeAt(0) === 5 || line.raw.charCodeAt(0) === 22;
}

/** End markers and sign-offs are short lines; longer ones need not be asked about. */
const MAX_MARKER_LENGTH = 48;

const closing = (kind: FooterKind | null | undefined) => kind === 'end' || kind === 'signoff';

/**
 * A line that closes a story: ETX, a form feed, a whole-line end marker or sign-off, or one glued
 * to the end of the line (`... on Sunday. -0-`). A flush line that ends a sentence the line above
 * left open (`... a bank official told` / `Reuters.`) is the end of that sentence, not a sign-off.
 */
function closesStory(line: Line, previous: Line | undefined): boolean {
  if (has(line, CONTROL.ETX) || has(line, CONTROL.EOT) || has(line, CONTROL.FF)) return true;
  if (line.blank) return false;
  const text = line.text.trim();
  if (text.length <= MAX_MARKER_LENGTH && closing(footerKind(text))) {
    const endsOpenSentence = previous !== undefined && !previous.blank && /[\p{Ll},]$/u.test(previous.text);
    return !(endsOpenSentence && line.indent === 0 && text.endsWith('.'));
  }
  return closing(splitGluedEnd(text)?.kind);
}

/** A line that may follow the end of a story and still belong to it (site chrome included). */
function trailsStory(line: Line): boolean {
  if (line.blank) return true;
  const text = line.text.trim();
  return TRAILER.test(text) || footerKind(text) !== null || isChromeLine(text);
}

export function segment(lines: readonly Line[]): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  let hasText = false;
  let closed = false;
  let framed = false;
  // Between STX and ETX the framing alone says where the story ends: a paragraph that happens to
  // end in `Reuters.` or `(END)` does not close it.
  let insideText = false;
  const cut = (at: number) => {
    segments.push({ from, to: at, framed });
    from = at;
    insideText = false;
    hasText = false;
    closed = false;
    framed = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const transmission = startsTransmission(line);
    // After an end marker a new story starts at a flush line; an indented one means the "marker"
    // was a word that wrapped onto its own line (`... told` / `Reuters.` / `    Little progress`).
    if (closed && !trailsStory(line) && line.indent > 0 && !transmission) closed = false;
    if (hasText && (transmission || (closed && !trailsStory(line)) || EXPORT_SEPARATOR.test(line.text))) cut(i);
    if (transmission || has(line, CONTROL.STX)) framed = true;
    if (has(line, CONTROL.STX)) insideText = true;
    if (!line.blank && !transmission) hasText = true;
    const framingCloses = has(line, CONTROL.ETX) || has(line, CONTROL.EOT);
    if (hasText && (insideText ? framingCloses : closesStory(line, lines[i - 1]))) closed = true;
    if (framingCloses) insideText = false;
  }
  if (from < lines.length || segments.length === 0) segments.push({ from, to: lines.length, framed });
  return segments;
}
