import { describe, expect, it } from 'vitest';
import { CONTROL, has, toLine } from '../../src/lines/line.js';

const line = (raw: string) => toLine(7, raw);

describe('line: text', () => {
  it('removes framing controls and trailing white space, keeps the indent', () => {
    expect(line('\u0002   Body text \u0003  ')).toMatchObject({ no: 7, text: '   Body text', indent: 3, blank: false });
  });
  it('reads exotic spaces and line separators as plain spaces', () => {
    expect(line('a\u00a0b\u2009c\u3000d\u2028e').text).toBe('a b c d e');
  });
  it('keeps the raw line untouched', () => {
    expect(line('\u0001x\u007f').raw).toBe('\u0001x\u007f');
  });
});

describe('line: indent and blank', () => {
  it('a tab counts as four', () => {
    expect(line('\t  x').indent).toBe(6);
  });
  it('blank when only white space and controls remain', () => {
    expect(line('').blank).toBe(true);
    expect(line(' \t\u0002\u0003 ').blank).toBe(true);
    expect(line('\u00a0').blank).toBe(true);
    expect(line('.').blank).toBe(false);
  });
  it('indent, blank and controls are kept apart in one line', () => {
    const framed = line('\u0002\t\t x\u0003');
    expect([framed.indent, framed.blank, framed.controls]).toEqual([9, false, CONTROL.STX | CONTROL.ETX]);
    const empty = line('\u0003\u0004 ');
    expect([empty.indent, empty.blank, empty.controls]).toEqual([0, true, CONTROL.ETX | CONTROL.EOT]);
    const wide = line(`${' '.repeat(3000)}x\u0001`);
    expect([wide.indent, wide.blank, wide.controls]).toEqual([3000, false, CONTROL.SOH]);
  });
  it('an indent past a million columns counts as 2^20', () => {
    expect(line(`${'\t'.repeat(300_000)}x`).indent).toBe(2 ** 20);
  });
});

describe('line: control bits', () => {
  it.each([
    ['\u0001', CONTROL.SOH],
    ['\u0002', CONTROL.STX],
    ['\u0003', CONTROL.ETX],
    ['\u0004', CONTROL.EOT],
    ['\u0005', CONTROL.ENQ],
    ['\u0016', CONTROL.SYN],
    ['\u000c', CONTROL.FF],
    ['\u001f', CONTROL.OTHER],
    ['\u007f', CONTROL.OTHER],
  ])('%j sets its bit', (c, bit) => {
    const l = line(`a${c}b`);
    expect(l.controls).toBe(bit);
    expect(has(l, bit)).toBe(true);
  });
  it('tab is no control; several controls combine', () => {
    expect(line('a\tb').controls).toBe(0);
    expect(line('\u0016\u0016\u0001x\u001f').controls).toBe(CONTROL.SYN | CONTROL.SOH | CONTROL.OTHER);
  });
});
