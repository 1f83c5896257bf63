/**
 * The engine every command that reads inputs runs on (convert and `check`): each input opened
 * without blocking, its stories parsed and handed on in runs (inputStoryRuns), and the inputs
 * spread over worker threads in runs, their results taken in input order whatever the number of
 * workers (runJobs). What a command does with a story, and with a file's result, is its own
 * (convert.ts, check/check.ts); the worker thread runs either (worker.ts).
 */
import { closeSync, constants, createReadStream, fstatSync, openSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { BytesOptions } from '../pipeline/parse.js';
import { InputRefused, parseStreamRuns, storiesOfBytes } from '../pipeline/stream.js';
import type { Story } from '../schema/story.js';
import { describeFsError } from './inputs.js';
import { WorkerFailed, WorkerPool, type WorkerInit } from './workers.js';

/**
 * Inputs up to this size are read whole (one read) and decoded as one text, the encoding judged
 * on all of it; larger ones and stdin are read in chunks. Either way the stories are handed on
 * one at a time, so memory holds one story, not the input's stories.
 */
export const WHOLE_BYTES = 16 * 1024 * 1024;

/** An input that is not a regular file: said as such, never waited on. */
export class NotRegularFile extends Error {}

/**
 * Opens an input for reading. Non-blocking, so that a FIFO put in the place of a file (after the
 * folder walk saw a file) opens at once rather than waiting for a writer; the descriptor opened is
 * then the one checked to be a regular file, so nothing swapped in between is read.
 */
export function openInput(path: string): { fd: number; size: number } {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (!info.isFile()) throw new NotRegularFile('not a regular file (a FIFO, socket or device)');
    return { fd, size: info.size };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/** What to say (after the input's name) about an input that could not be read or parsed. */
export function readProblem(err: unknown): string {
  if (err instanceof InputRefused || err instanceof NotRegularFile) return err.message;
  if ((err as NodeJS.ErrnoException).code !== undefined) return describeFsError(err);
  return `cannot parse: ${(err as Error).message}`;
}

/**
 * The stories of one input (`-` for stdin), in runs (parseStreamRuns): a whole file is one run,
 * a stream one run a chunk. Each run is to be read to its end before the next is asked for.
 * Throws what stops the input.
 */
export async function* inputStoryRuns(path: string, options: Omit<BytesOptions, 'source'>): AsyncGenerator<Iterable<Story>> {
  const parse = { ...options, source: path };
  if (path === '-') {
    yield* parseStreamRuns(process.stdin, parse);
    return;
  }
  const { fd, size } = openInput(path);
  if (size > WHOLE_BYTES) {
    yield* parseStreamRuns(createReadStream('', { fd, highWaterMark: 64 * 1024 }), parse);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(fd);
  } finally {
    closeSync(fd);
  }
  yield storiesOfBytes(bytes, parse);
}

/**
 * Workers when --jobs is not given. One process converting already keeps more than one core busy
 * (V8 compiles and collects garbage on threads of its own), and each worker loads and warms up
 * the parser again: on two cores any second worker made every measured run slower
 * (bench/RESULTS.md), so up to two cores the work stays in this thread. Above that, one core is
 * left to those threads.
 */
export function defaultJobs(cores = availableParallelism()): number {
  return cores <= 2 ? 1 : cores - 1;
}

/** Whether an input is read in this thread: stdin, and inputs too large to be a worker's run. */
export function readsInThread(job: EngineJob): boolean {
  return job.path === '-' || job.size > WHOLE_BYTES;
}

export interface EngineJob {
  path: string;
  /** Its size when the folder walk saw it (0 for stdin). */
  size: number;
}

/** A worker task: a run of small files, few enough to keep every worker busy to the end. */
const TASK_FILES = 64;
const TASK_BYTES = 1024 * 1024;
/**
 * Input bytes that make a worker worth starting: a worker loads the parser afresh (tens of
 * milliseconds), which a small batch converts faster in this thread. --jobs is an upper bound.
 */
const BYTES_PER_WORKER = 64 * 1024;
/** Tasks handed out ahead of the one being taken, per worker: bounds memory held in results. */
const TASKS_AHEAD = 4;

interface Task<J> {
  jobs: J[];
  /** Read in this thread (stdin, large files). */
  inThread: boolean;
}

/** Groups the jobs into tasks: runs of small files for the workers, large files and stdin alone. */
function planTasks<J extends EngineJob>(jobs: readonly J[]): Task<J>[] {
  const tasks: Task<J>[] = [];
  let run: Task<J> | null = null;
  let runBytes = 0;
  for (const job of jobs) {
    if (readsInThread(job)) {
      tasks.push({ jobs: [job], inThread: true });
      run = null;
      continue;
    }
    if (run === null || run.jobs.length >= TASK_FILES || runBytes + job.size > TASK_BYTES) {
      run = { jobs: [], inThread: false };
      runBytes = 0;
      tasks.push(run);
    }
    run.jobs.push(job);
    runBytes += job.size;
  }
  return tasks;
}

/** SIGINT and SIGTERM, watched from the start of a command so that none is lost. */
export class Signals {
  /** The exit code the signal asks for, once one came. */
  code: number | null = null;
  readonly received: Promise<'signal'>;
  private wake: () => void = () => {};
  private readonly onSignal = (signal: NodeJS.Signals) => {
    // 128 + the signal number, as shells report it.
    this.code ??= signal === 'SIGTERM' ? 143 : 130;
    this.wake();
  };

  constructor() {
    this.received = new Promise((resolve) => (this.wake = () => resolve('signal')));
    process.on('SIGINT', this.onSignal);
    process.on('SIGTERM', this.onSignal);
  }

  get stopped(): boolean {
    return this.code !== null;
  }

  dispose(): void {
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
  }
}

export interface EngineSpec<J extends EngineJob, R> {
  jobs: readonly J[];
  /** Upper bound on worker threads (--jobs). */
  maxWorkers: number;
  /** What each worker is started with (the command and its settings). */
  worker: WorkerInit;
  signals: Signals;
  /** Runs one job in this thread. */
  inThread(job: J): Promise<R>;
  /** A worker's result that hands the job back to this thread (its output outgrew a message). */
  handedBack(result: R): boolean;
  /** What a job ends as when the worker running it failed. */
  failed(job: J, message: string): R;
  /** A job a failed worker had finished (its result lost with the worker): its result, or undefined to run it again here. */
  finishedBeforeFailure(job: J): R | undefined;
  /** Takes each result in input order; false stops the run. */
  take(job: J, result: R): Promise<boolean>;
}

export interface EngineEnd<J> {
  how: 'done' | 'stopped' | 'signal';
  /** Jobs a stopped worker had been given and not finished: what it was writing may be half-written. */
  unfinished: J[];
}

/**
 * How long this thread converts before it lets signal handlers and stdout callbacks run: parsing
 * never waits, so a signal would otherwise be seen only when the run ends.
 */
export const TURN_MS = 20;
export const turn = () => new Promise<void>((resolveTurn) => setImmediate(resolveTurn));

/**
 * Runs every job, in workers where that pays, and hands each result to `take` in input order. A
 * worker that fails (out of memory, a crash) fails only the job it was running: the jobs after it
 * in its task are run in this thread, and the pool goes on with a new worker.
 */
export async function runJobs<J extends EngineJob, R>(spec: EngineSpec<J, R>): Promise<EngineEnd<J>> {
  const tasks = planTasks(spec.jobs);
  const pooled = tasks.filter((t) => !t.inThread);
  const pooledBytes = pooled.reduce((n, t) => n + t.jobs.reduce((m, job) => m + job.size, 0), 0);
  const poolSize = Math.min(spec.maxWorkers, pooled.length, Math.floor(pooledBytes / BYTES_PER_WORKER));
  const pool = poolSize >= 2 ? new WorkerPool<J, R>(poolSize, spec.worker) : null;
  const pending: (Promise<R[]> | undefined)[] = new Array(tasks.length);
  let submitted = 0;
  let how: EngineEnd<J>['how'] = 'done';
  let lastTurn = Date.now();
  try {
    tasks: for (let i = 0; i < tasks.length; i++) {
      if (spec.signals.stopped) {
        how = 'signal';
        break;
      }
      if (pool !== null) {
        for (; submitted < tasks.length && submitted <= i + poolSize * TASKS_AHEAD; submitted++) {
          const task = tasks[submitted]!;
          if (!task.inThread) pending[submitted] = pool.run(task.jobs);
        }
      }
      const task = tasks[i]!;
      let results: (R | undefined)[] = [];
      if (pending[i] !== undefined) {
        const first = await Promise.race([pending[i]!.catch((err: unknown) => err as Error), spec.signals.received]);
        pending[i] = undefined;
        if (first === 'signal') {
          how = 'signal';
          break;
        }
        if (first instanceof WorkerFailed) {
          // Results of a task come back at its end: those the worker finished before it failed
          // are asked for again, the one it was running failed, the rest run here. (A worker that
          // died after its last job, before handing the results back, was running none.)
          results = task.jobs.slice(0, first.finished).map((job) => spec.finishedBeforeFailure(job));
          const running = task.jobs[first.finished];
          if (running !== undefined) results[first.finished] = spec.failed(running, first.message);
        } else if (first instanceof Error) throw first;
        else results = first;
      }
      for (let k = 0; k < task.jobs.length; k++) {
        const job = task.jobs[k]!;
        let result = results[k];
        if (result === undefined || spec.handedBack(result)) {
          const running = spec.inThread(job);
          // Only stdin and large files can wait on their input; a small file's job ends of itself.
          const first = task.inThread ? await Promise.race([running, spec.signals.received]) : await running;
          if (first === 'signal') {
            // It may be waiting for stdin: it is left, and what it was writing is the command's
            // to remove.
            running.catch(() => {});
            how = 'signal';
            break tasks;
          }
          result = first;
          if (Date.now() - lastTurn >= TURN_MS) {
            await turn();
            lastTurn = Date.now();
          }
          // A job stopped by the signal is not taken as done.
          if (spec.signals.stopped) {
            how = 'signal';
            break tasks;
          }
        }
        if (!(await spec.take(job, result))) {
          how = 'stopped';
          break tasks;
        }
      }
    }
  } finally {
    await pool?.stop();
  }
  if (spec.signals.stopped) how = 'signal';
  return { how, unfinished: pool?.unfinished() ?? [] };
}
