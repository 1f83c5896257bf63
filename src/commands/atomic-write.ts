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
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** The longest file name most file systems take (NAME_MAX), in bytes. */
const NAME_MAX = 255;

/**
 * The temporary file (or staging folder, staging.ts) for `target`: `.NAME.wireparse-PID.tmp`.
 * The name depends only on the target and the run, so the main thread can remove what a worker
 * it stopped was writing. A name too long for NAME_MAX keeps its start and a hash of the whole.
 */
export function temporaryPath(target: string, runId: string): string {
  const name = basename(target);
  const suffix = `.${runId}.tmp`;
  if (Buffer.byteLength(`.${name}${suffix}`) <= NAME_MAX) return join(dirname(target), `.${name}${suffix}`);
  // node:crypto loads some twenty modules: only a name too long to take the suffix needs it.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const hash = `~${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;
  let start = name.slice(0, NAME_MAX - suffix.length - hash.length - 1);
  // Cut by characters, measured in bytes: shorten until the UTF-8 name fits.
  while (Buffer.byteLength(`.${start}${hash}${suffix}`) > NAME_MAX) start = start.slice(0, -1);
  return join(dirname(target), `.${start}${hash}${suffix}`);
}

const TEMPORARY_NAME = /^\..+\.wireparse-(\d+)\.tmp$/;

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

/** Whether the process `pid` runs (EPERM: it does, as another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes the temporary files that runs killed outright (SIGKILL, out of memory) left in an
 * existing output folder: never published, they are nobody's once their process is gone.
 * Staging folders are not removed here: they hold finished outputs (staging.ts names them).
 */
function removeLeftTemporaries(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMPORARY_NAME.exec(name)?.[1];
    if (pid !== undefined && Number(pid) !== process.pid && !isRunning(Number(pid))) {
      try {
        unlinkSync(join(folder, name));
      } catch {
        // A folder (a staging folder of an output folder inside this one), or gone: left alone.
      }
    }
  }
}

/** Folders already made by this thread, so each is made (and cleaned of left temporaries) once. */
const madeFolders = new Set<string>();

function makeFolder(folder: string, staged: boolean): void {
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
  if (!staged) removeLeftTemporaries(folder);
  madeFolders.add(folder);
}

/**
 * An output file being written, in pieces if need be: opened at its writing path (its folder
 * made), then either finished (published onto the target unless staged) or abandoned (removed).
 */
export class OutputFile {
  readonly path: string;
  private fd: number | null;
  private buffered: string[] = [];
  private size = 0;

  constructor(
    private readonly target: OutputTarget,
    private readonly options: WriteOptions,
  ) {
    this.path = writingPath(target, options.runId);
    makeFolder(dirname(this.path), target.staged !== null);
    this.fd = openSync(this.path, 'w');
  }

  /** Written in pieces of about this size: a write per story would cost a system call each. */
  private static readonly WRITE_CHARS = 64 * 1024;

  write(text: string): void {
    // An indexed store, not push: each file's array begins empty, with the small-integer kind, and
    // push inlined for strings deoptimized at the second file (as StoryReader's, parse.ts).
    this.buffered[this.buffered.length] = text;
    this.size += text.length;
    if (this.size >= OutputFile.WRITE_CHARS) this.flush();
  }

  finish(): void {
    this.flush();
    this.close();
    if (this.target.staged === null) publish(this.path, this.target.out, this.options.force);
  }

  abandon(): void {
    this.buffered = [];
    this.close();
    removeQuietly(this.path);
  }

  private flush(): void {
    const bytes = Buffer.from(this.buffered.length === 1 ? this.buffered[0]! : this.buffered.join(''), 'utf8');
    this.buffered = [];
    this.size = 0;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd!, bytes, offset, bytes.length - offset);
  }

  private close(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    closeSync(fd);
  }
}
