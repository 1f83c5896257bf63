/** A worker thread of the batch: converts the files of each task it is sent (see workers.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { convertFile, type ConvertSettings } from './convert.js';
import type { TaskMessage, ResultMessage } from './workers.js';

const settings = workerData as ConvertSettings;

parentPort!.on('message', (task: TaskMessage) => {
  const results = [];
  for (const job of task.jobs) {
    const result = convertFile(job, settings);
    results.push(result);
    // After a full disk or an unwritable folder the rest of the task would fail the same way.
    if (result.fatal) break;
  }
  parentPort!.postMessage({ id: task.id, results } satisfies ResultMessage);
});
