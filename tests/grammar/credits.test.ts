import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/pipeline/parse.js';

const agencyOf = (text: string) => parseText(text)[0]!.agency;

describe('credits: the agency without a dateline', () => {
  it('from a copyright line', () => {
    expect(agencyOf('New bridge opens\nThe new bridge opened on Tuesday.\nCopyright 2026 The Associated Press. All rights reserved.\n')).toBe('AP');
  });
  it('from an e-mail at an agency domain', () => {
    expect(agencyOf('New ferry in service\nThe new ferry entered service on Monday.\nkarin.holm@tt.se\n')).toBe('TT');
  });
  it('from a byline credit', () => {
    expect(agencyOf('New ferry in service\nBy Jane Doe, Reuters\nThe new ferry entered service on Monday.\n')).toBe('Reuters');
  });
  it('not from a name inside a word, nor from the body', () => {
    expect(agencyOf('New ferry in service\nThe APT and CPR lines will link up, Reuters reported.\nIt opens in May.\n')).toBeNull();
  });
  it('the dateline still wins', () => {
    expect(agencyOf('New ferry in service\nOSLO, May 2 (Reuters) - The ferry entered service.\nCopyright 2026 The Associated Press.\n')).toBe('Reuters');
  });
});
