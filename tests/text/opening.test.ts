import { describe, expect, it } from 'vitest';
import { firstCode, hasNoSmallLetter, lastCode, openingChar, trimmed } from '../../src/text/opening.js';

describe('opening: the characters a line is first judged by', () => {
  it('reads the first and last character codes, -1 for an empty text', () => {
    expect(firstCode('Seoul')).toBe(0x53);
    expect(lastCode('Seoul')).toBe(0x6c);
    expect(lastCode('기자')).toBe(0xc790);
    expect(firstCode('')).toBe(-1);
    expect(lastCode('')).toBe(-1);
  });

  it('reads the opening character after spaces and tabs only', () => {
    expect(openingChar(' \t ^Eds: note<')).toBe(0x5e);
    expect(openingChar('\u3000▲ caption')).toBe(0x3000);
    expect(openingChar(' \t ')).toBe(-1);
  });

  it('trims only a text that does not open and end with printable ASCII', () => {
    expect(trimmed('plain text.')).toBe('plain text.');
    expect(trimmed('    indented paragraph.')).toBe('indented paragraph.');
    expect(trimmed('\u00a0spaced\u00a0')).toBe('spaced');
  });

  it('tells a text without a lowercase letter in any script', () => {
    expect(hasNoSmallLetter('HARBOUR BRIDGE REOPENS - OFFICIAL')).toBe(true);
    expect(hasNoSmallLetter('G-7 TALKS, 1987')).toBe(true);
    expect(hasNoSmallLetter('')).toBe(true);
    expect(hasNoSmallLetter('Harbour bridge reopens')).toBe(false);
    expect(hasNoSmallLetter('HARBOUR BRIDGE REOPENs')).toBe(false);
    // Beyond ASCII: capitals and letters without case pass, a small letter of any script does not.
    expect(hasNoSmallLetter('ÉLECTIONS À MONTRÉAL')).toBe(true);
    expect(hasNoSmallLetter('서울 시장 선거')).toBe(true);
    expect(hasNoSmallLetter('ÉLECTIONS À MONTRéAL')).toBe(false);
    expect(hasNoSmallLetter('ВЫБОРЫ В МОСКВе')).toBe(false);
  });
});
