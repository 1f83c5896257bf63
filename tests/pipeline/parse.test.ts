import { describe, expect, it } from 'vitest';
import { parseBytes, parseText } from '../../src/pipeline/parse.js';

describe('parse: empty input', () => {
  it('an empty text or file holds no story', () => {
    expect(parseText('')).toEqual([]);
    expect(parseBytes(new Uint8Array(0))).toEqual([]);
  });
  it('a text of one blank line is still read', () => {
    expect(parseText('\n\n')).toHaveLength(1);
  });
});
