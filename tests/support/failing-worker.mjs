// A worker for WorkerPool tests (tests/commands/workers.test.ts): each job is a word; `fail`
// throws out of the thread, `exit` ends it, anything else comes back upper-cased.
import { parentPort, workerData } from 'node:worker_threads';

parentPort.on('message', (task) => {
  const results = [];
  for (const job of task.jobs) {
    if (job === 'fail') throw new Error('made to fail');
    if (job === 'exit') process.exit(3);
    results.push(job.toUpperCase());
    Atomics.store(workerData.finished, 0, results.length);
  }
  parentPort.postMessage({ id: task.id, results });
});
