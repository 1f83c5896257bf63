import { describe, expect, it } from 'vitest';
import type { FileReport } from '../../../src/commands/check/check.js';
import { feedReport, reporter, reportRun, REPORTERS, type ReporterContext, type ReporterName } from '../../../src/commands/check/reporters.js';

const report: FileReport = {
  file: 'feed/a,b:c.txt',
  stories: [{ index: 0, lines: { start: 1, end: 4 }, headline: 'Lone \ud800 surrogate & <tag>' }],
  diagnostics: [
    { file: 'feed/a,b:c.txt', line: 2, level: 'warning', code: 'no-dateline', message: '100% sure\nnot', story: 0 },
    { file: 'feed/a,b:c.txt', line: null, level: 'error', code: 'binary-input', message: 'binary', story: null },
  ],
};
const summary = { files: 1, stories: 1, errors: 1, warnings: 1 };

describe('escaping, as each reporter writes it', () => {
  const one = (message: string, file = 'x.txt'): FileReport => ({
    file,
    stories: [],
    diagnostics: [{ file, line: null, level: 'error', code: 'binary-input', message, story: null }],
  });
  it('github: workflow command data and properties are percent-escaped, so no name forges a command', () => {
    expect(reporter('github', { strict: false }).file(one('100%\r\nnext', 'a,b:c%.txt'))).toBe('::error file=a%2Cb%3Ac%25.txt,title=wireparse binary-input::100%25%0D%0Anext\n');
  });
  it('junit: markup characters, and characters XML cannot hold become U+FFFD; attributes keep tabs and line breaks', () => {
    const xml = (message: string) => reporter('junit', { strict: false }).end([one(message)], { files: 1, stories: 0, errors: 1, warnings: 0 });
    expect(xml(`<a href="x">'&'</a>`)).toContain('message="&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;"');
    expect(xml('a\u0001b\u000bc\ud800d\udc00e\uffff')).toContain('message="a\ufffdb\ufffdc\ufffdd\ufffde\ufffd"');
    expect(xml('😀')).toContain('message="😀"');
    expect(xml('a\tb\r\nc')).toContain('message="a&#9;b&#13;&#10;c"');
  });
});

describe('reporters', () => {
  it('text: file:line: level: message [code], then the summary', () => {
    const text = reporter('text', { strict: false });
    expect(text.file(report) + text.end([report], summary)).toBe(
      'feed/a,b:c.txt:2: warning: 100% sure\nnot [no-dateline]\nfeed/a,b:c.txt: error: binary [binary-input]\n1 file, 1 story: 1 error, 1 warning\n',
    );
  });
  it('github: one command per diagnostic, escaped', () => {
    expect(reporter('github', { strict: false }).file(report)).toBe(
      '::warning file=feed/a%2Cb%3Ac.txt,line=2,title=wireparse no-dateline::100%25 sure%0Anot\n' +
        '::error file=feed/a%2Cb%3Ac.txt,title=wireparse binary-input::binary\n',
    );
  });
  it('junit: warnings fail only with strict', () => {
    const loose = reporter('junit', { strict: false }).end([report], summary);
    expect(loose).toContain('tests="2" failures="1"');
    expect(loose).toContain('<system-out>feed/a,b:c.txt:2: warning: 100% sure\nnot [no-dateline]\n</system-out>');
    expect(loose).toContain('name="story 1 (lines 1-4): Lone \ufffd surrogate &amp; &lt;tag&gt;"');
    const strict = reporter('junit', { strict: true }).end([report], summary);
    expect(strict).toContain('tests="2" failures="2"');
    expect(strict).toContain('<failure message="100% sure&#10;not" type="no-dateline">');
  });
  it('json: ok only when nothing fails', () => {
    expect(JSON.parse(reporter('json', { strict: false }).end([report], summary)).ok).toBe(false);
    const clean = { ...report, diagnostics: report.diagnostics.slice(0, 1) };
    expect(JSON.parse(reporter('json', { strict: false }).end([clean], summary)).ok).toBe(true);
    expect(JSON.parse(reporter('json', { strict: true }).end([clean], summary)).ok).toBe(false);
  });
});

/** A file of `n` stories with a warning each and, every third one, an error too; a file-wide warning first. */
function manyStories(file: string, n: number): FileReport {
  const report: FileReport = { file, stories: [], diagnostics: [{ file, line: null, level: 'warning', code: 'mixed-encoding', message: 'file-wide', story: null }] };
  for (let i = 0; i < n; i++) {
    report.stories.push({ index: i, lines: { start: 2 * i + 1, end: 2 * i + 2 }, headline: i % 2 === 0 ? `Headline ${i} "quoted" \u00e9` : null });
    report.diagnostics.push({ file, line: 2 * i + 1, level: 'warning', code: 'no-body', message: `story ${i} has no body`, story: i });
    if (i % 3 === 0) report.diagnostics.push({ file, line: 2 * i + 2, level: 'error', code: 'missing-dateline', message: `story ${i + 1} has no dateline`, story: i });
  }
  return report;
}

function summaryOf(reports: FileReport[]) {
  const all = reports.flatMap((r) => r.diagnostics);
  return { files: reports.length, stories: reports.reduce((n, r) => n + r.stories.length, 0), errors: all.filter((d) => d.level === 'error').length, warnings: all.filter((d) => d.level !== 'error').length };
}

