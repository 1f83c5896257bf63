/**
 * Writing to stdout with back-pressure, and ending quietly when the reader goes away
 * (`wireparse f | head -1`). Any other write error (a full disk behind `> file`) ends the run
 * with exit code 1 and one line on stderr.
 */
import { describeFsError } from './inputs.js';

let closed = false;

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') {
    closed = true;
    // The reader is gone: nothing more can be said, and that is not a failure.
    process.exit(process.exitCode ?? 0);
  }
  closed = true;
  process.stderr.write(`wireparse: stdout: ${describeFsError(err)}\n`);
  process.exit(1);
});

export function writeOut(chunk: string): Promise<void> {
  if (closed || chunk === '') return Promise.resolve();
  return new Promise((resolveWrite) => {
    if (process.stdout.write(chunk)) resolveWrite();
    else process.stdout.once('drain', () => resolveWrite());
  });
}
