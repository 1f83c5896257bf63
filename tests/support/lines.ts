/** A whole text split as the parser splits it (LineSplitter), for tests that start from lines. */
import { LineSplitter } from '../../src/text/split-lines.js';

export interface RawLine {
  no: number;
  raw: string;
}

function split<T>(text: string, make: (no: number, raw: string, plain: boolean) => T): T[] {
  const out: T[] = [];
  const splitter = new LineSplitter(make);
  splitter.push(text, out);
  splitter.end(out);
  return out;
}

/** Each line's number and text. */
export const splitLines = (text: string): RawLine[] => split(text, (no, raw) => ({ no, raw }));
