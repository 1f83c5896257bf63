/** A worker thread of the batch: converts the files of each task it is sent (see workers.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { registerProfiles } from '../profiles/index.js';
import { convertFile } from './convert.js';
import type { ResultMessage, TaskMessage, WorkerInit } from './workers.js';

const { settings, finished } = workerData as WorkerInit;
if (settings.profiles !== undefined) registerProfiles(settings.profiles);

parentPort!.on('message', (task: TaskMessage) => {
  const results = [];
  for (const job of task.jobs) {
    const result = convertFile(job, settings);
    results.push(result);
    Atomics.store(finished, 0, results.length);
    // After a full disk or an unwritable folder the rest of the task would fail the same way.
    if (result.fatal) break;
  }
  parentPort!.postMessage({ id: task.id, results } satisfies ResultMessage);
});
