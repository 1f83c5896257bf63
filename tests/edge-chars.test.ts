/**
 * The last-character reader that gates the glued end markers (src/profiles/edge-chars.ts): what
 * it claims must hold for every text a pattern matches, and it must not claim what it cannot know.
 */
import { describe, expect, it } from 'vitest';
import { lastChars, lastCharsOfAll } from '../src/profiles/edge-chars.js';
import { PROFILES } from '../src/profiles/index.js';

/** Every string over `alphabet` up to `length` characters. */
function strings(alphabet: string, length: number): string[] {
  let level = [''];
  const all = [''];
  for (let n = 0; n < length; n++) {
    level = level.flatMap((s) => [...alphabet].map((c) => s + c));
    all.push(...level);
  }
  return all;
}

const KNOWN: [RegExp, string][] = [
  [/(?:a|b)$/, 'ab'],
  [/ab{0,2}$/, 'ab'],
  [/[a-c\d]$/, 'abc0123456789'],
  [/x(?:y|z?)\.?$/i, '.xXyYzZ'],
  [/(?<=\s)\(A\)$/, ')'],
  [/a(?=b)$|c$/, 'ac'],
  [/\bab\b$/, 'b'],
  [/[（(]完[）)]$/, '）)'],
];

describe('lastChars', () => {
  it('reads the last characters of patterns anchored at the end', () => {
    for (const [pattern, chars] of KNOWN) expect([...lastChars(pattern)!].sort().join(''), String(pattern)).toBe([...chars].sort().join(''));
  });

  it('answers null for what it cannot know', () => {
    for (const pattern of [/a|b$/, /a?$/, /[^a]$/, /\p{L}$/u, /k$/iu, /é$/i, /x{0}$/, /a.$/, /a\s$/, /a$/m, /(a)\1$/, /a/]) {
      expect(lastChars(pattern), String(pattern)).toBeNull();
    }
  });

  it('claims only characters that matches end with', () => {
    const texts = strings('abcxyzXY(). 1', 4);
    const patterns = [/(?:a|b)$/, /ab{0,2}$/, /[a-c\d]$/, /x(?:y|z?)\.?$/i, /(?<=\s)\(a\)$/, /a(?:b|(?:c|x?)y{1,2})$/, /(?:ab|x?)\)$/i, ...PROFILES.flatMap((p) => p.gluedEnd)];
    for (const pattern of patterns) {
      const chars = lastChars(pattern);
      if (chars === null) continue;
      for (const text of texts) if (pattern.test(text)) expect(chars.has(text.charAt(text.length - 1)), `${String(pattern)} on ${JSON.stringify(text)}`).toBe(true);
    }
  });

  it('gates the profiles’ glued end markers', () => {
    expect(lastCharsOfAll(PROFILES.flatMap((p) => p.gluedEnd))).not.toBeNull();
  });
});
