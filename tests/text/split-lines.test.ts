import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../src/text/split-lines.js';
import { splitLines } from '../support/lines.js';

const raws = (text: string) => splitLines(text).map((l) => l.raw);

describe('split lines', () => {
  it('splits on LF, CRLF and lone CR, mixed', () => {
    expect(raws('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });
  it('numbers lines from 1', () => {
    expect(splitLines('a\n\nb').map((l) => l.no)).toEqual([1, 2, 3]);
  });
  it('a trailing newline opens no line; a final line without one is kept', () => {
    expect(raws('a\n')).toEqual(['a']);
    expect(raws('a')).toEqual(['a']);
    expect(raws('')).toEqual([]);
    expect(raws('\n')).toEqual(['']);
  });
  it('CR CR LF is an empty line then a line end', () => {
    expect(raws('a\r\r\nb')).toEqual(['a', '', 'b']);
  });
  it('keeps control characters and other line separators inside lines', () => {
    expect(raws('\u0001a\u0002\u2028b\u000c\n')).toEqual(['\u0001a\u0002\u2028b\u000c']);
  });
  it('tells its maker which lines hold only printable ASCII and tabs, VT and FF not among them', () => {
    const lines = ['plain', '\tand tab', 'v\vt', 'after vt', 'f\ff', '', '\fopens with ff', '\u0001soh', 'caf\u00e9', 'del\u007f', 'last'];
    const splitter = new LineSplitter((_no, raw, plain) => [raw, plain] as const);
    const out: (readonly [string, boolean])[] = [];
    splitter.push(lines.join('\n') + '\r\nend\rx\v\n', out);
    splitter.end(out);
    expect(out).toEqual([
      ...lines.map((raw) => [raw, /^[\t\x20-\x7e]*$/.test(raw)]),
      ['end', true],
      ['x\v', false],
    ]);
  });
});
