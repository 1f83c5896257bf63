/**
 * text → lines. Splits on LF, CRLF and lone CR (all three occur, mixed, in feed captures) and
 * keeps every character of every line, control characters included: framing is read later.
 * `LineSplitter` takes the text in pieces (a stream decoded chunk by chunk); `splitLines` is the
 * same splitter over one whole text, giving each line's number and text.
 */

export interface RawLine {
  /** 1-based line number in the source. */
  no: number;
  /** The line without its end-of-line sequence. */
  raw: string;
}

/**
 * Splits text into lines made by `make` from each line's number and text: the parser makes its
 * Line objects directly, without an intermediate object per line.
 */
export class LineSplitter<T> {
  private no = 1;
  /** The unfinished last line of the text pushed so far. */
  private pending = '';
  /** The previous piece ended on CR: a LF opening the next piece belongs to it. */
  private afterCR = false;

  constructor(private readonly make: (no: number, raw: string) => T) {}

  /** Appends the complete lines of `text` (joined to what came before) to `out`. */
  push(text: string, out: T[]): void {
    let start = 0;
    const n = text.length;
    if (this.afterCR && n > 0) {
      this.afterCR = false;
      if (text.charCodeAt(0) === 10) start = 1;
    }
    // indexOf is a native scan; the next CR is looked up again only once the walk has passed it,
    // so text without CR costs one search for it, not one per line.
    let nextCR = text.indexOf('\r', start);
    for (;;) {
      if (nextCR !== -1 && nextCR < start) nextCR = text.indexOf('\r', start);
      const nextLF = text.indexOf('\n', start);
      const i = nextCR === -1 ? nextLF : nextLF === -1 ? nextCR : Math.min(nextLF, nextCR);
      if (i === -1) break;
      const piece = text.slice(start, i);
      out.push(this.make(this.no++, this.pending === '' ? piece : this.pending + piece));
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
    if (this.pending !== '') out.push(this.make(this.no++, this.pending));
    this.pending = '';
  }
}

export function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  const splitter = new LineSplitter((no, raw): RawLine => ({ no, raw }));
  splitter.push(text, lines);
  splitter.end(lines);
  return lines;
}
