import { describe, expect, it } from 'vitest';
import { isFlagLine, stripFlags } from '../../src/parts/flags.js';

describe('flags: whole-line flags', () => {
  it.each(['URGENT', 'FLASH', 'BULLETIN', '1ST LEAD', 'LEAD', 'Urgent:', '(LEAD)', '(2nd LD)', '(URGENT)', '(ATTN: sports editors)'])('%j is a flag line', (text) => {
    expect(isFlagLine(text)).toBe(true);
  });
  it.each(['(LEAD) Rain floods the valley', 'Leading the way', 'URGENT meeting called', '(Reuters)'])('%j is not', (text) => {
    expect(isFlagLine(text)).toBe(false);
  });
});

describe('flags: leading flags of a headline', () => {
  it.each([
    ['(LEAD) Rain floods the valley', ['LEAD'], 'Rain floods the valley'],
    ['(2nd LD) Rain floods the valley', ['2nd LD'], 'Rain floods the valley'],
    ['REFILE-UPDATE 2-Markets slip', ['REFILE', 'UPDATE 2'], 'Markets slip'],
    ['Urgent: Quake shakes coast', ['Urgent'], 'Quake shakes coast'],
    ['China Focus: Tea farmers go online', ['China Focus'], 'Tea farmers go online'],
    ['****** Central bank cuts rate', ['FLASH'], 'Central bank cuts rate'],
    ['Markets slip', [], 'Markets slip'],
  ])('%j', (text, flags, rest) => {
    expect(stripFlags(text)).toEqual({ flags, rest });
  });
  it('never strips a flag that is the whole text', () => {
    expect(stripFlags('(LEAD)')).toEqual({ flags: [], rest: '(LEAD)' });
  });
});
