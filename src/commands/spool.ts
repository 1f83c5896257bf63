/**
 * Text kept until a document ends (the stories' blocks below a Markdown front matter, what a
 * `check` report writes once an input has ended): in memory up to a bound, then in a temporary
 * file that is unlinked as soon as it is made, so that nothing is left behind however the run
 * ends. Where no temporary file can be made (TMPDIR missing or read-only), the text stays in
 * memory: the output is the same, only the memory bound is lost.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Spool } from '../render/items.js';

/**
 * Text held in memory before it goes to a file, and the pieces it is read back in. Small: what
 * is held outlives young-generation collections (a megabyte of one-story blocks is tens of
 * thousands of strings), and each piece read back is decoded into a string outside the heap
 * until a collection frees it: a larger size let a million tiny stories as Markdown hold far
 * more memory (bench/RESULTS.md, "Comment figures moved here").
 */
const IN_MEMORY_CHARS = 64 * 1024;
const READ_BYTES = 64 * 1024;

let made = 0;
/**
 * Told apart from the spools of the process's other threads, which share its pid and count their
 * own: without it two threads could name the same file at once.
 */
const THREAD_TAG = Math.random().toString(36).slice(2, 10);

export class FileSpool implements Spool {
  private texts: string[] = [];
  private chars = 0;
  private fd: number | null = null;
  /** No temporary file could be made: everything stays in `texts`. */
  private inMemory = false;

  add(text: string): void {
    this.texts.push(text);
    this.chars += text.length;
    if (this.chars > IN_MEMORY_CHARS && !this.inMemory) this.spill();
  }

  *drain(): Generator<string> {
    if (this.fd === null) {
      yield* this.texts.splice(0);
      return;
    }
    this.spill();
    const fd = this.fd;
    this.fd = null;
    try {
      const buffer = Buffer.alloc(READ_BYTES);
      const decoder = new TextDecoder('utf-8');
      for (let position = 0; ; ) {
        const n = readSync(fd, buffer, 0, READ_BYTES, position);
        if (n === 0) break;
        position += n;
        yield decoder.decode(buffer.subarray(0, n), { stream: true });
      }
      yield decoder.decode();
    } finally {
      closeSync(fd);
    }
  }

  /** Drops what the spool holds, closing its file if it has one. */
  discard(): void {
    this.texts = [];
    this.chars = 0;
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private spill(): void {
    if (this.fd === null) {
      const path = join(tmpdir(), `.wireparse-${process.pid}-${THREAD_TAG}-${made++}.spool`);
      try {
        this.fd = openSync(path, 'wx+', 0o600);
      } catch {
        this.inMemory = true;
        return;
      }
      unlinkSync(path);
    }
    const bytes = Buffer.from(this.texts.join(''), 'utf8');
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(this.fd, bytes, offset);
    this.texts = [];
    this.chars = 0;
  }
}
