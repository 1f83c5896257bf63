/**
 * `wireparse check`: parses every input and collects its problems as diagnostics instead of
 * printing stories. Nothing an input holds or lacks stops the run: each input ends as a file
 * report, whatever happened to it.
 */
import type { BytesOptions } from '../../pipeline/parse.js';
import { InputRefused } from '../../pipeline/stream.js';
import { inputStoryRuns, NotRegularFile, readProblem, runJobs, type Signals } from '../engine.js';
import { DEFAULT_WALK, expandInputs, type WalkOptions } from '../inputs.js';
import {
  describeCode,
  INPUT_PROBLEMS,
  levelOf,
  missingPartCode,
  WARNING_FOR_PART,
  type InputProblemCode,
  type Level,
  type RequirablePart,
} from '../../schema/warnings.js';
import type { Story } from '../../schema/story.js';

export interface Diagnostic {
  /** The path as given (`-` for stdin). */
  file: string;
  /** 1-based source line, or null when the problem is the file's as a whole. */
  line: number | null;
  level: Level;
  code: string;
  message: string;
  /** 0-based story index within the file, or null for a file-level problem. */
  story: number | null;
}

export interface StoryReport {
  index: number;
  lines: { start: number; end: number };
  headline: string | null;
}

export interface FileReport {
  file: string;
  stories: StoryReport[];
  diagnostics: Diagnostic[];
}

export interface CheckOptions {
  require: readonly RequirablePart[];
  parse: Omit<BytesOptions, 'source'>;
  /** Whether reports list their stories (the json and junit reporters show them). */
  listStories: boolean;
  /** Which files folder and glob arguments stand for. */
  walk?: WalkOptions;
  /**
   * A report holding more stories and diagnostics than this is not made whole: the job is handed
   * back (`handedBack`) to be read again where its report can be fed as it is read. Set for the
   * workers of a run that feeds its reports, whose results come back whole.
   */
  handBackAbove?: number;
}

export interface CheckSummary {
  files: number;
  stories: number;
  errors: number;
  warnings: number;
}

function inputProblem(file: string, code: InputProblemCode, message: string): Diagnostic {
  return { file, line: null, level: INPUT_PROBLEMS[code].level, code, message, story: null };
}

function hasPart(story: Story, part: RequirablePart): boolean {
  switch (part) {
    case 'body':
    case 'captions':
    case 'notes':
    case 'flags':
      return story[part].length > 0;
    case 'footer':
      return story.footer.lines.length > 0;
    default:
      return story[part] !== null;
  }
}

/** The diagnostics of one parsed story: its warnings, and an error per required part it lacks. */
function storyDiagnostics(file: string, story: Story, options: CheckOptions, fileWide: Set<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const replaced = new Set<string>(options.require.flatMap((part) => WARNING_FOR_PART[part] ?? []));
  for (const w of story.warnings) {
    if (replaced.has(w.code)) continue;
    if (describeCode(w.code)?.scope === 'file') {
      if (fileWide.has(w.code)) continue;
      fileWide.add(w.code);
      out.push({ file, line: w.line, level: levelOf(w.code), code: w.code, message: w.message, story: null });
      continue;
    }
    out.push({ file, line: w.line ?? story.lines.start, level: levelOf(w.code), code: w.code, message: w.message, story: story.index });
  }
  for (const part of options.require) {
    if (hasPart(story, part)) continue;
    const where = story.lines.start === story.lines.end ? `line ${story.lines.start}` : `lines ${story.lines.start}-${story.lines.end}`;
    out.push({
      file,
      line: story.lines.start,
      level: 'error',
      code: missingPartCode(part),
      message: `story ${story.index + 1} (${where}) has no ${part}`,
      story: story.index,
    });
  }
  return out;
}

/**
 * One input checked, and its number of stories (kept apart from the report, which may not list
 * them). `streamed`: its stories and diagnostics went to the feed checkJob was given as they came,
 * and the report holds none; otherwise the report is whole (and replaces what was fed, if anything).
 */
export interface CheckResult {
  report: FileReport;
  stories: number;
  streamed?: boolean;
  /** The report outgrew `handBackAbove` and was not made (the report is empty). */
  handedBack?: boolean;
}

/** Where checkJob hands an input's report piece by piece, in the order found: a story, then its diagnostics. */
export interface ReportFeed {
  story(story: StoryReport): void;
  diagnostic(d: Diagnostic): void;
}

/**
 * Reads and checks one input, story by story. Given a feed, it hands the report to it as it goes
 * and keeps none of it: what an input of a million stories holds at once is one story's.
 */
