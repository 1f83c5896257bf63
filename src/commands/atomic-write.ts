/**
 * Output files appear whole or not at all. Into an output folder that already exists, the text
 * goes to a hidden temporary file beside the target, which is then renamed onto the target. Into
 * a fresh output folder the run writes in a hidden staging folder instead (staging.ts), where
 * each output is written in place and the whole folder is renamed once at the end. Either way a
 * run stopped by Ctrl-C, a crash or a full disk leaves no half-written output at its final path:
 * what was being written is removed by the run itself whenever it still can (error, SIGINT,
 * SIGTERM). There is no fsync: the promise is about interrupted runs, not power loss, and an
 * fsync per file would cost more than the whole conversion.
 */
import { closeSync, existsSync, linkSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where an output goes. */
export interface OutputTarget {
  /** The output file, as named in every message. */
  out: string;
  /**
   * Its place in the run's staging folder, written in place; null when the output folder existed
   * before the run and the file is written through a temporary file beside `out`.
   */
  staged: string | null;
}

/** What names a run's temporary files and staging folder: the process id. */
export function runIdOf(pid: number): string {
  return `wireparse-${pid}`;
}

/**
 * The temporary file (or staging folder, staging.ts) for `target`. The name depends only on the
 * target and the run, so the main thread can remove what a worker it stopped was writing.
 */
export function temporaryPath(target: string, runId: string): string {
  return join(dirname(target), `.${basename(target)}.${runId}.tmp`);
}

const TEMPORARY_NAME = /^\..+\.wireparse-\d+\.tmp$/;

/** Whether a file or folder name is a run's temporary file or staging folder (this run's or a killed one's). */
export function isTemporaryName(name: string): boolean {
  return TEMPORARY_NAME.test(name);
}

/** The file the bytes of `target` go to until it is finished: what to remove if it never is. */
export function writingPath(target: OutputTarget, runId: string): string {
  return target.staged ?? temporaryPath(target.out, runId);
}

export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone (or never created): nothing to clean.
  }
}

/** Errors of a hard link that say the file system has none (FAT, some network and FUSE mounts). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK']);

/**
 * Publishes a finished temporary file onto the target. Without `overwrite` an existing target
 * fails with EEXIST, and the target is linked to the temporary file, which is then removed: the
 * link fails if the target exists, so the check and the publishing are one step and a file that
 * another program creates meanwhile is never replaced. (Node has no rename with
 * RENAME_NOREPLACE; link and unlink cost what a look-up and a rename cost.) On a file system
 * without hard links the check and the rename are two steps.
 */
export function publish(temporary: string, target: string, overwrite: boolean): void {
  if (overwrite) {
    renameSync(temporary, target);
    return;
  }
  try {
    linkSync(temporary, target);
  } catch (err) {
    if (!NO_HARD_LINKS.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
    if (existsSync(target)) throw Object.assign(new Error(`${target} already exists`), { code: 'EEXIST' });
    renameSync(temporary, target);
    return;
  }
  // The output is published; a temporary file that cannot be removed is hidden, and ignored by
  // later runs (isTemporaryName).
  removeQuietly(temporary);
}

export interface WriteOptions {
  /** Replace an existing output file. */
  force: boolean;
  /** Names the run's temporary files. */
  runId: string;
}

/** Folders already made by this thread, so each is made once. */
const madeFolders = new Set<string>();

function makeFolder(folder: string): void {
  if (madeFolders.has(folder)) return;
  try {
    mkdirSync(folder, { recursive: true });
  } catch (err) {
    // EEXIST from a recursive mkdir: a file holds the place of the folder or of one above it.
    // Said as such, not as "already exists", which names the output and suggests --force; and
    // only this folder's outputs fail, so it is not one of the errors that stop the run.
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    throw new Error(`cannot make the output folder ${folder}: a file is in the way`);
  }
  madeFolders.add(folder);
}

/**
 * An output file being written, in pieces if need be: opened at its writing path (its folder
 * made), then either finished (published onto the target unless staged) or abandoned (removed).
 */
export class OutputFile {
  readonly path: string;
  private fd: number | null;

  constructor(
    private readonly target: OutputTarget,
    private readonly options: WriteOptions,
  ) {
    this.path = writingPath(target, options.runId);
    makeFolder(dirname(this.path));
    this.fd = openSync(this.path, 'w');
  }

  write(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd!, bytes, offset, bytes.length - offset);
  }

  finish(): void {
    this.close();
    if (this.target.staged === null) publish(this.path, this.target.out, this.options.force);
  }

  abandon(): void {
    this.close();
    removeQuietly(this.path);
  }

  private close(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    closeSync(fd);
  }
}

/** Writes `text` as the target's whole output; on any failure nothing is left behind. */
export function writeOutputFile(target: OutputTarget, text: string, options: WriteOptions): void {
  const file = new OutputFile(target, options);
  try {
    file.write(text);
    file.finish();
  } catch (err) {
    file.abandon();
    throw err;
  }
}
