import { describe, expect, it } from 'vitest';
import { readByline } from '../../src/grammar/byline.js';

describe('byline', () => {
  it.each([
    ['By Jane Roe', 'By Jane Roe'],
    ['  by Kim Min-ji, Reuters  ', 'by Kim Min-ji, Reuters'],
    ['By JANE ROE=', 'By JANE ROE'],
    ['(di Mario Rossi)', '(di Mario Rossi)'],
    ['Par Jean Dupont', 'Par Jean Dupont'],
  ])('%j is a byline', (text, expected) => {
    expect(readByline(text)).toEqual({ text: expected, agencyCredit: false });
  });
  it('an agency credit is marked as such', () => {
    expect(readByline('By The Associated Press')).toEqual({ text: 'By The Associated Press', agencyCredit: true });
    expect(readByline('By Reuters')?.agencyCredit).toBe(true);
  });
  it('a sentence that starts with "By" is not a byline', () => {
    expect(readByline('By noon the river had risen by more than two metres above the bank.')).toBeNull();
    expect(readByline(`By ${'far '.repeat(30)}`)).toBeNull();
  });
  it('ends in an initial without being a sentence', () => {
    expect(readByline('By Jane Q.')?.text).toBe('By Jane Q.');
  });
  it.each(['Bystanders watched', 'Jane Roe', 'By', ''])('%j is not a byline', (text) => {
    expect(readByline(text)).toBeNull();
  });
});
