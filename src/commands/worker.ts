/** A worker thread of the engine (engine.ts, workers.ts): runs the jobs of each task it is sent, for the command it was started for. */
import { parentPort, workerData } from 'node:worker_threads';
import { registerProfiles } from '../profiles/index.js';
import { convertJob, WORKER_OUTPUT_CHARS } from './convert.js';
import { checkJob } from './check/check.js';
import type { ResultMessage, TaskMessage, WorkerData } from './workers.js';

const { init, profiles, finished } = workerData as WorkerData;
// User profiles (--profiles FILE) are read by the main thread and sent along: a worker has its own registry.
if (profiles.length > 0) registerProfiles(profiles);

type Runner = (job: never) => Promise<object & { fatal?: boolean }>;

/** The job runner for one task (a convert task has a stdout budget of its own). */
function runnerForTask(): Runner {
  if (init.command === 'check') return (job) => checkJob(job, init.settings);
  let budget = WORKER_OUTPUT_CHARS;
  return async (job) => {
    const result = await convertJob(job, init.settings, { document: null, budget });
    for (const section of result.run ?? []) budget -= section.length;
    return result;
  };
}

let queue = Promise.resolve();
parentPort!.on('message', (task: TaskMessage<never>) => {
  // One task at a time, in the order sent.
  queue = queue.then(async () => {
    const run = runnerForTask();
    const results = [];
    for (const job of task.jobs) {
      const result = await run(job);
      results.push(result);
      Atomics.store(finished, 0, results.length);
      // After a full disk or an unwritable folder the rest of the task would fail the same way.
      if (result.fatal) break;
    }
    parentPort!.postMessage({ id: task.id, results } satisfies ResultMessage<unknown>);
  });
});
