/**
 * text → lines. Splits on LF, CRLF and lone CR (all three occur, mixed, in feed captures) and
 * keeps every character of every line, control characters included: framing is read later.
 */

export interface RawLine {
  /** 1-based line number in the source. */
  no: number;
  /** The line without its end-of-line sequence. */
  raw: string;
}

export function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  let no = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ no: no++, raw: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  // A final line without a newline is still a line; a trailing newline does not open a new one.
  if (start < n) lines.push({ no, raw: text.slice(start) });
  return lines;
}
