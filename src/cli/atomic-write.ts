/**
 * Output files appear whole or not at all: the text goes to a hidden temporary file beside the
 * target, which is then renamed (or linked, when an existing file must not be replaced) onto
 * the target. A run stopped by Ctrl-C, a crash or a full disk leaves at most a temporary file,
 * which the run removes itself whenever it still can (error, SIGINT), and never a half-written
 * output. There is no fsync: the promise is about interrupted runs, not power loss, and an fsync
 * per file would cost more than the whole conversion.
 */
import { closeSync, existsSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The temporary file for `target`. The name depends only on the target and the run, so the main
 * thread can remove what a worker it stopped was writing.
 */
export function temporaryPath(target: string, runId: string): string {
  return join(dirname(target), `.${basename(target)}.${runId}.tmp`);
}

export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone (or never created): nothing to clean.
  }
}

/**
 * Publishes a finished temporary file onto the target. Without `overwrite` an existing target
 * fails with EEXIST. The check and the rename are two steps (Node has no renameat2 with
 * RENAME_NOREPLACE, and link + unlink would double the metadata writes of a batch): another
 * program creating the same file in between would be overwritten.
 */
export function publish(temporary: string, target: string, overwrite: boolean): void {
  if (!overwrite && existsSync(target)) {
    throw Object.assign(new Error(`${target} already exists`), { code: 'EEXIST' });
  }
  renameSync(temporary, target);
}

/** Writes `text` to `target` atomically; on any failure nothing is left behind. */
export function writeFileAtomic(target: string, text: string, options: { overwrite: boolean; runId: string }): void {
  const temporary = temporaryPath(target, options.runId);
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeAll(fd, text);
    } finally {
      closeSync(fd);
    }
    publish(temporary, target, options.overwrite);
  } catch (err) {
    removeQuietly(temporary);
    throw err;
  }
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}
