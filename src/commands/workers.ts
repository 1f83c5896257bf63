/**
 * A pool of worker threads running tasks (runs of jobs) in parallel for the engine (engine.ts).
 * Results come back as promises, one per task, which the engine awaits in input order. A worker
 * that fails (an uncaught error, out of memory) rejects its task with WorkerFailed and is
 * replaced, so the run goes on.
 */
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { CheckOptions } from './check/check.js';
import type { ConvertSettings } from './convert.js';
import type { AgencyProfile } from '../profiles/profile.js';
import { loadedUserProfiles } from './profiles.js';

export interface TaskMessage<J> {
  id: number;
  jobs: J[];
}

export interface ResultMessage<R> {
  id: number;
  results: R[];
}

/** What a worker is started with: the command it runs and its settings. */
export type WorkerInit = { command: 'convert'; settings: ConvertSettings } | { command: 'check'; settings: CheckOptions };

/** What the worker thread receives: the command, and where it counts the jobs it has finished. */
export interface WorkerData {
  init: WorkerInit;
  /** The user's profiles (`--profiles`), registered in the worker as in the main thread. */
  profiles: readonly AgencyProfile[];
  /**
   * Shared with the main thread: how many jobs of its current task the worker has finished. Read
   * when the run is stopped or the worker fails, so that only the jobs not finished are redone or
   * removed; a message per job would cost more than this one store.
   */
  finished: Int32Array;
}

/** A worker failed while running a task; `finished` of its jobs were done. */
export class WorkerFailed extends Error {
  constructor(
    message: string,
    readonly finished: number,
  ) {
    super(message);
  }
}

interface Pending<J, R> {
  task: TaskMessage<J>;
  resolve(results: R[]): void;
  reject(err: Error): void;
}

interface Slot<J, R> {
  worker: Worker;
  busy: Pending<J, R> | null;
  finished: Int32Array;
}

export class WorkerPool<J, R> {
  private readonly slots: Slot<J, R>[] = [];
  private readonly queue: Pending<J, R>[] = [];
  private nextId = 0;
  private stopped = false;
  /**
   * The job each failed worker was running: it may have left a half-written output, which the
   * command removes when the run ends (unfinished()). The jobs after it in its task were never
   * begun (the engine runs them in its own thread).
   */
  private readonly lost: J[] = [];
  /** Failed workers being terminated: stop() waits for them, so nothing writes after it. */
  private readonly ending: Promise<number>[] = [];

  constructor(
    size: number,
    private readonly init: WorkerInit,
    private readonly script: URL = new URL('./worker.js', import.meta.url),
  ) {
    for (let i = 0; i < size; i++) {
      const slot: Slot<J, R> = { worker: null as unknown as Worker, busy: null, finished: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) };
      this.start(slot);
      this.slots.push(slot);
    }
  }

  /** Runs the jobs of one task in some worker. */
  run(jobs: J[]): Promise<R[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, jobs }, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * The jobs handed to workers and not finished, whose outputs may be half-written: the job each
   * failed worker was running, and for each worker still busy the one being run and those after
   * it. Exact once the pool is stopped.
   */
  unfinished(): J[] {
    return [...this.lost, ...this.slots.flatMap((s) => s.busy?.task.jobs.slice(Atomics.load(s.finished, 0)) ?? [])];
  }

  /** Stops every worker at once, whatever it is doing (also how the pool is closed); resolves once none runs. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.queue.length = 0;
    await Promise.all([...this.slots.map((s) => s.worker.terminate()), ...this.ending]);
  }

  private start(slot: Slot<J, R>): void {
    // node:worker_threads is loaded with the first worker: a run on one thread never needs it.
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    const worker = new Worker(this.script, { workerData: { init: this.init, profiles: loadedUserProfiles(), finished: slot.finished } satisfies WorkerData });
    slot.worker = worker;
    worker.on('message', (message: ResultMessage<R>) => {
      const done = slot.busy;
      slot.busy = null;
      done?.resolve(message.results);
      this.dispatch();
    });
    const fail = (message: string) => {
      if (slot.worker !== worker || this.stopped) return;
      const failed = slot.busy;
      slot.busy = null;
      if (failed !== null) {
        const finished = Atomics.load(slot.finished, 0);
        const running = failed.task.jobs[finished];
        if (running !== undefined) this.lost.push(running);
        failed.reject(new WorkerFailed(message, finished));
      }
      this.ending.push(worker.terminate());
      this.start(slot);
      this.dispatch();
    };
    worker.on('error', (err: NodeJS.ErrnoException) =>
      // Node's message for a worker past its heap limit does not say whose memory ran out.
      fail(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `its worker thread ran out of memory (${err.message})` : `the worker thread failed: ${err.message}`),
    );
    worker.on('exit', (code) => fail(`the worker thread ended (exit code ${code})`));
  }

  private dispatch(): void {
    if (this.stopped) return;
    for (const slot of this.slots) {
      if (slot.busy !== null) continue;
      const next = this.queue.shift();
      if (next === undefined) return;
      slot.busy = next;
      Atomics.store(slot.finished, 0, 0);
      slot.worker.postMessage(next.task);
    }
  }
}
