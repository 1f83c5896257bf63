/**
 * How `wireparse check` reports: `text` for people (coloured on a terminal), `json` for programs,
 * `github` for workflow annotations, `junit` for the test-report importers of CI systems and
 * `sarif` for code-scanning viewers (sarif.ts). A reporter may print each
 * file as soon as it is checked (`file`) and closes the report once every file is in (`end`).
 */
import { printable } from '../printable.js';
import { FileSpool } from '../spool.js';
import type { CheckSummary, Diagnostic, FileReport, StoryReport } from './check.js';
import { sarifRun } from './sarif.js';
import { JsonItems } from './spooled.js';

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

/**
 * One input's report as it is made: its stories and diagnostics in the order the check finds them
 * (a story, then its diagnostics). What a report keeps of them waits in a spool (memory up to a
 * bound, then a temporary file), so that a million stories cost what one does; none of it is
 * written before the input ends, since an input that fails half-way (a story too long to read)
 * is reported by its problem alone.
 */
export interface FileWriter {
  story(story: StoryReport): void;
  diagnostic(d: Diagnostic): void;
  /** The input is done: what to write now (text and github print each input as it ends). */
  close(): Iterable<string>;
  /** The input's report is replaced by another (its input failed): what was kept is dropped. */
  abort(): void;
}

/** A run of the reporter over every input, each opened, fed and closed in input order. */
export interface ReportRun {
  /** Whether reports list their stories (the json and junit reporters show them). */
  listsStories: boolean;
  open(file: string): FileWriter;
  /** Every input is in: the rest of the report. */
  end(summary: CheckSummary): Iterable<string>;
}

/** The reporter as whole reports in and text out (the library's, and the tests'). */
export interface Reporter {
  /** Whether `end` needs every file's report (and reports list their stories). */
  keepsReports: boolean;
  file(report: FileReport): string;
  end(reports: readonly FileReport[], summary: CheckSummary): string;
}

/**
 * Feeds a whole report in the order the check finds its parts: each story before the diagnostics
 * that follow it, diagnostics in their order (a reporter that groups them by story, junit, takes
 * a story's from those that come after it).
 */
export function feedReport(writer: Pick<FileWriter, 'story' | 'diagnostic'>, report: FileReport): void {
  let next = 0;
  for (const d of report.diagnostics) {
    if (d.story !== null) while (next < report.stories.length && report.stories[next]!.index <= d.story) writer.story(report.stories[next++]!);
    writer.diagnostic(d);
  }
  while (next < report.stories.length) writer.story(report.stories[next++]!);
}

