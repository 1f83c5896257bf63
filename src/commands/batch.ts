/**
 * The default command: every input converted, to stdout (one document, in input order) or with
 * --out-dir to one output file per input, on the engine every command shares (engine.ts): each
 * input's stories parsed and written one at a time, small files in runs on worker threads. A
 * fresh output folder is written as a hidden staging folder and renamed into place when the run
 * ends (staging.ts). Ctrl-C and SIGTERM stop the workers, remove the files being written and exit
 * 130 or 143; a full disk or an unwritable output folder stops the run with exit 1.
 */
import { accessSync, constants, existsSync, mkdirSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { EXTENSIONS, type Format } from '../render/formats.js';
import { removeQuietly, runIdOf, writingPath } from './atomic-write.js';
import { loadDocumentFormat } from './document-format.js';
import { convertJob, type ConvertSettings, type FileResult, type Job } from './convert.js';
import { runJobs, Signals } from './engine.js';
import { EXIT } from './exit-codes.js';
import { describeFsError, expandInputs, type InputFile, type WalkOptions } from './inputs.js';
import { printable } from './printable.js';
import { Progress } from './progress.js';
import { leftStagingFolders, publishStaging, startStaging, type Staging } from './staging.js';
import { setBeforeWrite, StdoutDocument } from './stdout.js';

export interface BatchOptions extends Omit<ConvertSettings, 'runId'> {
  outDir: string | null;
  jobs: number;
  quiet: boolean;
  walk?: WalkOptions;
}

/** The name of a file's output below the output folder: its path below its folder argument, new extension. */
function outputName(file: InputFile, format: Format): string {
  return file.below.slice(0, file.below.length - extname(file.below).length) + EXTENSIONS[format];
}

/**
 * A path with its links resolved, for a path that need not exist yet: the real path of its
 * nearest existing ancestor, joined with the rest.
 */
function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}

/**
 * Why a folder could not be made. A recursive mkdir on a read-only file system can fail with
 * ENOENT; the nearest folder that exists then says why (EROFS, EACCES) when asked for writing.
 */
function whyNoFolder(folder: string, err: unknown): unknown {
  if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return err;
  for (let at = resolve(folder); at !== dirname(at); at = dirname(at)) {
    if (!existsSync(at)) continue;
    try {
      accessSync(at, constants.W_OK);
      return err;
    } catch (denied) {
      return denied;
    }
  }
  return err;
}

/**
 * One job per input, its output planned: never an input itself, never two inputs to one output
 * (those inputs are refused with a message). With a staging folder, each output is written at the
 * same place below it as it will have below the output folder.
 */
function planJobs(found: readonly InputFile[], outDir: string | null, staging: Staging | null, format: Format): { jobs: Job[]; refused: string[] } {
  const jobs: Job[] = [];
  const refused: string[] = [];
  const claimed = new Map<string, string>();
  // Absolute paths from each folder argument resolved once (resolve() per file was a tenth of
  // planning 10,000 files).
  const absoluteRoots = new Map<string, string>();
  const absolute = (file: InputFile) => {
    if (file.root === null) return resolve(file.path);
    let root = absoluteRoots.get(file.root);
    if (root === undefined) absoluteRoots.set(file.root, (root = resolve(file.root)));
    return join(root, file.below);
  };
  const inputs = new Set(found.filter((f) => f.path !== '-').map(absolute));
  const absoluteOut = outDir === null ? null : resolve(outDir);
  for (const file of found) {
    const name = outputName(file, format);
    const out = outDir === null ? null : join(outDir, name);
    if (out !== null) {
      const key = join(absoluteOut!, name);
      const other = claimed.get(key);
      if (other !== undefined || inputs.has(key)) {
        refused.push(`${file.path}: its output ${out} would ${other !== undefined ? `also be the output of ${other}` : 'replace an input'}; skipped`);
        continue;
      }
      claimed.set(key, file.path);
    }
    const staged = staging === null ? null : join(staging.folder, name);
    jobs.push({ path: file.path, output: out === null ? null : { out, staged }, size: file.size });
  }
  return { jobs, refused };
}

/**
 * Runs the default command. `signals` is watched from the command's start: a signal that comes
 * before the staging folder is made ends the run before it is made.
 */