export async function checkJob(input: CheckJob, options: CheckOptions, feed?: ReportFeed): Promise<CheckResult> {
  const file = input.path;
  const report: FileReport = { file, stories: [], diagnostics: [] };
  const to: ReportFeed = feed ?? { story: (s) => report.stories.push(s), diagnostic: (d) => report.diagnostics.push(d) };
  const fileWide = new Set<string>();
  let count = 0;
  let blank = true;
  // Whether every story ends on line 1 (an empty input's one story does), whether listed or not:
  // the message for an input of white space must not depend on the reporter.
  let onFirstLine = true;
  const handBackAbove = feed === undefined ? (options.handBackAbove ?? Infinity) : Infinity;
  try {
    for await (const run of inputStoryRuns(file, options.parse)) {
      for (const story of run) {
        count++;
        blank &&= story.layout.every((entry) => entry.part === 'ignored' && entry.reason === 'blank');
        onFirstLine &&= story.lines.end <= 1;
        if (options.listStories) to.story({ index: story.index, lines: story.lines, headline: story.headline });
        for (const d of storyDiagnostics(file, story, options, fileWide)) to.diagnostic(d);
        if (report.stories.length + report.diagnostics.length > handBackAbove) return { report: { file, stories: [], diagnostics: [] }, stories: 0, handedBack: true };
      }
    }
  } catch (err) {
    const code = err instanceof InputRefused ? err.code : (err as NodeJS.ErrnoException).code !== undefined || err instanceof NotRegularFile ? 'unreadable-input' : 'parse-failure';
    const message = readProblem(err);
    return { report: { file, stories: [], diagnostics: [inputProblem(file, code === 'too-large' ? 'unreadable-input' : code, message)] }, stories: 0 };
  }
  if (blank) {
    const empty = count <= 1 && onFirstLine && input.size === 0;
    return { report: { file, stories: [], diagnostics: [inputProblem(file, 'empty-input', empty ? 'empty file' : 'file holds only white space')] }, stories: 0 };
  }
  return feed === undefined ? { report, stories: count } : { report, stories: count, streamed: true };
}

/**
 * Stories and diagnostics a worker's report may hold. A worker reads a whole file up to 16 MiB,
 * which can be two million tiny stories: their reports, held whole and then copied to this
 * thread, would cost gigabytes. Files of ordinary stories stay far below this.
 */
const WORKER_REPORT_ENTRIES = 20_000;

/** An input to check: its path, and its size when the walk saw it (0 for stdin). */
export interface CheckJob {
  path: string;
  size: number;
}

/**
 * Checks every path (files, folders walked recursively, `-` for stdin) on the engine convert
 * runs on: in workers where that pays, each input story by story. `onFile` sees each report in
 * input order, as soon as it is ready; with `feed`, an input read in this thread is handed to the
 * feed made for it as it is read, and `onFile` sees a result that says so (`streamed`).
 */
export async function checkPaths(
  paths: readonly string[],
  options: CheckOptions & { jobs: number; signals: Signals },
  onFile: (result: CheckResult) => void | Promise<void>,
  feed?: (job: CheckJob) => ReportFeed,
): Promise<'done' | 'signal'> {
  const { files, problems, empty } = await expandInputs(paths, [], options.walk ?? DEFAULT_WALK);
  const unreadable = (path: string, message: string) => ({ report: { file: path, stories: [], diagnostics: [inputProblem(path, 'unreadable-input', message)] }, stories: 0 });
  for (const p of problems) await onFile(unreadable(p.path, p.message));
  for (const arg of empty) {
    await onFile({ report: { file: arg, stories: [], diagnostics: [inputProblem(arg, 'no-input-files', 'folder holds no file to check')] }, stories: 0 });
  }
  const { jobs, signals, walk: _walk, ...settings } = options;
  // A worker's report comes back whole: one too large to hold is read again here, and fed.
  const workerSettings: CheckOptions = feed === undefined ? settings : { ...settings, handBackAbove: WORKER_REPORT_ENTRIES };
  const end = await runJobs<CheckJob, CheckResult>({
    jobs: files.map((f) => ({ path: f.path, size: f.size })),
    maxWorkers: jobs,
    worker: { command: 'check', settings: workerSettings },
    signals,
    // An input read in this thread is fed to the report as it is read; a worker's comes back whole.
    inThread: (job) => checkJob(job, settings, feed?.(job)),
    handedBack: (result) => result.handedBack === true,
    failed: (job, message) => unreadable(job.path, message),
    finishedBeforeFailure: () => undefined,
    take: async (_job, result) => {
      await onFile(result);
      return true;
    },
  });
  return end.how === 'signal' ? 'signal' : 'done';
}

/** Adds one checked input to the summary. */
export function addToSummary(summary: CheckSummary, result: CheckResult): void {
  summary.files++;
  summary.stories += result.stories;
  for (const d of result.report.diagnostics) {
    if (d.level === 'error') summary.errors++;
    else summary.warnings++;
  }
}
