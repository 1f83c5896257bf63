/**
 * Writing to stdout with back-pressure, and ending quietly when the reader goes away
 * (`wireparse f | head -1`).
 */

let closed = false;

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') {
    closed = true;
    // The reader is gone: nothing more can be said, and that is not a failure.
    process.exit(process.exitCode ?? 0);
  }
  throw err;
});

export function stdoutClosed(): boolean {
  return closed;
}

export function writeOut(chunk: string): Promise<void> {
  if (closed || chunk === '') return Promise.resolve();
  return new Promise((resolveWrite) => {
    if (process.stdout.write(chunk)) resolveWrite();
    else process.stdout.once('drain', () => resolveWrite());
  });
}
