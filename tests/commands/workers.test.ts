/** The worker pool goes on when a worker fails: only the failing task is rejected, and says how far it got. */
import { describe, expect, it } from 'vitest';
import { WorkerFailed, WorkerPool } from '../../src/commands/workers.js';

const SCRIPT = new URL('../support/failing-worker.mjs', import.meta.url);
const init = { command: 'check', settings: { require: [], parse: {}, listStories: false } } as const;

describe('WorkerPool', () => {
  for (const how of ['fail', 'exit']) {
    it(`a worker that ends (${how}) fails its task only; the pool replaces it and the other tasks come back`, async () => {
      const pool = new WorkerPool<string, string>(2, init, SCRIPT);
      try {
        const tasks = [pool.run(['a', 'b']), pool.run(['c', how, 'd']), pool.run(['e']), pool.run(['f', 'g']), pool.run(['h'])];
        const settled = await Promise.allSettled(tasks);
        expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : null))).toEqual([['A', 'B'], null, ['E'], ['F', 'G'], ['H']]);
        const failure = (settled[1] as PromiseRejectedResult).reason;
        expect(failure).toBeInstanceOf(WorkerFailed);
        // One job of the task was finished before the one that failed.
        expect((failure as WorkerFailed).finished).toBe(1);
        expect(await pool.run(['i'])).toEqual(['I']);
      } finally {
        await pool.stop();
      }
    });
  }
});
