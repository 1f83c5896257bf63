/**
 * One input file → its stories → rendered text, either returned (for stdout, joined in input
 * order by the batch) or written to its output file so that it appears whole (atomic-write.ts).
 * Runs in a worker thread or in the main thread alike, so it is synchronous and never throws:
 * every problem becomes part of the result.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseInput, type BytesOptions } from '../pipeline/parse.js';
import { render, type Format } from '../render/index.js';
import type { StoryField } from '../render/fields.js';
import { itemFormat } from '../render/items.js';
import type { Story } from '../schema/story.js';
import { writeOutputFile, type OutputTarget } from './atomic-write.js';
import { describeFsError } from './inputs.js';

export interface ConvertSettings {
  format: Format;
  color: boolean;
  /** Summary format: the columns a line may take, and whether every paragraph is shown. */
  width?: number;
  full?: boolean;
  /** json and ndjson: the fields each record keeps (--fields, --compact); null for all. */
  fields?: readonly StoryField[] | null;
  parse: Omit<BytesOptions, 'source'>;
  /** Replace existing output files. */
  force: boolean;
  /** Leave existing output files alone and do not convert their inputs (resuming a run). */
  skipExisting: boolean;
  /** Names the run's temporary files and staging folder (atomic-write.ts, staging.ts). */
  runId: string;
}

export interface Job {
  path: string;
  /** Where the output goes: null for stdout. */
  output: OutputTarget | null;
}

export interface FileResult {
  path: string;
  stories: number;
  warnings: number;
  /** For stdout: the file's items joined (json, ndjson, summary), or '' for none. */
  text: string;
  /** For markdown on stdout, whose front matter needs every story before any is written. */
  storyList?: Story[];
  skipped?: boolean;
  /** `path: message` for stderr when the file failed. */
  error?: string;
  /** The failure is on the write side (full disk, unwritable folder): the run must stop. */
  fatal?: boolean;
}

/** Errors after which no later output file can be expected to succeed. */
const FATAL_WRITE_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'EIO', 'EFBIG']);

/**
 * Whether the job's output file exists already. Only --skip-existing (not to redo work) and a
 * stream (not to read it in vain) ask before converting; otherwise publishing the output refuses
 * to replace an existing file. A staged output is never asked about: its folder did not exist
 * when the run started, which saves a look-up per file.
 */
export function outputExists(job: Job): boolean {
  return job.output !== null && job.output.staged === null && existsSync(job.output.out);
}

export function skipsExisting(job: Job, settings: ConvertSettings): boolean {
  return settings.skipExisting && outputExists(job);
}

export function refusal(out: string): string {
  return `${out}: already exists (--force replaces it, --skip-existing keeps it)`;
}

export function convertFile(job: Job, settings: ConvertSettings): FileResult {
  const result: FileResult = { path: job.path, stories: 0, warnings: 0, text: '' };
  if (skipsExisting(job, settings)) return { ...result, skipped: true };

  let bytes: Buffer;
  try {
    bytes = readFileSync(job.path);
  } catch (err) {
    return { ...result, error: `${job.path}: ${describeFsError(err)}` };
  }
  const parsed = parseInput(bytes, { ...settings.parse, source: job.path });
  if ('problem' in parsed) return { ...result, error: `${job.path}: ${parsed.problem.message}` };
  const { stories } = parsed;
  result.stories = stories.length;
  for (const s of stories) result.warnings += s.warnings.length;

  if (job.output === null) {
    const items = itemFormat(settings.format, settings);
    if (items === null) result.storyList = stories;
    else result.text = stories.map(items.item).join(items.separator);
    return result;
  }
  try {
    writeOutputFile(job.output, render(settings.format, stories, settings), settings);
  } catch (err) {
    return { ...result, ...writeFailure(job.output.out, err) };
  }
  return result;
}

/** What to say about a failure to write the output file `out`, and whether the run must stop. */
export function writeFailure(out: string, err: unknown): { error: string; fatal: boolean } {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EEXIST') return { error: refusal(out), fatal: false };
  return { error: `${out}: ${describeFsError(err)}`, fatal: code !== undefined && FATAL_WRITE_ERRORS.has(code) };
}
