/**
 * A pool of worker threads converting tasks (runs of files) in parallel. Results come back as
 * promises, one per task, which the batch awaits in input order: the order of the output does
 * not depend on the number of workers.
 */
import { Worker } from 'node:worker_threads';
import type { ConvertSettings, FileResult, Job } from './convert.js';
import { YOUNG_GENERATION_MB } from './heap.js';

export interface TaskMessage {
  id: number;
  jobs: Job[];
}

export interface ResultMessage {
  id: number;
  results: FileResult[];
}

/** What a worker is started with. */
export interface WorkerInit {
  settings: ConvertSettings;
  /**
   * Shared with the main thread: how many files of its current task the worker has finished.
   * Read when the run is stopped, so that only the files still being written are removed; a
   * message per file would cost the conversion more than this one store.
   */
  finished: Int32Array;
}

interface Pending {
  task: TaskMessage;
  resolve(results: FileResult[]): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
  finished: Int32Array;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private stopped = false;

  constructor(size: number, settings: ConvertSettings) {
    for (let i = 0; i < size; i++) {
      const finished = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
      const worker = new Worker(new URL('./worker.js', import.meta.url), {
        workerData: { settings, finished } satisfies WorkerInit,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      const slot: Slot = { worker, busy: null, finished };
      worker.on('message', (message: ResultMessage) => {
        const done = slot.busy;
        slot.busy = null;
        done?.resolve(message.results);
        this.dispatch();
      });
      worker.on('error', (err) => {
        slot.busy?.reject(err);
        slot.busy = null;
      });
      this.slots.push(slot);
    }
  }

  /** Converts the jobs of one task in some worker. */
  run(jobs: Job[]): Promise<FileResult[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, jobs }, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * The jobs handed to workers and not finished: the one being converted (its output may be
   * half-written) and those after it. Exact once the pool is stopped.
   */
  unfinished(): Job[] {
    return this.slots.flatMap((s) => s.busy?.task.jobs.slice(Atomics.load(s.finished, 0)) ?? []);
  }

  /** Stops every worker at once, whatever it is doing (also how the pool is closed). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.queue.length = 0;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
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
