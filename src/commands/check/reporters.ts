/**
 * How `wireparse check` reports: `text` for people (coloured on a terminal), `json` for programs,
 * `github` for workflow annotations, `junit` for the test-report importers of CI systems and
 * `sarif` for code-scanning viewers (sarif.ts). A reporter may print each
 * file as soon as it is checked (`file`) and closes the report once every file is in (`end`).
 */
import { printable } from '../printable.js';
import type { CheckSummary, Diagnostic, FileReport } from './check.js';
import { renderSarif } from './sarif.js';

export const REPORTERS = ['text', 'json', 'github', 'junit', 'sarif'] as const;
export type ReporterName = (typeof REPORTERS)[number];

export interface ReporterContext {
  /** Whether warnings fail the run (`--strict`). */
  strict: boolean;
  /** Colour the text report (a terminal, or --color=always). */
  color?: boolean;
  /** The version the SARIF report names. */
  version?: string;
}

export interface Reporter {
  /** Whether `end` needs every file's report (and reports list their stories). */
  keepsReports: boolean;
  file(report: FileReport): string;
  end(reports: readonly FileReport[], summary: CheckSummary): string;
}

/** Whether a diagnostic fails the run. */
export function fails(d: Diagnostic, ctx: ReporterContext): boolean {
  return d.level === 'error' || ctx.strict;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// -- text: `file:line: level: message [code]` ------------------------------------------------------

/** SGR colours by name; the text reporter is loaded with `check`'s options, before chalk would be. */
const SGR = { bold: [1, 22], dim: [2, 22], red: [31, 39], yellow: [33, 39] } as const;
type Paint = (style: keyof typeof SGR, s: string) => string;
const plain: Paint = (_style, s) => s;
const ansi: Paint = (style, s) => `\x1b[${SGR[style][0]}m${s}\x1b[${SGR[style][1]}m`;

function textLine(d: Diagnostic, paint: Paint = plain): string {
  const file = printable(d.file);
  const where = d.line === null ? file : `${file}:${d.line}`;
  return `${paint('bold', where)}: ${paint(d.level === 'error' ? 'red' : 'yellow', d.level)}: ${d.message} ${paint('dim', `[${d.code}]`)}\n`;
}

function textReporter(ctx: ReporterContext): Reporter {
  const paint = ctx.color === true ? ansi : plain;
  return {
    keepsReports: false,
    file: (report) => report.diagnostics.map((d) => textLine(d, paint)).join(''),
    end: (_reports, s) => {
      const errors = plural(s.errors, 'error');
      const warnings = plural(s.warnings, 'warning');
      return `${plural(s.files, 'file')}, ${s.stories} ${s.stories === 1 ? 'story' : 'stories'}: ${s.errors > 0 ? paint('red', errors) : errors}, ${s.warnings > 0 ? paint('yellow', warnings) : warnings}\n`;
    },
  };
}

// -- json: one document ---------------------------------------------------------------------------

function jsonReporter(ctx: ReporterContext): Reporter {
  return {
    keepsReports: true,
    file: () => '',
    end: (reports, summary) =>
      `${JSON.stringify({ ok: !reports.some((r) => r.diagnostics.some((d) => fails(d, ctx))), strict: ctx.strict, summary, files: reports }, null, 2)}\n`,
  };
}

// -- github: workflow commands --------------------------------------------------------------------

/** Escapes the message of a workflow command (as @actions/core's `escapeData` does). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command (as @actions/core's `escapeProperty` does). */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function githubLine(d: Diagnostic): string {
  const props = d.file === '-' ? [] : [`file=${escapeProperty(d.file)}`];
  if (d.line !== null) props.push(`line=${d.line}`);
  props.push(`title=${escapeProperty(`wireparse ${d.code}`)}`);
  return `::${d.level} ${props.join(',')}::${escapeData(d.message)}\n`;
}

const github: Reporter = {
  keepsReports: false,
  file: (report) => report.diagnostics.map(githubLine).join(''),
  end: () => '',
};

// -- junit: one test suite per file, one test case per story ------------------------------------

function escapeXml(s: string): string {
  // Characters XML 1.0 cannot hold at all (C0 controls but tab, newline, carriage return; lone
  // surrogates; U+FFFE/U+FFFF) become U+FFFD: a report must stay well-formed whatever the input held.
  // eslint-disable-next-line no-control-regex
  const legal = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return legal.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** An attribute value: XML parsers turn a raw tab or line break in one into a space, a reference survives. */
function escapeXmlAttribute(s: string): string {
  return escapeXml(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

interface TestCase {
  name: string;
  diagnostics: Diagnostic[];
}

function testCases(report: FileReport): TestCase[] {
  const cases: TestCase[] = [];
  const fileLevel = report.diagnostics.filter((d) => d.story === null);
  if (fileLevel.length > 0 || report.stories.length === 0) cases.push({ name: 'file', diagnostics: fileLevel });
  for (const story of report.stories) {
    const span = story.lines.start === story.lines.end ? `line ${story.lines.start}` : `lines ${story.lines.start}-${story.lines.end}`;
    const name = `story ${story.index + 1} (${span})${story.headline ? `: ${story.headline.slice(0, 80)}` : ''}`;
    cases.push({ name, diagnostics: report.diagnostics.filter((d) => d.story === story.index) });
  }
  return cases;
}

function junitReporter(ctx: ReporterContext): Reporter {
  const testCaseXml = (file: string, tc: TestCase): string => {
    const failing = tc.diagnostics.filter((d) => fails(d, ctx));
    const passing = tc.diagnostics.filter((d) => !fails(d, ctx));
    const attrs = `name="${escapeXmlAttribute(tc.name)}" classname="${escapeXmlAttribute(file)}" time="0"`;
    if (tc.diagnostics.length === 0) return `    <testcase ${attrs}/>\n`;
    const failures = failing
      .map((d) => `      <failure message="${escapeXmlAttribute(d.message)}" type="${escapeXmlAttribute(d.code)}">${escapeXml(textLine(d))}</failure>\n`)
      .join('');
    const out = passing.length > 0 ? `      <system-out>${escapeXml(passing.map((d) => textLine(d)).join(''))}</system-out>\n` : '';
    return `    <testcase ${attrs}>\n${failures}${out}    </testcase>\n`;
  };
  return {
    keepsReports: true,
    file: () => '',
    end: (reports) => {
      let tests = 0;
      let failures = 0;
      const suites = reports.map((report) => {
        const cases = testCases(report);
        const failed = cases.filter((tc) => tc.diagnostics.some((d) => fails(d, ctx))).length;
        tests += cases.length;
        failures += failed;
        return (
          `  <testsuite name="${escapeXmlAttribute(report.file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0" time="0">\n` +
          cases.map((tc) => testCaseXml(report.file, tc)).join('') +
          '  </testsuite>\n'
        );
      });
      return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        `<testsuites name="wireparse check" tests="${tests}" failures="${failures}" errors="0" time="0">\n` +
        suites.join('') +
        '</testsuites>\n'
      );
    },
  };
}

export function reporter(name: ReporterName, ctx: ReporterContext): Reporter {
  switch (name) {
    case 'text':
      return textReporter(ctx);
    case 'json':
      return jsonReporter(ctx);
    case 'github':
      return github;
    case 'junit':
      return junitReporter(ctx);
    case 'sarif':
      return { keepsReports: true, file: () => '', end: (reports) => renderSarif(reports, ctx.version ?? '0.0.0', (d) => fails(d, ctx)) };
  }
}
