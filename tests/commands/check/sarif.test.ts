import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { FileReport } from '../../../src/commands/check/check.js';
import { reporter } from '../../../src/commands/check/reporters.js';

const schema = JSON.parse(readFileSync(new URL('../../support/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as object;
// The schema is draft-04; its language-tag pattern is written for JavaScript's non-Unicode regular
// expressions (a lone `]`), hence unicodeRegExp: false.
const { default: Ajv } = createRequire(import.meta.url)('ajv-draft-04') as typeof import('ajv-draft-04');
const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);

const reports: FileReport[] = [
  {
    file: 'wire/a b%.txt',
    stories: [{ index: 0, lines: { start: 1, end: 9 }, headline: null }],
    diagnostics: [
      { file: 'wire/a b%.txt', line: 3, level: 'warning', code: 'no-dateline', message: 'the body does not open with a dateline', story: 0 },
      { file: 'wire/a b%.txt', line: 1, level: 'error', code: 'missing-headline', message: 'story 1 (lines 1-9) has no headline', story: 0 },
    ],
  },
  { file: '/abs/olute.txt', stories: [], diagnostics: [{ file: '/abs/olute.txt', line: null, level: 'error', code: 'binary-input', message: 'binary', story: null }] },
  { file: '-', stories: [], diagnostics: [{ file: '-', line: null, level: 'warning', code: 'no-headline', message: 'no headline', story: null }] },
];
const summary = { files: 3, stories: 1, errors: 2, warnings: 2 };

function sarifOf(strict: boolean) {
  return JSON.parse(reporter('sarif', { strict, version: '9.8.7' }).end(reports, summary)) as {
    version: string;
    runs: { tool: { driver: { name: string; version: string; rules: { id: string }[] } }; results: Record<string, any>[] }[];
  };
}

describe('sarif reporter', () => {
  it('is valid SARIF 2.1.0 (the OASIS schema)', () => {
    const log = sarifOf(false);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
  });

  it('the schema check can fail: a result without a message is refused', () => {
    const log = sarifOf(false);
    delete log.runs[0]!.results[0]!.message;
    expect(validate(log)).toBe(false);
  });

  it('one rule per code, a result per diagnostic with its location', () => {
    const run = sarifOf(false).runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'wireparse', version: '9.8.7' });
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['no-dateline', 'missing-headline', 'binary-input', 'no-headline']);
    expect(run.results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['no-dateline', 0, 'warning'],
      ['missing-headline', 1, 'error'],
      ['binary-input', 2, 'error'],
      ['no-headline', 3, 'warning'],
    ]);
    expect(run.results[0]!.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'wire/a%20b%25.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } });
    expect(run.results[2]!.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'file:///abs/olute.txt' } });
    expect(run.results[3]!.locations).toBeUndefined();
  });

  it('with --strict, warnings are reported at the error level', () => {
    expect(sarifOf(true).runs[0]!.results.map((r) => r.level)).toEqual(['error', 'error', 'error', 'error']);
  });
});
