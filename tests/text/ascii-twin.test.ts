/**
 * ASCII twins of patterns (src/text/ascii-twin.ts): on ASCII text a twin must match exactly where
 * and what its pattern matches, or the parser would read ASCII copy differently from the rest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATELINE_FORMS } from '../../src/grammar/dateline/forms.js';
import { isAsciiText, TwinPattern } from '../../src/text/ascii-twin.js';

const ASCII = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/** The twin's source of a pattern (what asciiSource makes of it). */
const asciiSource = (source: string) => new TwinPattern(source, '').ascii.source;

/** The property classes the parser's patterns use: every one the table of src/text/ascii-twin.ts holds. */
const PROPERTIES = ['L', 'Lu', 'Ll', 'Lo', 'M', 'N', 'sc=Han'];

describe('the ASCII members of each property class', () => {
  it('are checked below for every class the table holds', () => {
    // The table is read off the source, so that a class added to it is not left unchecked.
    const source = readFileSync(new URL('../../src/text/ascii-twin.ts', import.meta.url), 'utf8');
    const table = /const ASCII_MEMBERS[^{]*\{([^}]*)\}/.exec(source)![1]!;
    const keys = [...table.matchAll(/^\s*'?([\w=]+)'?:/gm)].map((m) => m[1]);
    expect(keys.sort()).toEqual([...PROPERTIES].sort());
  });

  for (const property of PROPERTIES) {
    it(`the twin of \\p{${property}} and of [^\\p{${property}}] holds what the class holds of ASCII`, () => {
      for (const source of [`^\\p{${property}}$`, `^[\\p{${property}}]$`, `^[^\\p{${property}}]$`]) {
        const pattern = new TwinPattern(source, 'u');
        const differing = ASCII.filter((c) => pattern.unicode.test(c) !== pattern.ascii.test(c));
        expect(differing.map((c) => c.charCodeAt(0)), source).toEqual([]);
      }
    });
  }
});

describe('asciiSource', () => {
  it('replaces a class inside a class by its ranges, and outside one by a class', () => {
    expect(asciiSource(String.raw`^\p{Lu}[\p{L}\p{M}'.-]{0,30}`)).toBe(String.raw`^[A-Z][A-Za-z'.-]{0,30}`);
    expect(asciiSource(String.raw`[^\p{Ll}]*`)).toBe('[^a-z]*');
  });

  it('turns a class without ASCII members into one that matches nothing', () => {
    expect(asciiSource(String.raw`(\p{sc=Han}{2,4}社)`)).toBe('([]{2,4}社)');
    expect(new RegExp(asciiSource(String.raw`^\p{M}`), 'u').test('a')).toBe(false);
  });

  it('leaves every other escape as written, an escaped backslash included', () => {
    const source = String.raw`\(\d{1,2}\)\\p{L}\[x\]`;
    expect(asciiSource(source)).toBe(source);
  });

  it('refuses what it has no twin for', () => {
    expect(() => asciiSource(String.raw`\p{Sc}`)).toThrow(/no ASCII twin for \\p\{Sc\}/);
    expect(() => asciiSource(String.raw`\P{L}`)).toThrow(/no ASCII twin/);
  });
});

describe('isAsciiText', () => {
  it('is true for 0x00 to 0x7f only', () => {
    expect(isAsciiText('')).toBe(true);
    expect(isAsciiText(ASCII.join(''))).toBe(true);
    expect(isAsciiText('café')).toBe(false);
    expect(isAsciiText('a\u0080')).toBe(false);
  });
});

describe('TwinPattern', () => {
  it('runs the twin on ASCII text and the pattern as written on the rest', () => {
    const word = new TwinPattern(String.raw`^\p{L}+`, 'u');
    expect(word.for(true).exec('Seoul,')?.[0]).toBe('Seoul');
    expect(word.for(false).exec('Séoul,')?.[0]).toBe('Séoul');
    // What the twin gives up is only what ASCII text cannot hold.
    expect(word.for(true).exec('Séoul,')?.[0]).toBe('S');
    expect(word.unicode).toBe(word.for(false));
  });

  it('is one pattern for every text when the source holds no property class', () => {
    const plain = new TwinPattern(String.raw`^[A-Z]\d`, 'u');
    expect(plain.unicode).toBe(plain.ascii);
    expect(plain.test('B2')).toBe(true);
    expect(plain.test('É2')).toBe(false);
  });
});

/** ASCII lines to try the dateline forms on: the project's fixtures, and lines made of dateline parts. */
function asciiLines(): string[] {
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else for (const line of readFileSync(path, 'latin1').split('\n')) if (isAsciiText(line)) lines.push(line.trimStart());
    }
  };
  walk(new URL('../../fixtures/', import.meta.url).pathname);
  const parts = ['NEW YORK', 'Buenos Aires', 'OKLAHOMA CITY, Okla.', ',', ' ', '  ', 'Feb', 'Oct.', '26', '3rd', '1987', '(AP)', '(Reuters)', 'Reuter', '/TASS/', '.', '-', '--', '_', ':', '(x)', '[India]', 'Shares', 'rose', '*'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let n = 0; n < 3000; n++) {
    let line = '';
    for (let k = 2 + (next() % 9); k > 0; k--) line += parts[next() % parts.length];
    lines.push(line);
  }
  return lines;
}

describe('the dateline forms on ASCII text', () => {
  const lines = asciiLines();

  it('have fixture and made-up lines to be tried on', () => {
    expect(lines.length).toBeGreaterThan(3000);
  });

  it('match with the twin exactly as with the pattern as written', () => {
    const differing: string[] = [];
    let matched = 0;
    for (const form of DATELINE_FORMS) {
      for (const line of lines) {
        const written = form.pattern.unicode.exec(line);
        const twin = form.pattern.ascii.exec(line);
        if (written !== null) matched++;
        if (JSON.stringify(written) !== JSON.stringify(twin)) differing.push(`${form.name}: ${line}`);
      }
    }
    expect(differing).toEqual([]);
    // Not a vacuous agreement: datelines are among the lines.
    expect(matched).toBeGreaterThan(50);
  });

  it('read from the day on with the twin exactly as with the pattern as written', () => {
    const differing: string[] = [];
    for (const form of DATELINE_FORMS) {
      if (!form.fromDay) continue;
      for (const line of lines) {
        const at = line.search(/\d/);
        if (at < 0) continue;
        const [written, twin] = [form.fromDay.unicode, form.fromDay.ascii].map((re) => {
          re.lastIndex = at;
          return re.test(line);
        });
        if (written !== twin) differing.push(`${form.name}: ${line}`);
      }
    }
    expect(differing).toEqual([]);
  });
});
