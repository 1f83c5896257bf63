import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/pipeline/parse.js';

const codes = (text: string) => parseText(text).map((s) => s.warnings.map((w) => [w.code, w.line]).filter(([c]) => c === 'unclosed-story' || c === 'text-after-footer'));

const STORY = 'Harbour cranes to run on shore power\nBUSAN, March 3, 2025 (Yonhap) -- The port authority said so.\n';

describe('continuity warnings', () => {
  it('a story without the end marker its neighbours carry is unclosed', () => {
    expect(codes(`${STORY}(END)\n${STORY}(END)\n${STORY}`)).toEqual([[], [], [['unclosed-story', 8]]]);
  });
  it('a single story, or a file without end markers, is never unclosed', () => {
    expect(codes(STORY)).toEqual([[]]);
    expect(codes(`1 of 2 DOCUMENTS\n${STORY}2 of 2 DOCUMENTS\n${STORY}`)).toEqual([[], []]);
  });
  it('a stray line after an end marker is text after the footer', () => {
    expect(codes(`${STORY}(END)\n\nleft over\n`)).toEqual([[], [['text-after-footer', 5]]]);
  });
  it('framed stories are left to the transmission warnings', () => {
    expect(codes(`\u0001a0001\n\u0002${STORY}(END)\n\u0003\n\u0001a0002\n\u0002${STORY}`)).toEqual([[], []]);
  });
});
