/**
 * The default command's work on one input: its stories, as they are parsed (engine.ts), rendered
 * one at a time into its output file (written so that it appears whole, atomic-write.ts) or onto
 * stdout. In a worker, stdout output is gathered and sent back with the result, up to a budget;
 * an input whose output would outgrow it is handed back to the main thread, which streams it.
 * Never throws: every problem becomes part of the result.
 */
import { existsSync } from 'node:fs';
import type { BytesOptions } from '../pipeline/parse.js';
import type { StoryField } from '../render/fields.js';
import type { Format } from '../render/formats.js';
import type { NinjsOptions } from '../render/ninjs.js';
import { DocumentWriter, joinRun } from '../render/items.js';
import { loadDocumentFormat } from './document-format.js';
import { OutputFile, type OutputTarget } from './atomic-write.js';
import { inputStoryRuns, readProblem, readsInThread, turn, TURN_MS, type Signals } from './engine.js';
import { describeFsError } from './inputs.js';
import { FileSpool } from './spool.js';
import type { StdoutDocument } from './stdout.js';

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
  /** `-f ninjs`: version and URI template. */
  ninjs?: NinjsOptions;
}

export interface Job {
  path: string;
  size: number;
  /** Where the output goes: null for stdout. */
  output: OutputTarget | null;
}

export interface FileResult {
  path: string;
  stories: number;
  warnings: number;
  /** From a worker, for stdout: the input's document sections (joinRun), or null when it has no stories. */
  run?: string[] | null;
  /** From a worker: the output outgrew the budget; the main thread converts the input again. */
  handedBack?: boolean;
  skipped?: boolean;
  /** `path: message` for stderr when the file failed. */
  error?: string;
  /** The failure is on the write side (full disk, unwritable folder): the run must stop. */
  fatal?: boolean;
}

/** Characters of stdout output a worker gathers for one task before it hands inputs back. */
export const WORKER_OUTPUT_CHARS = 8 * 1024 * 1024;

/** Errors after which no later output file can be expected to succeed. */
const FATAL_WRITE_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'EIO', 'EFBIG']);

/**
 * Whether the job's output file exists already. Only --skip-existing (not to redo work) and
 * reading in this thread (not to read a long stream in vain) ask before converting; otherwise
 * publishing the output refuses to replace an existing file. A staged output is never asked
 * about: its folder did not exist when the run started, which saves a look-up per file.
 */
function outputExists(job: Job): boolean {
  return job.output !== null && job.output.staged === null && existsSync(job.output.out);
}

function refusal(out: string): string {
  return `${out}: already exists (--force replaces it, --skip-existing keeps it)`;
}

/** What to say about a failure to write the output file `out`, and whether the run must stop. */
export function writeFailure(out: string, err: unknown): { error: string; fatal: boolean } {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EEXIST') return { error: refusal(out), fatal: false };
  if (code === 'EROFS') return { error: `${out}: cannot write: the file system is read-only`, fatal: true };
  return { error: `${out}: ${describeFsError(err)}`, fatal: code !== undefined && FATAL_WRITE_ERRORS.has(code) };
}

/** Where a conversion writes: stdout through the document (this thread), or gathered (a worker). */
export interface ConvertOutput {
  document: StdoutDocument | null;
  /** Writing paths of output files being written by this thread, for the run to remove if it is stopped. */
  unfinished?: Set<string>;
  /** A worker's stdout budget left for this task (characters). */
  budget?: number;
  /** In this thread: the run's signals, looked at between stories. */
  signals?: Signals;
  /** In this thread: called for each story, for progress. */
  onStory?: () => void;
}

/** A conversion stopped by SIGINT or SIGTERM. */
class Stopped extends Error {}

export async function convertJob(job: Job, settings: ConvertSettings, output: ConvertOutput): Promise<FileResult> {
  const result: FileResult = { path: job.path, stories: 0, warnings: 0 };
  if (job.output !== null && (settings.skipExisting || (!settings.force && readsInThread(job))) && outputExists(job)) {
    return settings.skipExisting ? { ...result, skipped: true } : { ...result, error: refusal(job.output.out) };
  }
  const format = await loadDocumentFormat(settings.format, settings);
  let file: OutputFile | null = null;
  let writer: DocumentWriter | null = null;
  const gathered: string[][] = [];
  let gatheredChars = 0;
  /** Whether the failure at hand is on the write side. */
  let writing = false;
  let lastTurn = Date.now();
  // Opened with the first story, so that an input that fails leaves no file, not even in staging.
  const openOutput = (target: OutputTarget): DocumentWriter => {
    const opened = new OutputFile(target, settings);
    file = opened;
    output.unfinished?.add(opened.path);
    return new DocumentWriter(format, (text) => opened.write(text), () => new FileSpool());
  };
  try {
    for await (const run of inputStoryRuns(job.path, settings.parse)) {
      for (const story of run) {
        result.stories++;
        result.warnings += story.warnings.length;
        if (output.signals !== undefined) {
          output.onStory?.();
          if (Date.now() - lastTurn >= TURN_MS) {
            await turn();
            lastTurn = Date.now();
          }
          if (output.signals.stopped) throw new Stopped();
        }
        const pieces = format.pieces(story);
        if (job.output !== null) {
          writing = true;
          writer ??= openOutput(job.output);
          writer.add(pieces);
          writing = false;
        } else if (output.document !== null) {
          // Awaited only when a piece of stdout is ready to go: an await a story costs more than the story's writing.
          if (output.document.add(pieces)) await output.document.flush();
        } else {
          gathered.push(pieces);
          for (const piece of pieces) gatheredChars += piece.length;
          if (gatheredChars > (output.budget ?? WORKER_OUTPUT_CHARS)) return { path: job.path, stories: 0, warnings: 0, handedBack: true };
        }
      }
    }
    if (job.output !== null) {
      writing = true;
      // (An input always has a story, an empty one an empty story: the writer is open.)
      writer ??= openOutput(job.output);
      const opened = file!;
      for (const text of writer.end()) opened.write(text);
      opened.finish();
      output.unfinished?.delete(opened.path);
    } else if (output.document === null) {
      result.run = gathered.length === 0 ? null : joinRun(format, gathered);
    }
    return result;
  } catch (err) {
    const opened = file as OutputFile | null;
    if (opened !== null) {
      opened.abandon();
      output.unfinished?.delete(opened.path);
    }
    if (err instanceof Stopped) return result;
    if (writing) {
      // Another run published the output meanwhile: with --skip-existing, that is what it keeps.
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && settings.skipExisting) return { ...result, skipped: true };
      return { ...result, ...writeFailure(job.output!.out, err) };
    }
    return { ...result, error: `${job.path}: ${readProblem(err)}` };
  }
}
