/**
 * lines → stories. Finds where each story of a file begins and ends: on transmission framing
 * (SOH/ENQ/SYN start a transmission, ETX ends one; AAP's `ZCZC` opens an item and `NNNN` closes
 * it; an LDC SGML `<DOC>` opens one and `</DOC>` closes it), on end markers (`(END)`, `Enditem`,
 * ` Reuter`, `-0-`), on form feeds, on export separators (`3 of 12 DOCUMENTS`) and where a saved
 * HTML page opens (`<!DOCTYPE html>`, `<html>`). A file with
 * none of these is one story. Every line of the file belongs to exactly one segment: lines
 * after an end marker that still belong to the story (copyright, trailer, blanks) stay with it.
 */
import { CONTROL, has, startsTransmission, type Line } from '../lines/line.js';
import { isChromeLine } from '../profiles/chrome.js';
import { footerKind, splitGluedEnd, type FooterKind } from '../profiles/index.js';
import { TwinPattern } from '../text/ascii-twin.js';
import { firstCode, lastCode } from '../text/opening.js';

export interface Segment {
  /** Index of the first and one past the last line of the segment in the file's line array. */
  from: number;
  to: number;
  /** Whether the segment came in transmission framing (SOH/STX/ETX). */
  framed: boolean;
}

const EXPORT_SEPARATOR = /^\s*\d+ of \d+ DOCUMENTS\s*$/i;
/** Trailer lines that follow ETX: AP's `AP-WF-11-13-13 1509GMT<`, dpa's `131137 GMT Nov 13`. */
const TRAILER = new TwinPattern(String.raw`^(?:[A-Z]{2}-[A-Z]{2}-\d\d-\d\d-\d\d \d{4} ?GMT<?|\d{6} GMT(?: \p{L}+(?: \d{2,4})?)?)$`, 'u');
const DATE_TIME_GROUP = new TwinPattern(String.raw`^\d{6} GMT \p{L}{3,9}\.?(?: \d{2,4})?$`, 'u');

/** The framing that ends a story's text. */
const TEXT_END_CONTROLS = CONTROL.ETX | CONTROL.EOT;

/** AAP's start of message (`ZCZC AAP`) and an LDC SGML `<DOC>` (attributes allowed): each opens an item. */
const ITEM_START = /^(?:ZCZC\b|<DOC(?:\s[^<>]{0,200})?>\s*$)/;
/** AAP's end of message and the end of an SGML document: each closes the item. */
const ITEM_END = /^(?:NNNN|<\/DOC>)\s*$/;

/**
 * Whether a flush line, whose text opens with character code `first`, opens a feed item (`ZCZC`,
 * `<DOC>`) or closes one (`NNNN`, `</DOC>`). Only a line opening with `Z`, `N` or `<` is searched.
 * The tests of a line are given its first character, read once by StoryBoundaries.next: a line's
 * text is most often a slice of a larger string, and each read of a character unwraps it anew.
 */
function opensItem(text: string, first: number): boolean {
  return (first === 0x5a /* Z */ || first === 0x3c /* < */) && ITEM_START.test(text);
}

function closesItem(text: string, first: number): boolean {
  return (first === 0x4e /* N */ || first === 0x3c /* < */) && ITEM_END.test(text);
}

/**
 * Whether `text` (right-trimmed, as every Line's text is) is an export separator. The pattern
 * ends in `DOCUMENTS\s*$` (case-insensitive, not Unicode): with no white space left at the end,
 * such a line ends in `s` or `S`, so a line ending in anything else (nearly all) is not asked.
 */
function isExportSeparator(text: string): boolean {
  const last = lastCode(text);
  return (last === 0x73 || last === 0x53) && EXPORT_SEPARATOR.test(text);
}

/** A page saved whole begins here: `<!DOCTYPE html ...>` or `<html ...>`. */
const HTML_DOCUMENT_START = /^<(?:!doctype\s{1,10}html\b|html[\s>])/i;

/**
 * Whether a line whose text opens with `first` opens an HTML page. Only a flush line is asked,
 * whose first character is `<` (the pattern's first): saved pages open at the margin.
 */
function opensHtmlDocument(text: string, first: number): boolean {
  return first === 0x3c && HTML_DOCUMENT_START.test(text);
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
  if (isDateTimeGroup(text)) return true;
  if (text.length <= MAX_MARKER_LENGTH && closing(footerKind(text))) return !endsSentenceAbove(line, previous, text);
  return closing(splitGluedEnd(text)?.kind);
}

/**
 * Whether a marker line (`text`, trimmed) is the flush end of a sentence that the line above left
 * open. Asked once a story, from a function of its own: closesStory, asked of every line, is
 * optimized into StoryBoundaries.next, where a branch taken this rarely would have no type
 * feedback and would throw the optimized code away when first taken; a call made this seldom is
 * not inlined.
 */
function endsSentenceAbove(line: Line, previous: Line | undefined, text: string): boolean {
  const endsOpenSentence = previous !== undefined && !previous.blank && OPEN_SENTENCE_END.test(previous.text);
  return endsOpenSentence && line.indent === 0 && text.endsWith('.');
}

