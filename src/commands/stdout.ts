/**
 * Writing to stdout with back-pressure, and ending quietly when the reader goes away
 * (`wireparse f | head -1`). Any other write error (a full disk behind `> file`) ends the run
 * with exit code 1 and one line on stderr.
 */
import { describeFsError } from './inputs.js';

let closed = false;
/** Called before each write (a progress line on the same terminal clears itself). */
let beforeWrite: (() => void) | null = null;

export function setBeforeWrite(hook: (() => void) | null): void {
  beforeWrite = hook;
}

/** Where the text goes instead of stdout (`--output FILE`), or null for stdout. */
let sink: ((text: string) => void) | null = null;

export function setStdoutSink(write: ((text: string) => void) | null): void {
  sink = write;
}

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
  if (sink !== null) {
    sink(chunk);
    return Promise.resolve();
  }
  beforeWrite?.();
  return new Promise((resolveWrite) => {
    if (process.stdout.write(chunk)) resolveWrite();
    else process.stdout.once('drain', () => resolveWrite());
  });
}
