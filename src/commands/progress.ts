/**
 * Progress for a person watching a batch: one line on stderr rewritten in place (files done out
 * of the total, stories, rate, time left), then a summary line. Only when stderr is a terminal
 * and --quiet is not given: a pipe or a log file gets neither.
 */

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

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

export class Progress {
  readonly tally: Tally = { files: 0, stories: 0, warnings: 0, errors: 0, skipped: 0, bytes: 0 };
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly totalFiles: number,
    private readonly totalBytes: number,
    private readonly stream: NodeJS.WriteStream | null,
  ) {}

  /** A progress display for stderr, or a silent one. */
  static forStderr(totalFiles: number, totalBytes: number, quiet: boolean): Progress {
    return new Progress(totalFiles, totalBytes, !quiet && process.stderr.isTTY === true ? process.stderr : null);
  }

  update(): void {
    if (this.stream === null) return;
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const t = this.tally;
    const elapsed = now - this.started;
    const rate = elapsed > 0 ? (t.files * 1000) / elapsed : 0;
    // Time left from bytes when sizes are known (files differ in size), else from files.
    const fraction = this.totalBytes > 0 ? t.bytes / this.totalBytes : this.totalFiles > 0 ? t.files / this.totalFiles : 0;
    const eta = fraction > 0 ? seconds((elapsed * (1 - fraction)) / fraction) : '?';
    this.stream.write(`\r\x1b[Kwireparse: ${t.files}/${this.totalFiles} files, ${t.stories} stories, ${rate.toFixed(0)} files/s, ETA ${eta}`);
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

  finish(interrupted: boolean): void {
    if (this.stream === null) return;
    this.clear();
    const t = this.tally;
    const skipped = t.skipped > 0 ? `, ${t.skipped} skipped` : '';
    const how = interrupted ? 'interrupted after' : 'in';
    this.stream.write(`wireparse: ${t.files} files${skipped}, ${t.stories} stories, ${t.warnings} warnings, ${t.errors} errors ${how} ${seconds(Date.now() - this.started)}\n`);
  }
}
