/**
 * The default command: every input file converted, to stdout (one document, in input order) or
 * with --out-dir to one output file per input. Small files go in runs to worker threads
 * (convert.ts, workers.ts); stdin and large files are parsed story by story in this thread
 * (stream.ts), so memory does not grow with them. Results are taken in input order whatever the
 * number of workers. A fresh output folder is written as a hidden staging folder and renamed into
 * place when the run ends (staging.ts). Ctrl-C stops the workers, removes the files they were
 * writing and exits 130; a full disk or an unwritable output folder stops the run with exit 1.
 */
import { createReadStream, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { looksBinary } from '../bytes/decode.js';
import { BINARY_INPUT } from '../pipeline/parse.js';
import { EXTENSIONS, render, type Format } from '../render/index.js';
import { ItemJoiner, itemFormat } from '../render/items.js';
import type { Story } from '../schema/story.js';
import { parseStream } from '../pipeline/stream.js';
import { OutputFile, removeQuietly, runIdOf, writingPath } from './atomic-write.js';
import { convertFile, outputExists, refusal, skipsExisting, writeFailure, type ConvertSettings, type FileResult, type Job } from './convert.js';
import { EXIT } from './exit-codes.js';
import { describeFsError, expandInputs, type InputFile, type WalkOptions } from './inputs.js';
import { Progress } from './progress.js';
import { leftStagingFolders, publishStaging, startStaging, type Staging } from './staging.js';
import { setBeforeWrite, writeOut } from './stdout.js';
import { WorkerPool } from './workers.js';

export interface BatchOptions extends Omit<ConvertSettings, 'runId'> {
  outDir: string | null;
  jobs: number;
  quiet: boolean;
  walk?: WalkOptions;
}

export function defaultJobs(): number {
  return availableParallelism();
}

/** Files above this size are streamed story by story in the main thread rather than read whole. */
const STREAM_BYTES = 16 * 1024 * 1024;
/** A worker task: a run of small files, few enough to keep every worker busy to the end. */
const TASK_FILES = 64;
const TASK_BYTES = 1024 * 1024;
/**
 * Input bytes that make a worker worth starting: a worker loads the parser afresh (tens of
 * milliseconds), which a small batch converts faster in this thread. --jobs is an upper bound.
 */
const BYTES_PER_WORKER = 64 * 1024;
/** Tasks handed out ahead of the one being written, per worker: bounds memory on stdout. */
const TASKS_AHEAD = 4;
/** Stdout is written in pieces of this size, or sooner when output has waited this long. */
const FLUSH_BYTES = 64 * 1024;
const FLUSH_MS = 50;

/** A job with the size of its input, for planning and progress. */
interface SizedJob extends Job {
  size: number;
}

interface Task {
  jobs: SizedJob[];
  /** Streamed in the main thread (stdin, large files). */
  inline: boolean;
}

/** The name of a file's output below the output folder: its path below its folder argument, new extension. */
function outputName(file: InputFile, format: Format): string {
  return file.below.slice(0, file.below.length - extname(file.below).length) + EXTENSIONS[format];
}

/** Stdout as one document over every input, written in order and in pieces. */
class StdoutDocument {
  private readonly joiner: ItemJoiner | null;
  private readonly markdownStories: Story[] = [];
  private buffered: string[] = [];
  private size = 0;
  private lastFlush = Date.now();

  constructor(
    private readonly format: Format,
    private readonly settings: ConvertSettings,
  ) {
    const items = itemFormat(format, settings);
    this.joiner = items === null ? null : new ItemJoiner(items);
  }

  async add(result: { text: string; storyList?: Story[] }): Promise<void> {
    if (this.joiner === null) {
      if (result.storyList) this.markdownStories.push(...result.storyList);
      return;
    }
    const text = this.joiner.add(result.text);
    if (text === '') return;
    this.buffered.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_BYTES || Date.now() - this.lastFlush >= FLUSH_MS) await this.flush();
  }

  async end(): Promise<void> {
    if (this.joiner === null) await writeOut(render(this.format, this.markdownStories, this.settings));
    else {
      this.buffered.push(this.joiner.end());
      await this.flush();
    }
  }

  private async flush(): Promise<void> {
    const text = this.buffered.join('');
    this.buffered = [];
    this.size = 0;
    this.lastFlush = Date.now();
    await writeOut(text);
  }
}

/** A chunk source that refuses binary input, as the whole-file path does. */
async function* textOnly(chunks: AsyncIterable<Uint8Array>, path: string): AsyncGenerator<Uint8Array> {
  let first = true;
  for await (const chunk of chunks) {
    // The even bytes are judged, as parseStream sniffs them: a pipe's first chunk may end inside
    // a UTF-16 code unit.
    if (first && looksBinary(chunk.subarray(0, chunk.length & ~1))) throw new Error(`${path}: ${BINARY_INPUT}`);
    first = false;
    yield chunk;
  }
}

