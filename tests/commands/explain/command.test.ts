/**
 * `wireparse explain`, run as a user runs it: every line of the input, with its part and the rule
 * that claimed it, as text or as JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../support/lines.js';
import { cli, ROOT } from '../../support/cli.js';

const ONE_PER_DIALECT = [
  'fixtures/dialects/anpa/ap-feed.txt',
  'fixtures/dialects/iptc/dpa-feed.txt',
  'fixtures/dialects/html/cms-export.txt',
  'fixtures/dialects/web/chrome-around-story.txt',
  'fixtures/dialects/plain/column-table.txt',
];
const SEED = join(ROOT, '../shared/seeds/000_a95147dc9d7304dd.txt');

interface JsonLine {
  no: number;
  story: number;
  part: string;
  rule: string;
  dialect: string;
  text: string;
}

function explainJson(path: string): { source: string; stories: number; lines: JsonLine[] } {
  const r = cli(['explain', '--json', path]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { source: string; stories: number; lines: JsonLine[] };
}

describe('wireparse explain', () => {
  for (const fixture of [...ONE_PER_DIALECT, ...(existsSync(SEED) ? [SEED] : [])]) {
    it(`lists every line of ${fixture.replace(/.*\/(?=[^/]+\/[^/]+$)/, '')} with a part and a rule`, () => {
      const doc = explainJson(fixture);
      const input = splitLines(readFileSync(isAbsolute(fixture) ? fixture : join(ROOT, fixture), 'latin1'));
      expect(doc.lines.map((l) => l.no)).toEqual(input.map((l) => l.no));
      for (const line of doc.lines) {
        expect(line.part, `line ${line.no}`).not.toBe('');
        expect(line.rule, `line ${line.no}`).not.toBe('');
      }
    });
  }

  it('names the rule of each kind of line: framing, dialect constructs, productions', () => {
    const byPart = (doc: { lines: JsonLine[] }, part: string) => new Set(doc.lines.filter((l) => l.part === part).map((l) => l.rule));
    const anpa = explainJson('fixtures/dialects/anpa/ap-feed.txt');
    expect(byPart(anpa, 'header')).toEqual(new Set(['framing']));
    expect(byPart(anpa, 'headline')).toEqual(new Set(['anpa-display']));
    expect(new Set(anpa.lines.map((l) => l.dialect))).toEqual(new Set(['anpa']));
    const web = explainJson('fixtures/seed-style/yonhap-web-captions.txt');
    expect(byPart(web, 'caption')).toEqual(new Set(['captions']));
    expect(byPart(web, 'slug')).toEqual(new Set(['display']));
    expect(byPart(web, 'footer')).toEqual(new Set(['footer']));
    expect(byPart(web, 'body')).toEqual(new Set(['body']));
  });

  it('prints a row per line, numbered, with the story header', () => {
    const r = cli(['explain', 'fixtures/seed-style/yonhap-web-captions.txt']);
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\s*\d+\s/.test(l));
    expect(rows).toHaveLength(splitLines(readFileSync(join(ROOT, 'fixtures/seed-style/yonhap-web-captions.txt'), 'utf8')).length);
    expect(r.stdout).toMatch(/story 0: dialect web, profile yonhap/);
    expect(rows[4]).toMatch(/^\s*5\s+slug\s+display\s+Arbor Day-Gangneung$/);
    // Not a terminal: no colour codes.
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('reads stdin, and says which input it cannot read while explaining the others', () => {
    const piped = cli(['explain', '--json'], { input: 'Gallery opens late\nOSLO, Jan 5 (Reuters) - The gallery opens late.\n' });
    expect(JSON.parse(piped.stdout).lines.map((l: JsonLine) => l.part)).toEqual(['headline', 'body']);
    const r = cli(['explain', 'no/such/file.txt', 'fixtures/seed-style/yonhap-web-captions.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no/such/file.txt: no such file');
    expect(r.stdout).toContain('story 0: dialect web');
  });
});
