/**
 * `wireparse check`: parses every input and collects its problems as diagnostics instead of
 * printing stories. Nothing an input holds or lacks stops the run: each input ends as a file
 * report, whatever happened to it.
 */
import { readFile } from 'node:fs/promises';
import { DEFAULT_WALK, describeFsError, expandInputs, type InputFile, type WalkOptions } from '../inputs.js';
import { parseInput, type BytesOptions } from '../../pipeline/parse.js';
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
  /** Which files folder and glob arguments stand for. */
  walk?: WalkOptions;
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

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
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

/** Reads and checks one input. */
export async function checkFile(input: InputFile, options: CheckOptions): Promise<FileReport> {
  const file = input.path;
  const report: FileReport = { file, stories: [], diagnostics: [] };
  let bytes: Buffer;
  try {
    bytes = file === '-' ? await readStdin() : await readFile(file);
  } catch (err) {
    report.diagnostics.push(inputProblem(file, 'unreadable-input', describeFsError(err)));
    return report;
  }
  const parsed = parseInput(bytes, { ...options.parse, source: file });
  if ('problem' in parsed) {
    report.diagnostics.push(inputProblem(file, parsed.problem.code, parsed.problem.message));
    return report;
  }
  const { stories } = parsed;
  if (stories.every((s) => s.layout.every((run) => run.part === 'ignored' && run.reason === 'blank'))) {
    report.diagnostics.push(inputProblem(file, 'empty-input', bytes.length === 0 ? 'empty file' : 'file holds only white space'));
    return report;
  }
  const fileWide = new Set<string>();
  for (const story of stories) {
    report.stories.push({ index: story.index, lines: story.lines, headline: story.headline });
    report.diagnostics.push(...storyDiagnostics(file, story, options, fileWide));
  }
  return report;
}

/**
 * Checks every path (files, folders walked recursively, `-` for stdin), one file at a time so
 * that memory holds one file's stories at most. `onFile` sees each report as soon as it is ready.
 */
export async function checkPaths(
  paths: readonly string[],
  options: CheckOptions,
  onFile: (report: FileReport) => void | Promise<void>,
): Promise<void> {
  const { files, problems, empty } = await expandInputs(paths, [], options.walk ?? DEFAULT_WALK);
  for (const p of problems) {
    await onFile({ file: p.path, stories: [], diagnostics: [inputProblem(p.path, 'unreadable-input', p.message)] });
  }
  for (const arg of empty) {
    await onFile({ file: arg, stories: [], diagnostics: [inputProblem(arg, 'no-input-files', 'folder holds no file to check')] });
  }
  for (const file of files) await onFile(await checkFile(file, options));
}

export function summarize(reports: readonly FileReport[]): CheckSummary {
  const summary: CheckSummary = { files: reports.length, stories: 0, errors: 0, warnings: 0 };
  for (const r of reports) {
    summary.stories += r.stories.length;
    for (const d of r.diagnostics) {
      if (d.level === 'error') summary.errors++;
      else summary.warnings++;
    }
  }
  return summary;
}