/**
 * Converts one input story by story in this thread: to stdout through `document`, or to its
 * output file (whose writing path is in `unfinished` while it is being written).
 */
async function convertStreamed(
  job: Job,
  settings: ConvertSettings,
  document: StdoutDocument | null,
  unfinished: Set<string>,
  onStory: () => void,
): Promise<FileResult> {
  const result: FileResult = { path: job.path, stories: 0, warnings: 0, text: '' };
  if (skipsExisting(job, settings)) return { ...result, skipped: true };
  // A stream may be long: refuse before reading it, not when publishing.
  if (job.output !== null && !settings.force && outputExists(job)) return { ...result, error: refusal(job.output.out) };

  const items = itemFormat(settings.format, settings);
  const markdown: Story[] = [];
  let file: OutputFile | null = null;
  let writing = false;
  const emit = async (text: string) => {
    if (file !== null) {
      writing = true;
      file.write(text);
      writing = false;
    } else await document!.add({ text });
  };
  try {
    if (job.output !== null) {
      writing = true;
      file = new OutputFile(job.output, settings);
      unfinished.add(file.path);
      writing = false;
    }
    const source = job.path === '-' ? process.stdin : createReadStream(job.path);
    let first = true;
    for await (const story of parseStream(textOnly(source, job.path), { ...settings.parse, source: job.path })) {
      result.stories++;
      result.warnings += story.warnings.length;
      onStory();
      if (items === null) markdown.push(story);
      else if (file !== null) {
        await emit((first ? items.open : items.separator) + items.item(story));
        first = false;
      } else await emit(items.item(story));
    }
    if (items === null) {
      if (file !== null) await emit(render('markdown', markdown, settings));
      else await document!.add({ text: '', storyList: markdown });
    } else if (file !== null) await emit(first ? items.empty : items.close);
    if (file !== null) {
      writing = true;
      file.finish();
      unfinished.delete(file.path);
    }
    return result;
  } catch (err) {
    if (file !== null) {
      file.abandon();
      unfinished.delete(file.path);
    }
    if (writing) return { ...result, ...writeFailure(job.output!.out, err) };
    const message = (err as Error).message;
    const described = (err as NodeJS.ErrnoException).code ? describeFsError(err) : null;
    return { ...result, error: described ? `${job.path}: ${described}` : message.startsWith(job.path) ? message : `${job.path}: cannot parse: ${message}` };
  }
}

/**
 * One job per input, its output planned: never an input itself, never two inputs to one output
 * (those inputs are refused with a message). With a staging folder, each output is written at the
 * same place below it as it will have below the output folder.
 */