/** Renders whole reports with a run, as the `Reporter` of old did. */
function wholeReports(start: () => ReportRun): Reporter {
  const keepsReports = start().listsStories;
  const render = (run: ReportRun, report: FileReport): string => {
    const writer = run.open(report.file);
    feedReport(writer, report);
    return [...writer.close()].join('');
  };
  return {
    keepsReports,
    file: (report) => (keepsReports ? '' : render(start(), report)),
    end: (reports, summary) => {
      const run = start();
      if (keepsReports) for (const report of reports) render(run, report);
      return [...run.end(summary)].join('');
    },
  };
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

/** A reporter that prints each input's diagnostics, a line each, as the input ends. */
function linesRun(line: (d: Diagnostic) => string, end: (summary: CheckSummary) => string): ReportRun {
  return {
    listsStories: false,
    open: () => {
      const lines = new FileSpool();
      return {
        story: () => {},
        diagnostic: (d) => lines.add(line(d)),
        close: () => lines.drain(),
        abort: () => lines.discard(),
      };
    },
    end: (summary) => [end(summary)],
  };
}

function textRun(ctx: ReporterContext): ReportRun {
  const paint = ctx.color === true ? ansi : plain;
  return linesRun(
    (d) => textLine(d, paint),
    (s) => {
      const errors = plural(s.errors, 'error');
      const warnings = plural(s.warnings, 'warning');
      return `${plural(s.files, 'file')}, ${s.stories} ${s.stories === 1 ? 'story' : 'stories'}: ${s.errors > 0 ? paint('red', errors) : errors}, ${s.warnings > 0 ? paint('yellow', warnings) : warnings}\n`;
    },
  );
}

// -- json: one document ---------------------------------------------------------------------------

/**
 * `{ ok, strict, summary, files: [...] }` as JSON.stringify(…, null, 2) writes it: the files
 * wait in a spool, each written there as it ends, since `ok` and the summary come first.
 */
function jsonRun(ctx: ReporterContext): ReportRun {
  const files = new FileSpool();
  let count = 0;
  let ok = true;
  return {
    listsStories: true,
    open: (file) => {
      // A file is an item of `files` (depth 2); its stories and diagnostics are items one level deeper.
      const stories = new JsonItems(4);
      const diagnostics = new JsonItems(4);
      let failing = false;
      return {
        story: (story) => stories.add(story),
        diagnostic: (d) => {
          failing ||= fails(d, ctx);
          diagnostics.add(d);
        },
        close: () => {
          ok &&= !failing;
          files.add(`${count++ === 0 ? '' : ',\n'}    {\n      "file": ${JSON.stringify(file)},\n      "stories": `);
          stories.moveTo(files);
          files.add(',\n      "diagnostics": ');
          diagnostics.moveTo(files);
          files.add('\n    }');
          return [];
        },
        abort: () => {
          stories.discard();
          diagnostics.discard();
        },
      };
    },
    end: function* (summary) {
      const head = JSON.stringify({ ok, strict: ctx.strict, summary, files: [] }, null, 2);
      if (count === 0) {
        yield `${head}\n`;
        return;
      }
      yield `${head.slice(0, -'[]\n}'.length)}[\n`;
      yield* files.drain();
      yield '\n  ]\n}\n';
    },
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

const githubRun = (): ReportRun => linesRun(githubLine, () => '');

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

function caseName(story: StoryReport): string {
  const span = story.lines.start === story.lines.end ? `line ${story.lines.start}` : `lines ${story.lines.start}-${story.lines.end}`;
  return `story ${story.index + 1} (${span})${story.headline ? `: ${story.headline.slice(0, 80)}` : ''}`;
}

/**
 * A suite per file: a `file` case first (when the file has file-wide problems, or no story), then
 * a case per story with that story's diagnostics. The suites wait in a spool for the totals that
 * open the report; a suite's story cases wait in another for the counts that open the suite.
 */
function junitRun(ctx: ReporterContext): ReportRun {
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
  const suites = new FileSpool();
  let tests = 0;
  let failures = 0;
  return {
    listsStories: true,
    open: (file) => {
      const fileLevel: Diagnostic[] = [];
      const cases = new FileSpool();
      let stories = 0;
      let failed = 0;
      let current: (TestCase & { index: number }) | null = null;
      const endCase = () => {
        if (current === null) return;
        if (current.diagnostics.some((d) => fails(d, ctx))) failed++;
        cases.add(testCaseXml(file, current));
        current = null;
      };
      return {
        story: (story) => {
          endCase();
          stories++;
          current = { name: caseName(story), diagnostics: [], index: story.index };
        },
        diagnostic: (d) => {
          if (d.story === null) fileLevel.push(d);
          // A story's diagnostics follow it; one of a story the report does not list is in no case.
          else if (current !== null && current.index === d.story) current.diagnostics.push(d);
        },
        close: () => {
          endCase();
          let count = stories;
          let head = '';
          if (fileLevel.length > 0 || stories === 0) {
            const tc = { name: 'file', diagnostics: fileLevel };
            count++;
            if (tc.diagnostics.some((d) => fails(d, ctx))) failed++;
            head = testCaseXml(file, tc);
          }
          tests += count;
          failures += failed;
          suites.add(`  <testsuite name="${escapeXmlAttribute(file)}" tests="${count}" failures="${failed}" errors="0" skipped="0" time="0">\n${head}`);
          for (const piece of cases.drain()) suites.add(piece);
          suites.add('  </testsuite>\n');
          return [];
        },
        abort: () => cases.discard(),
      };
    },
    end: function* () {
      yield '<?xml version="1.0" encoding="UTF-8"?>\n' + `<testsuites name="wireparse check" tests="${tests}" failures="${failures}" errors="0" time="0">\n`;
      yield* suites.drain();
      yield '</testsuites>\n';
    },
  };
}

/** A run of the named reporter. */
export function reportRun(name: ReporterName, ctx: ReporterContext): ReportRun {
  switch (name) {
    case 'text':
      return textRun(ctx);
    case 'json':
      return jsonRun(ctx);
    case 'github':
      return githubRun();
    case 'junit':
      return junitRun(ctx);
    case 'sarif':
      return sarifRun(ctx.version ?? '0.0.0', (d) => fails(d, ctx));
  }
}

/** The named reporter over whole reports. */
export function reporter(name: ReporterName, ctx: ReporterContext): Reporter {
  return wholeReports(() => reportRun(name, ctx));
}