/** A small letter or a comma at the end of a line: the sentence runs on below. */
const OPEN_SENTENCE_END = new TwinPattern(String.raw`[\p{Ll},]$`, 'u');

/**
 * An IPTC date-time group (`131137 GMT Nov 26`) ends a story whose control characters the capture
 * lost. It opens with a digit: other lines are not searched.
 */
function isDateTimeGroup(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && text.length <= 40 && DATE_TIME_GROUP.test(text);
}

/** A line that may follow the end of a story and still belong to it (site chrome included). */
function trailsStory(line: Line): boolean {
  if (line.blank) return true;
  const text = line.text.trim();
  return TRAILER.test(text) || footerKind(text) !== null || isChromeLine(text);
}

// StoryBoundaries' state, as bits of one small integer: optimized code tests a bit of a number in
// one instruction, while a boolean read back from a field gets a full truthiness check (V8 does
// not track that a field only ever holds booleans), and the state is read for every line.
/** The story has a line other than blanks and transmission framing. */
const HAS_TEXT = 1;
/** The story met its end (ETX, an end marker, a sign-off): the lines that follow may trail it. */
const CLOSED = 2;
/** The story came in transmission framing. */
const FRAMED = 4;
/**
 * Between STX and ETX: the framing alone says where the story ends, so a paragraph that happens
 * to end in `Reuters.` or `(END)` does not close it.
 */
const INSIDE_TEXT = 8;
/**
 * The story has a line of text other than the opening of an HTML page: the next opening starts
 * another page (`<!DOCTYPE html>` then `<html>` open one).
 */
const PAST_PAGE_OPENING = 16;

/**
 * The boundary rules as a state machine fed one line at a time, so that a whole file
 * (`segment`) and a stream read story by story (src/pipeline/stream.ts) cut in the same places.
 */
export class StoryBoundaries {
  /** HAS_TEXT, CLOSED, FRAMED, INSIDE_TEXT and PAST_PAGE_OPENING of the story being read. */
  private state = 0;
  /** The line before the current one, which closesStory reads. */
  private previous: Line | undefined = undefined;

  private lastEndedFramed = false;

  /**
   * Reads the next line. Returns whether the story read so far ended just before it (the line
   * then opens the next story; `endedFramed` says whether that story was framed).
   */
  next(line: Line): boolean {
    // The controls are read once: most lines hold none, and every test of one is a bit test.
    const controls = line.controls;
    let state = this.state;
    const text = line.text;
    const first = firstCode(text);
    const transmission = (controls !== 0 && startsTransmission(line)) || opensItem(text, first);
    // A line after an end marker that does not trail the story (only asked there).
    const afterEnd = (state & CLOSED) !== 0 && !transmission && !trailsStory(line);
    // After an end marker a new story starts at a flush line; an indented one means the "marker"
    // was a word that wrapped onto its own line (`... told` / `Reuters.` / `    Little progress`).
    if (afterEnd && line.indent > 0) state &= ~CLOSED;
    const opensPage = opensHtmlDocument(text, first);
    // A transmission closed by ETX has ended even when it held no text: what follows is another story.
    const ended =
      ((state & HAS_TEXT) !== 0 &&
        (transmission || (afterEnd && (state & CLOSED) !== 0) || isExportSeparator(text) || (opensPage && (state & PAST_PAGE_OPENING) !== 0))) ||
      (afterEnd && (state & (CLOSED | FRAMED)) === (CLOSED | FRAMED));
    if (ended) {
      this.lastEndedFramed = (state & FRAMED) !== 0;
      state = 0;
    }
    // ZCZC and <DOC> open the text as STX does: only their closing line ends it.
    const textStarts = (controls & CONTROL.STX) !== 0 || (transmission && controls === 0);
    if (transmission || textStarts) state |= FRAMED;
    if (textStarts) state |= INSIDE_TEXT;
    if (!line.blank && !transmission) state |= opensPage ? HAS_TEXT : HAS_TEXT | PAST_PAGE_OPENING;
    const framingCloses = (controls & TEXT_END_CONTROLS) !== 0 || closesItem(text, first);
    if ((state & INSIDE_TEXT) !== 0 ? framingCloses : (state & HAS_TEXT) !== 0 && closesStory(line, this.previous)) {
      state |= CLOSED;
    }
    if (framingCloses) state &= ~INSIDE_TEXT;
    this.state = state;
    this.previous = line;
    return ended;
  }

  /** Whether the story that `next` found ended last came in transmission framing. */
  get endedFramed(): boolean {
    return this.lastEndedFramed;
  }

  /** Whether the story being read so far came in transmission framing. */
  get framed(): boolean {
    return (this.state & FRAMED) !== 0;
  }
}

export function segment(lines: readonly Line[]): Segment[] {
  const boundaries = new StoryBoundaries();
  const segments: Segment[] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!boundaries.next(lines[i]!)) continue;
    segments.push({ from, to: i, framed: boundaries.endedFramed });
    from = i;
  }
  if (from < lines.length || segments.length === 0) segments.push({ from, to: lines.length, framed: boundaries.framed });
  return segments;
}
