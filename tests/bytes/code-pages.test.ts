/**
 * Each code page's fixture (fixtures/encodings/, written by its make-fixtures.mjs from the UTF-8
 * text kept there) read back to its text and named by its encoding: through parseBytes, and
 * through the built command line from a file and from stdin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/bytes/decode.js';
import { parseBytes } from '../../src/pipeline/parse.js';
import type { Story } from '../../src/schema/story.js';
import { cli, ROOT } from '../support/cli.js';
// @ts-expect-error: the fixture generator is plain JavaScript.
import { STORIES, storyText } from '../../fixtures/encodings/make-fixtures.mjs';

const stories = STORIES as Record<string, { encoding: string; lines: string[] }>;
const path = (name: string) => join(ROOT, 'fixtures/encodings', `${name}.txt`);
/** ISO-8859-1 text is read, and named, as Windows-1252: the same text for every printable byte. */
const reported = (encoding: string) => (encoding === 'iso-8859-1' ? 'windows-1252' : encoding);

/** The story holds its text: the headline, then the dateline, body and footer, in order (spaces aside). */
function expectText(story: Story, lines: string[]): void {
  const squeeze = (parts: string[]) => parts.join('').replace(/\s+/g, '');
  expect(story.headline).toBe(lines[0]);
  expect(squeeze([story.dateline?.text ?? '', ...story.body, ...(story.footer?.lines ?? [])])).toBe(squeeze(lines.slice(1)));
}

describe('code pages: fixtures', () => {
  for (const [name, { encoding, lines }] of Object.entries(stories)) {
    it(`${name} decodes to its text, named ${reported(encoding)}`, () => {
      const bytes = readFileSync(path(name));
      expect(decodeBytes(bytes)).toMatchObject({ text: storyText(name), encoding: reported(encoding), fellBack: true, doubts: [] });
      const parsed = parseBytes(bytes);
      expect(parsed).toHaveLength(1);
      expect(parsed[0]!.encoding).toBe(reported(encoding));
      expect(parsed[0]!.warnings.filter((w) => w.code.startsWith('encoding'))).toEqual([
        { code: 'encoding-fallback', message: `not valid UTF-8; decoded as ${reported(encoding)}`, line: null },
      ]);
      expectText(parsed[0]!, lines);
    });
  }
});

describe('code pages: the command line', () => {
  const names = Object.keys(stories);
  it('reads every fixture file to its text and encoding', () => {
    const run = cli(['-f', 'ndjson', ...names.map(path)]);
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Story);
    expect(out.map((s) => s.encoding)).toEqual(names.map((n) => reported(stories[n]!.encoding)));
    out.forEach((story, i) => expectText(story, stories[names[i]!]!.lines));
  });
  for (const name of names) {
    it(`reads ${name} from stdin alike`, () => {
      const run = cli(['-f', 'ndjson'], { input: readFileSync(path(name)) });
      expect(run.status).toBe(0);
      const story = JSON.parse(run.stdout) as Story;
      expect(story.encoding).toBe(reported(stories[name]!.encoding));
      expectText(story, stories[name]!.lines);
    });
  }
  it('takes a forced encoding by an alias, in any case, and refuses a name it does not read', () => {
    const run = cli(['-f', 'ndjson', '--encoding', 'SJIS', path('kyodo-shift_jis')]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ encoding: 'shift_jis', headline: stories['kyodo-shift_jis']!.lines[0] });
    const refused = cli(['--encoding', 'koi8-r', path('kyodo-shift_jis')]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/koi8-r/);
    expect(refused.stderr).toMatch(/windows-1251/);
  });
  it('says a wrong forced encoding: bytes the table lacks are undecodable-bytes', () => {
    const run = cli(['-f', 'ndjson', '--encoding', 'euc-jp', path('cna-big5')]);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Story).warnings.map((w) => w.code)).toContain('undecodable-bytes');
  });
});
