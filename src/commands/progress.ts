/**
 * Progress for a person watching a batch: one line on stderr rewritten in place (files done out
 * of the total, stories, rate, time left), then a summary line. Shown as ripgrep and cargo show
 * theirs: on a terminal only, not with --quiet, not for a single file, and not before the run has
 * taken a second (a quick run ends before a line could be read). Never when stdout is a pipe:
 * its reader may be a pager (`| less -R`) drawing on the same terminal. When stdout is the same
 * terminal as stderr, the line is cleared before anything goes to stdout (clearBeforeStdout).
 */
import { fstatSync } from 'node:fs';

export interface Tally {
  files: number;
  stories: number;
  warnings: number;
  errors: number;
  skipped: number;
  bytes: number;
}

/** Redraws at most this often: a terminal redraw per file would cost more than the file. */
const REDRAW_MS = 100;
/** Nothing is drawn in a run's first second. */
const SHOW_AFTER_MS = 1000;

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What a file descriptor is open on, or null when it cannot be told. */
function statOf(fd: number): ReturnType<typeof fstatSync> | null {
  try {
    return fstatSync(fd);
  } catch {
    return null;
  }
}

/** Whether stdout goes into a pipe or a socket, whose reader may share the terminal. */
export function stdoutIsPipe(): boolean {
  const s = statOf(1);
  return s !== null && (s.isFIFO() || s.isSocket());
}

/** Whether stdout and stderr are one terminal (a progress line would sit among the output). */
export function stdoutSharesTerminal(): boolean {
  if (process.stdout.isTTY !== true || process.stderr.isTTY !== true) return false;
  const out = statOf(1);
  const err = statOf(2);
  return out !== null && err !== null && out.rdev === err.rdev;
}

export class Progress {
  readonly tally: Tally = { files: 0, stories: 0, warnings: 0, errors: 0, skipped: 0, bytes: 0 };
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly totalFiles: number,
    private readonly totalBytes: number,
    private readonly stream: NodeJS.WritableStream | null,
  ) {}

  /**
   * A progress display for stderr, or a silent one. `writesStdout`: the run's output goes to
   * stdout (not to an output folder), so a pipe there silences progress.
   */
  static forStderr(totalFiles: number, totalBytes: number, quiet: boolean, writesStdout = true): Progress {
    const shown = !quiet && totalFiles > 1 && process.stderr.isTTY === true && !(writesStdout && stdoutIsPipe());
    return new Progress(totalFiles, totalBytes, shown ? process.stderr : null);
  }

  update(now = Date.now()): void {
    if (this.stream === null) return;
    const elapsed = now - this.started;
    if (elapsed < SHOW_AFTER_MS || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const t = this.tally;
    const rate = (t.files * 1000) / elapsed;
    // Time left from bytes when sizes are known (files differ in size), else from files.
    const fraction = this.totalBytes > 0 ? t.bytes / this.totalBytes : t.files / this.totalFiles;
    const eta = fraction > 0 ? seconds((elapsed * (1 - fraction)) / fraction) : '?';
    this.stream.write(`\r\x1b[Kwireparse: ${t.files}/${this.totalFiles} files, ${plural(t.stories, 'story', 'stories')}, ${rate.toFixed(0)} files/s, ETA ${eta}`);
    this.drawn = true;
  }

  /** Clears the progress line, so that a message can be printed on stderr. */
  clear(): void {
    if (this.stream !== null && this.drawn) {
      this.stream.write('\r\x1b[K');
      this.drawn = false;
      this.lastDraw = 0;
    }
  }

  /** A function to call before each stdout write: clears the line when stdout shares its terminal. */
  clearBeforeStdout(): (() => void) | null {
    return this.stream !== null && stdoutSharesTerminal() ? () => this.clear() : null;
  }

  finish(interrupted: boolean, now = Date.now()): void {
    if (this.stream === null) return;
    this.clear();
    const t = this.tally;
    const skipped = t.skipped > 0 ? `, ${t.skipped} skipped` : '';
    const how = interrupted ? 'interrupted after' : 'in';
    const counts = [plural(t.stories, 'story', 'stories'), plural(t.warnings, 'warning', 'warnings'), plural(t.errors, 'error', 'errors')];
    this.stream.write(`wireparse: ${plural(t.files, 'file', 'files')}${skipped}, ${counts.join(', ')} ${how} ${seconds(now - this.started)}\n`);
  }
}
