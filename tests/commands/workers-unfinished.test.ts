/**
 * What a failed worker was running is among the pool's unfinished jobs (whose outputs the batch
 * removes when the run ends, batch.ts): only that job, not those of its task it had finished nor
 * those after it, which the engine runs in its own thread.
 */
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/commands/workers.js';

const SCRIPT = new URL('../support/failing-worker.mjs', import.meta.url);
const init = { command: 'check', settings: { require: [], parse: {}, listStories: false } } as const;

describe('WorkerPool.unfinished', () => {
  for (const how of ['fail', 'exit']) {
    it(`holds the job a worker was running when it ended (${how}), once the pool is stopped`, async () => {
      const pool = new WorkerPool<string, string>(2, init, SCRIPT);
      try {
        const settled = await Promise.allSettled([pool.run(['a', 'b']), pool.run(['c', how, 'd']), pool.run(['e'])]);
        expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      } finally {
        await pool.stop();
      }
      expect(pool.unfinished()).toEqual([how]);
    });
  }

  it('is empty after a run without a failure', async () => {
    const pool = new WorkerPool<string, string>(2, init, SCRIPT);
    try {
      expect(await Promise.all([pool.run(['a']), pool.run(['b', 'c'])])).toEqual([['A'], ['B', 'C']]);
    } finally {
      await pool.stop();
    }
    expect(pool.unfinished()).toEqual([]);
  });
});