function planJobs(found: readonly InputFile[], outDir: string | null, staging: Staging | null, format: Format): { jobs: SizedJob[]; refused: string[] } {
  const jobs: SizedJob[] = [];
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

/** Groups the jobs into tasks: runs of small files for the workers, large files and stdin alone. */
function planTasks(jobs: readonly SizedJob[]): Task[] {
  const tasks: Task[] = [];
  let run: Task | null = null;
  let runBytes = 0;
  for (const job of jobs) {
    if (job.path === '-' || job.size > STREAM_BYTES) {
      tasks.push({ jobs: [job], inline: true });
      run = null;
      continue;
    }
    if (run === null || run.jobs.length >= TASK_FILES || runBytes + job.size > TASK_BYTES) {
      run = { jobs: [], inline: false };
      runBytes = 0;
      tasks.push(run);
    }
    run.jobs.push(job);
    runBytes += job.size;
  }
  return tasks;
}

/** Lets signal handlers and stdout callbacks run between synchronous conversions. */
const turn = () => new Promise<void>((resolveTurn) => setImmediate(resolveTurn));

export async function runBatch(paths: readonly string[], options: BatchOptions): Promise<number> {
  const { files: found, problems, empty } = await expandInputs(paths, options.outDir ? [options.outDir] : [], options.walk);
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
  };
  const progress = Progress.forStderr(found.length, found.reduce((n, f) => n + f.size, 0), options.quiet, options.outDir === null);
  setBeforeWrite(progress.clearBeforeStdout());
  const report = (message: string) => {
    progress.clear();
    process.stderr.write(`wireparse: ${message}\n`);
  };
  // An empty folder or a glob that matches nothing is not a failure, but it is not silent either.
  for (const arg of empty) report(`warning: ${arg}: no file to convert`);
  let status: number = EXIT.ok;
  const fail = (message: string) => {
    report(message);
    progress.tally.errors++;
    status = EXIT.inputError;
  };
  const staging = options.outDir === null ? null : startStaging(options.outDir, settings.runId);
  if (staging !== null) for (const note of leftStagingFolders(staging.out, settings.runId)) report(`note: ${note}`);
  const { jobs, refused } = planJobs(found, options.outDir, staging, options.format);
  for (const message of [...problems.map((p) => `${p.path}: ${p.message}`), ...refused]) fail(message);
  if (options.outDir !== null && staging === null) {
    try {
      mkdirSync(options.outDir, { recursive: true });
    } catch (err) {
      report(`${options.outDir}: cannot make the output folder: ${describeFsError(err)}`);
      return EXIT.inputError;
    }
  }

  const tasks = planTasks(jobs);
  const pooled = tasks.filter((t) => !t.inline);
  const pooledBytes = pooled.reduce((n, t) => n + t.jobs.reduce((m, job) => m + job.size, 0), 0);
  const poolSize = Math.min(options.jobs, pooled.length, Math.floor(pooledBytes / BYTES_PER_WORKER));
  const pool = poolSize >= 2 ? new WorkerPool(poolSize, settings) : null;
  const document = options.outDir === null ? new StdoutDocument(options.format, settings) : null;
  /** Files being written by this thread (see convertStreamed). */
  const unfinished = new Set<string>();
  const pending: (Promise<FileResult[]> | undefined)[] = new Array(tasks.length);
  let submitted = 0;

  // Ctrl-C and SIGTERM (a service manager or `timeout` stopping the run) end it the same way: no
  // partial output is left, and the exit code says which signal it was.
  let interrupted = false;
  let interruptedWith: number = EXIT.interrupted;
  let wakeInterrupted: () => void = () => {};
  const interruption = new Promise<'interrupted'>((resolveInterruption) => {
    wakeInterrupted = () => resolveInterruption('interrupted');
  });
  const onSignal = (signal: NodeJS.Signals) => {
    if (!interrupted) interruptedWith = signal === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted;
    interrupted = true;
    wakeInterrupted();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    for (let i = 0; i < tasks.length && !interrupted; i++) {
      if (pool !== null) {
        for (; submitted < tasks.length && submitted <= i + poolSize * TASKS_AHEAD; submitted++) {
          const task = tasks[submitted]!;
          if (!task.inline) pending[submitted] = pool.run(task.jobs);
        }
      }
      const task = tasks[i]!;
      let results: FileResult[];
      if (task.inline) {
        // A long stream shows its progress story by story; its result then adds no stories.
        const streamed = convertStreamed(task.jobs[0]!, settings, document, unfinished, () => {
          progress.tally.stories++;
          progress.update();
        });
        const first = await Promise.race([streamed, interruption]);
        if (first === 'interrupted') break;
        results = [first];
      } else if (pool !== null) {
        const first = await Promise.race([pending[i]!, interruption]);
        if (first === 'interrupted') break;
        results = first;
        pending[i] = undefined;
      } else {
        results = [];
        for (const job of task.jobs) {
          const result = convertFile(job, settings);
          results.push(result);
          if (result.fatal) break;
        }
        await turn();
        if (interrupted) break;
      }
      let fatal = false;
      results.forEach((result, k) => {
        const t = progress.tally;
        t.files++;
        t.bytes += task.jobs[k]!.size;
        if (!task.inline) t.stories += result.stories;
        t.warnings += result.warnings;
        if (result.skipped) t.skipped++;
        if (result.error !== undefined) fail(result.error);
        if (result.fatal) fatal = true;
      });
      if (document !== null) for (const result of results) await document.add(result);
      progress.update();
      if (fatal) {
        report('stopped: no further output can be written');
        break;
      }
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await pool?.stop();
    // What a stopped worker or this thread was writing may be half-written: remove it (the files
    // of a stopped worker's task from the one it was converting on; those it finished stay).
    // From here on nothing is written, so the staging folder holds only finished outputs and can
    // be published, however the run ended.
    for (const job of pool?.unfinished() ?? []) if (job.output !== null) removeQuietly(writingPath(job.output, settings.runId));
    for (const path of unfinished) removeQuietly(path);
    if (staging !== null) for (const problem of publishStaging(staging, settings)) fail(problem);
  }
  if (interrupted) {
    progress.finish(true);
    report('interrupted; no partial output file left');
    // A stream still being read (stdin) would keep the process alive.
    process.exit(interruptedWith);
  }
  if (document !== null) await document.end();
  progress.finish(false);
  return status;
}
