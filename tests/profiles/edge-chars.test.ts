/**
 * The edge-character readers that gate the glued end markers and the joined footer and byline
 * patterns (src/profiles/edge-chars.ts, any-of.ts): what they claim must hold for every text a
 * pattern matches, and they must not claim what they cannot know.
 */
import { describe, expect, it } from 'vitest';
import { anyOf } from '../../src/profiles/any-of.js';
import { COMMON_FOOTER } from '../../src/profiles/common.js';
import { firstChars, lastCharsOfAll, openingCode } from '../../src/profiles/edge-chars.js';
import { PROFILES } from '../../src/profiles/index.js';

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

/** The last characters of one pattern, through the gate of a list (the profiles' glued end markers). */
const lastChars = (pattern: RegExp) => lastCharsOfAll([pattern]);

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

const OPENING: [RegExp, string][] = [
  [/^(?:a|b)/, 'ab'],
  [/^a?b/, 'ab'],
  [/^[a-c\d]x$/, 'abc0123456789'],
  [/^(?:x|y)?\.?z/i, '.xXyYzZ'],
  [/^(?<=\s)\(A\)/, '('],
  [/^\b(?:ab|c)\b/, 'ac'],
  [/^[（(]完/, '（('],
];

/** Every footer rule, byline and glued end marker of the profiles. */
const PROFILE_PATTERNS = [
  ...COMMON_FOOTER.map((rule) => rule.line),
  ...PROFILES.flatMap((p) => [...p.footer.map((rule) => rule.line), ...p.agencyBylines, ...p.gluedEnd]),
];

describe('firstChars', () => {
  it('reads the opening characters of patterns anchored at the start', () => {
    for (const [pattern, chars] of OPENING) expect([...firstChars(pattern)!].sort().join(''), String(pattern)).toBe([...chars].sort().join(''));
  });

  it('answers null for what it cannot know', () => {
    for (const pattern of [/^a|b/, /a/, /^a?/, /^[^a]/, /^\p{L}/u, /^k/iu, /^é/i, /^x{0}/, /^.a/, /^\sa/, /^a/m, /^\1(a)/, /(?:^a)?b/]) {
      expect(firstChars(pattern), String(pattern)).toBeNull();
    }
  });

  it('claims only characters that matches start with', () => {
    const texts = strings('abcxyzXY(). 1', 4);
    const patterns = [...OPENING.map(([p]) => p), /^a(?:b|(?:c|x?)y{1,2})/, /^(?:ab|x?)\)/i, ...PROFILE_PATTERNS];
    for (const pattern of patterns) {
      const chars = firstChars(pattern);
      if (chars === null) continue;
      for (const text of texts) if (pattern.test(text)) expect(chars.has(text.charAt(0)), `${String(pattern)} on ${JSON.stringify(text)}`).toBe(true);
    }
  });

  it('knows the opening characters of most footer rules', () => {
    const known = PROFILE_PATTERNS.filter((p) => firstChars(p) !== null).length;
    expect(known).toBeGreaterThan(PROFILE_PATTERNS.length / 2);
  });
});

describe('openingCode', () => {
  it('reads control escapes as the characters they stand for', () => {
    expect(firstChars(/^\t {3}\S/)).toEqual(new Set(['\t']));
    expect(firstChars(/^[\r\n]x/)).toEqual(new Set(['\r', '\n']));
    expect(openingCode(/^\t {3}\S/)).toBe(9);
    expect(openingCode(/^\^x/)).toBe(0x5e);
  });

  it('refuses a pattern that opens with more than one character or with one it cannot tell', () => {
    expect(() => openingCode(/^[ab]x/)).toThrow(/one known character/);
    expect(() => openingCode(/^\sx/)).toThrow(/one known character/);
    expect(() => openingCode(/\tx/)).toThrow(/one known character/);
  });
});

describe('anyOf', () => {
  it('answers what testing each pattern answers', () => {
    const texts = [
      ...strings('aAr(c)é@ -.', 3),
      '', 'REUTER', 'Reuters', 'reuter...', '(c) 2024 Acme', '© Acme', 'Copyright 2024', 'All rights reserved.', 'jane.doe@example.com',
      '((jane.doe@example.com;))', 'abc/def', 'bur-abc/def', '(END)', '(끝)', '(Yonhap)', 'Enditem', '（完）', '-0-', '###', 'EFE ab/cd',
      'PTI AB CD', 'By Reuters', 'By The Associated Press', 'Jane Doe contributed reporting.', 'The dry period means the temporao will be late.',
      '    SALVADOR, Feb 26 - Showers continued', 'said. (ANI)', 'rose.  REUTER', 'Émile Zola', '日本', '\u00a0REUTER',
    ];
    const groups = [
      PROFILE_PATTERNS,
      COMMON_FOOTER.map((rule) => rule.line),
      PROFILES.flatMap((p) => p.agencyBylines),
      PROFILES.flatMap((p) => p.gluedEnd),
      PROFILES.flatMap((p) => p.captionCredits),
    ];
    for (const patterns of groups) {
      const test = anyOf(patterns);
      for (const text of texts) expect(test(text), JSON.stringify(text)).toBe(patterns.some((p) => p.test(text)));
    }
  });

  it('answers alike for patterns anchored at the end, read by their last character', () => {
    const endMarkers = PROFILES.flatMap((p) => [...p.gluedEnd, ...p.captionCredits]);
    const texts = [
      ...strings('m.)sR -', 3),
      'rose.  REUTER', 'rose.  Reuters...', 'rose. REUTER', 'the port. Enditem', 'the port. enditem.', 'said. (ANI)', 'said.(ANI)',
      'the bridge. (ANSA).', 'the bridge. (END)', 'the bridge. (끝)', '大桥通车。（完）', 'the talks. -0-', 'the talks -0-', 'a rise (*)',
      'Cranes in Incheon. (Yonhap)', 'Cranes in Incheon (AP Photo/Jane Roe)', 'Cranes in Incheon (Photo by Li Ming/Xinhua)', '다리 전경 [AP=연합뉴스]',
      'officials said on Tuesday.', 'by the end of the year', 'the (ACME) shares', '',
    ];
    const test = anyOf(endMarkers);
    for (const text of texts) expect(test(text), JSON.stringify(text)).toBe(endMarkers.some((p) => p.test(text)));
    // Look-behinds that open a pattern, with groups, classes holding `)` and escapes inside them.
    const lookbehinds = [/(?<=\s)\(A\)$/, /(?<=[)\]]x)y$/, /(?<=(?:a|bb)\))z$/, /(?<=\()q$|^w$/, /(?<!a)b$/, new RegExp(String.raw`(?<=[[\p{L}--[a-z]]])q$`, 'v')];
    const lookTest = anyOf(lookbehinds);
    for (const text of [...strings('ab)]xyz( q', 3), ' (A)', '.(A)', 'bb)z', 'c)z', '])xy', 'w', 'Qq', 'éq']) {
      expect(lookTest(text), JSON.stringify(text)).toBe(lookbehinds.some((p) => p.test(text)));
    }
    // Mixed with patterns anchored at the start, the text is read by its first character.
    const mixed = [...endMarkers, /^Harbour$/, /^Bridge\b/];
    const mixedTest = anyOf(mixed);
    for (const text of [...texts, 'Harbour', 'Bridge opens', 'Bridge opens. (END)']) {
      expect(mixedTest(text), JSON.stringify(text)).toBe(mixed.some((p) => p.test(text)));
    }
  });
});
