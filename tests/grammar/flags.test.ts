import { describe, expect, it } from 'vitest';
import { isFlagLine, readFlags } from '../../src/grammar/flags.js';

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
    ['(LEAD) Rain floods the valley', ['LEAD']],
    ['(2nd LD) Rain floods the valley', ['2nd LD']],
    ['REFILE-UPDATE 2-Markets slip', ['REFILE', 'UPDATE 2']],
    ['Urgent: Quake shakes coast', ['Urgent']],
    ['China Focus: Tea farmers go online', ['China Focus']],
    ['Markets slip', []],
  ])('%j: the flags are read and the headline keeps its words', (text, flags) => {
    expect(readFlags(text)).toEqual({ flags, headline: text });
  });
  it('flash stars are a transmission mark and leave the headline', () => {
    expect(readFlags('****** Central bank cuts rate')).toEqual({ flags: ['FLASH'], headline: 'Central bank cuts rate' });
  });
  it('a flag that is the whole text is not read as a flag of a headline', () => {
    expect(readFlags('(LEAD)')).toEqual({ flags: [], headline: '(LEAD)' });
  });
});
