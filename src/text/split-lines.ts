/**
 * text → lines. Splits on LF, CRLF and lone CR (all three occur, mixed, in feed captures) and
 * keeps every character of every line, control characters included: framing is read later.
 * `LineSplitter` takes the text in pieces: a stream decoded chunk by chunk, or a whole text a
 * piece at a time.
 */

/**
 * A run of printable ASCII and of tab to CR, matched from a given index: it ends at the first
 * character that is none of these (or at the end of the text). Searched for once per stretch of
 * text rather than once per line: every line before that character is plain ASCII, unless it holds
 * a VT or FF. Those two are not plain, but they are in the class because a class of two ranges
 * (tab to CR, space to tilde) is a tighter loop in the regex engine than the exact one of three
 * (tab and LF, CR, space to tilde): the splitter finds them apart, by a native search (see push).
 * (A greedy run of a class is a tighter loop in the regex engine than a search for its negation.)
 */
const PLAIN_RUN = /[\t-\r\x20-\x7e]*/y;

/** Index of the first character at or after `from` that is not in PLAIN_RUN's class, or text.length. */
function runEnd(text: string, from: number): number {
  PLAIN_RUN.lastIndex = from;
  PLAIN_RUN.test(text);
  return PLAIN_RUN.lastIndex;
}

/**
 * Index of `char` in `text` at or after `from`, given `known`, its index at or after an earlier
 * point (-1: none there): searched for again only once the walk has passed it, so a text without
 * it costs one search, not one per line.
 */
function nextOf(text: string, char: string, from: number, known: number): number {
  return known === -1 || known >= from ? known : text.indexOf(char, from);
}

/** The smaller of index `at` and index `found` of a search (-1: not found). */
const before = (at: number, found: number) => (found === -1 || found > at ? at : found);

/**
 * Splits text into lines made by `make` from each line's number and text: the parser makes its
 * Line objects directly, without an intermediate object per line. `make` is also told when the
 * line is known to hold only printable ASCII and tabs (false: not known), which the splitter
 * learns from one search per stretch of plain text instead of one test per line.
 */
export class LineSplitter<T> {
  private no = 1;
  /** The unfinished last line of the text pushed so far. */
  private pending = '';
  /** The previous piece ended on CR: a LF opening the next piece belongs to it. */
  private afterCR = false;

  constructor(private readonly make: (no: number, raw: string, plain: boolean) => T) {}

  /** Appends the complete lines of `text` (joined to what came before) to `out`. */
  push(text: string, out: T[]): void {
    let start = 0;
    const n = text.length;
    if (this.afterCR && n > 0) {
      this.afterCR = false;
      if (text.charCodeAt(0) === 10) start = 1;
    }
    // indexOf is a native scan. The next CR, VT and FF (see PLAIN_RUN) are looked up by nextOf;
    // so is the next character that is not plain ASCII, the first of the three searches' ends.
    let nextCR = text.indexOf('\r', start);
    let nextVT = text.indexOf('\v', start);
    let nextFF = text.indexOf('\f', start);
    let notPlain = -1;
    for (;;) {
      nextCR = nextOf(text, '\r', start, nextCR);
      const nextLF = text.indexOf('\n', start);
      const i = nextCR === -1 ? nextLF : nextLF === -1 ? nextCR : Math.min(nextLF, nextCR);
      if (i === -1) break;
      if (notPlain < start) {
        // A line opening with a control (framing: `<ENQ><ENQ><ENQ>`, `<SYN><SYN><SOH>`) is not
        // plain, and the search waits for the next line. (i >= start: charCodeAt stays in the text.)
        const first = text.charCodeAt(start);
        if (first < 32 && first !== 9 && first !== 10 && first !== 13) notPlain = start;
        else {
          nextVT = nextOf(text, '\v', start, nextVT);
          nextFF = nextOf(text, '\f', start, nextFF);
          notPlain = before(before(runEnd(text, start), nextVT), nextFF);
        }
      }
      const piece = text.slice(start, i);
      // An indexed store, not out.push, as in StoryReader.take (src/pipeline/parse.ts).
      if (this.pending === '') out[out.length] = this.make(this.no++, piece, i <= notPlain);
      else out[out.length] = this.make(this.no++, this.pending + piece, false);
      this.pending = '';
      start = i + 1;
      if (i === nextCR) {
        if (start === n) this.afterCR = true;
        else if (text.charCodeAt(start) === 10) start++;
      }
    }
    if (start < n) this.pending += text.slice(start);
  }

  /** Appends the last line: a final line without a newline is still a line. */
  end(out: T[]): void {
    if (this.pending !== '') out.push(this.make(this.no++, this.pending, false));
    this.pending = '';
  }
}