/** The whole output of a run over the reports, each fed as the check feeds it. */
function runOver(name: ReporterName, reports: FileReport[], ctx: ReporterContext = { strict: false, version: '1.2.3' }): string {
  const run = reportRun(name, ctx);
  let out = '';
  for (const report of reports) {
    const writer = run.open(report.file);
    feedReport(writer, report);
    for (const piece of writer.close()) out += piece;
  }
  for (const piece of run.end(summaryOf(reports))) out += piece;
  return out;
}

// Reports large enough that what waits for the end of an input or of the run goes through a
// temporary file (the spool keeps 64 Ki characters in memory), beside small and empty ones.
const big = [manyStories('wire/one.txt', 4000), { file: 'empty.txt', stories: [], diagnostics: [] }, manyStories('/abs/two.txt', 3000), report];

describe('reports written as inputs are read', () => {
  it('json: the document JSON.stringify makes of the whole reports, byte for byte', () => {
    for (const strict of [false, true]) {
      for (const reports of [big, [], [big[1]!]]) {
        const ok = !reports.some((r) => r.diagnostics.some((d) => d.level === 'error' || strict));
        expect(runOver('json', reports, { strict })).toBe(`${JSON.stringify({ ok, strict, summary: summaryOf(reports), files: reports }, null, 2)}\n`);
      }
    }
  });

  it('text and github: each file its lines in order, then the summary', () => {
    const text = runOver('text', big);
    const lines = text.split('\n');
    // A line per diagnostic (one message holds a line break), the summary, and the empty end.
    expect(lines).toHaveLength(big.reduce((n, r) => n + r.diagnostics.length, 0) + 3);
    expect(lines[1]).toBe('wire/one.txt:1: warning: story 0 has no body [no-body]');
    expect(lines.at(-2)).toBe('4 files, 7001 stories: 2335 errors, 7003 warnings');
    // github escapes the line break of a message, and has no summary.
    const github = runOver('github', big).split('\n');
    expect(github).toHaveLength(lines.length - 2);
    expect(github[1]).toBe('::warning file=wire/one.txt,line=1,title=wireparse no-body::story 0 has no body');
  });

  it('sarif: laid out as JSON.stringify lays it out, a result per diagnostic with its rule', () => {
    const out = runOver('sarif', big);
    const log = JSON.parse(out);
    expect(out).toBe(`${JSON.stringify(log, null, 2)}\n`);
    const all = big.flatMap((r) => r.diagnostics);
    const { rules } = log.runs[0].tool.driver;
    const { results } = log.runs[0];
    expect(rules.map((r: { id: string }) => r.id)).toEqual(['mixed-encoding', 'no-body', 'missing-dateline', 'no-dateline', 'binary-input']);
    expect(results).toHaveLength(all.length);
    results.forEach((r: { ruleId: string; ruleIndex: number; message: { text: string } }, i: number) => {
      expect(r.ruleId).toBe(all[i]!.code);
      expect(rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.message.text).toBe(all[i]!.message);
    });
    expect(runOver('sarif', [])).toBe(`${JSON.stringify(JSON.parse(runOver('sarif', [])), null, 2)}\n`);
    expect(JSON.parse(runOver('sarif', [])).runs[0].results).toEqual([]);
  });

  it('junit: a case per story holding its diagnostics, a file case first, counts that add up', () => {
    const xml = runOver('junit', big);
    expect(xml).toContain('<testsuites name="wireparse check" tests="7005" failures="2335" errors="0" time="0">');
    expect(xml).toContain('<testsuite name="wire/one.txt" tests="4001" failures="1334" errors="0" skipped="0" time="0">\n    <testcase name="file" classname="wire/one.txt" time="0">');
    expect(xml).toContain('<testsuite name="empty.txt" tests="1" failures="0" errors="0" skipped="0" time="0">\n    <testcase name="file" classname="empty.txt" time="0"/>\n  </testsuite>');
    const cases = [...xml.matchAll(/<testcase name="story (\d+) \(lines (\d+)-\d+\)[^"]*" classname="wire\/one\.txt" time="0">\n([\s\S]*?) {4}<\/testcase>/g)];
    expect(cases).toHaveLength(4000);
    cases.forEach((m, i) => {
      expect(Number(m[1])).toBe(i + 1);
      expect(m[3]).toContain(`story ${i} has no body`);
      expect(m[3]!.includes('<failure message=')).toBe(i % 3 === 0);
    });
    expect(xml.endsWith('  </testsuite>\n</testsuites>\n')).toBe(true);
  });

  it('an input dropped half-way (it failed) leaves nothing behind, not even its rules', () => {
    const replaced = { file: 'wire/one.txt', stories: [], diagnostics: [{ file: 'wire/one.txt', line: null, level: 'error' as const, code: 'binary-input', message: 'binary', story: null }] };
    for (const name of REPORTERS) {
      const run = reportRun(name, { strict: false, version: '1.2.3' });
      let out = '';
      const first = run.open('wire/one.txt');
      feedReport(first, big[0]!);
      first.abort();
      const writer = run.open('wire/one.txt');
      feedReport(writer, replaced);
      for (const piece of writer.close()) out += piece;
      for (const piece of run.end(summaryOf([replaced]))) out += piece;
      expect(out, name).toBe(runOver(name, [replaced]));
      expect(out, name).not.toContain('no-body');
    }
  });
});
