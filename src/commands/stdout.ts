/**
 * Writing to stdout with back-pressure, and ending when the reader goes away
 * (`wireparse f | head -1`): exit code 1, as a failed write is, but without a message, since the
 * reader chose to stop. Any other write error (a full disk behind `> file`) ends the run with
 * exit code 1 and one line on stderr.
 */
import type { DocumentFormat } from '../render/documents.js';
import { DocumentWriter } from '../render/items.js';
import { describeFsError } from './inputs.js';
import { FileSpool } from './spool.js';

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
  closed = true;
  if (err.code !== 'EPIPE') process.stderr.write(`wireparse: stdout: ${describeFsError(err)}\n`);
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

/** Stdout is written in pieces of this size, or sooner when output has waited this long. */
const FLUSH_CHARS = 64 * 1024;
const FLUSH_MS = 50;

/** Stdout as one document over every input, written in input order and in pieces. */
export class StdoutDocument {
  private readonly writer: DocumentWriter;
  private buffered: string[] = [];
  private size = 0;
  private lastFlush = Date.now();

  constructor(format: DocumentFormat) {
    this.writer = new DocumentWriter(
      format,
      (text) => {
        this.buffered.push(text);
        this.size += text.length;
      },
      () => new FileSpool(),
    );
  }

  /**
   * Adds one story's pieces, or a run's joined (render/items.ts). True when what is buffered is
   * due to be written: the caller then awaits flush().
   */
  add(pieces: readonly string[]): boolean {
    this.writer.add(pieces);
    return this.size >= FLUSH_CHARS || Date.now() - this.lastFlush >= FLUSH_MS;
  }

  async end(): Promise<void> {
    for (const text of this.writer.end()) {
      this.buffered.push(text);
      this.size += text.length;
      if (this.size >= FLUSH_CHARS) await this.flush();
    }
    await this.flush();
  }

  async flush(): Promise<void> {
    const text = this.buffered.join('');
    this.buffered = [];
    this.size = 0;
    this.lastFlush = Date.now();
    await writeOut(text);
  }
}