export async function runBatch(paths: readonly string[], options: BatchOptions, signals: Signals): Promise<number> {
  // The output folder by its real path: named through a link into an input folder, it is still
  // never read back as input.
  const realOut = options.outDir === null ? null : realPath(options.outDir);
  if (realOut !== null) {
    const same = paths.find((p) => p !== '-' && realPath(p) === realOut);
    if (same !== undefined) {
      process.stderr.write(`wireparse: the output folder ${printable(options.outDir!)} is the input folder ${printable(same)}: choose another output folder\n`);
      return EXIT.usage;
    }
  }
  const { files: found, problems, empty } = await expandInputs(paths, realOut === null ? [] : [realOut], options.walk);
  const settings: ConvertSettings = {
    format: options.format,
    color: options.color,
    width: options.width,
    full: options.full,
    fields: options.fields,
    parse: options.parse,
    force: options.force,
    skipExisting: options.skipExisting,
    runId: runIdOf(process.pid),
    ninjs: options.ninjs,
  };
  const progress = Progress.forStderr(found.length, found.reduce((n, f) => n + f.size, 0), options.quiet, options.outDir === null);
  setBeforeWrite(progress.clearBeforeStdout());
  const report = (message: string) => {
    progress.clear();
    process.stderr.write(`wireparse: ${message}\n`);
  };
  // An empty folder or a glob that matches nothing is not a failure, but it is not silent either.
  for (const arg of empty) report(`warning: ${printable(arg)}: no file to convert`);
  let status: number = EXIT.ok;
  const fail = (message: string) => {
    report(message);
    progress.tally.errors++;
    status = EXIT.inputError;
  };
  if (signals.stopped) return signals.code!;
  const staging = options.outDir === null ? null : startStaging(options.outDir, settings.runId);
  if (staging !== null) for (const note of leftStagingFolders(staging.out, settings.runId)) report(`note: ${printable(note)}`);
  const { jobs, refused } = planJobs(found, options.outDir, staging, options.format);
  for (const message of [...problems.map((p) => `${p.path}: ${p.message}`), ...refused]) fail(printable(message));
  if (options.outDir !== null && staging === null && jobs.length > 0) {
    try {
      mkdirSync(options.outDir, { recursive: true });
    } catch (err) {
      report(`${printable(options.outDir)}: cannot make the output folder: ${describeFsError(whyNoFolder(options.outDir, err))}`);
      return EXIT.inputError;
    }
  }

  const document = options.outDir === null ? new StdoutDocument(await loadDocumentFormat(options.format, settings)) : null;
  /** Files being written by this thread (see convertJob). */
  const unfinished = new Set<string>();
  /** Stories of the input being converted in this thread, counted as they come. */
  let liveStories = 0;
  let end;
  try {
    end = await runJobs<Job, FileResult>({
      jobs,
      maxWorkers: options.jobs,
      worker: { command: 'convert', settings },
      signals,
      inThread: (job) =>
        convertJob(job, settings, {
          document,
          unfinished,
          signals,
          onStory: () => {
            liveStories++;
            progress.tally.stories++;
            progress.update();
          },
        }),
      handedBack: (result) => result.handedBack === true,
      failed: (job, message) => ({ path: job.path, stories: 0, warnings: 0, error: `${job.path}: ${message}` }),
      // Its output is written (or staged) when it goes to a file; stdout text is gathered again.
      finishedBeforeFailure: (job) => (job.output === null ? undefined : { path: job.path, stories: 0, warnings: 0 }),
      take: async (job, result) => {
        const t = progress.tally;
        t.files++;
        t.bytes += job.size;
        t.stories += result.stories - liveStories;
        liveStories = 0;
        t.warnings += result.warnings;
        if (result.skipped) t.skipped++;
        if (result.error !== undefined) fail(printable(result.error));
        if (document !== null && result.run && document.add(result.run)) await document.flush();
        progress.update();
        if (result.fatal) report('stopped: no further output can be written');
        return !result.fatal;
      },
    });
  } finally {
    // What a stopped or failed worker or this thread was writing may be half-written: remove it
    // (the files of a stopped worker's task from the one it was converting on, the file a failed
    // worker was converting; those they finished stay).
    // From here on nothing is written, so the staging folder holds only finished outputs and can
    // be published, however the run ended.
    for (const job of end?.unfinished ?? []) if (job.output !== null) removeQuietly(writingPath(job.output, settings.runId));
    for (const path of unfinished) removeQuietly(path);
    if (staging !== null) for (const problem of publishStaging(staging, settings)) fail(printable(problem));
  }
  if (end.how === 'signal') {
    progress.finish(true);
    report('interrupted; no partial output file left');
    // A stream still being read (stdin) would keep the process alive.
    process.exit(signals.code!);
  }
  signals.dispose();
  if (document !== null) await document.end();
  progress.finish(false);
  return status;
}
