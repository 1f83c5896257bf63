/**
 * Where a run's output goes besides stdout: `-o DIR` names a folder (one output file per input),
 * `--output FILE` one file holding what stdout would (pandoc's and eslint's option). A name that
 * says the other thing is refused before anything is read: `-o result.json`, or `-o` on a file
 * that exists, would otherwise make a folder of that name or fail file by file.
 */
import { existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { EXTENSIONS } from '../render/formats.js';
import { OutputFile, runIdOf } from './atomic-write.js';
import { describeFsError } from './inputs.js';
import { setStdoutSink } from './stdout.js';

/** Why `dir` cannot be the `-o` folder, or null when it can. */
export function outDirProblem(dir: string): string | null {
  let isFolder: boolean | null = null;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    // Made by the run.
  }
  if (isFolder === false) return `-o ${dir}: not a folder (-o names the output folder; --output FILE writes one file)`;
  const ext = extname(dir).toLowerCase();
  if (isFolder === null && (Object.values(EXTENSIONS) as string[]).includes(ext)) {
    return `-o ${dir}: -o names a folder, and ${dir} looks like a file name; --output ${dir} writes one file`;
  }
  return null;
}

/** Why `file` cannot be the `--output` file, or null when it can. */
export function outputFileProblem(file: string, force: boolean): string | null {
  if (!existsSync(file)) return null;
  if (statSync(file).isDirectory()) return `--output ${file}: is a folder (-o ${file} writes one file per input into it)`;
  return force ? null : `--output ${file}: already exists (--force replaces it)`;
}

/**
 * Stdout's text goes to `file` instead, written beside it under a hidden temporary name and
 * renamed onto it when the run is over (`finish`), so that it appears whole or not at all; a run
 * that ends another way (Ctrl-C, a crash) removes the temporary file.
 */
export class SingleOutput {
  private readonly file: OutputFile;
  private done = false;
  /** The first write failure (a full disk): the rest is not written, and finish() says so. */
  private failure: unknown = null;
  private readonly cleanUp = () => {
    if (!this.done) this.file.abandon();
  };

  constructor(
    readonly out: string,
    force: boolean,
  ) {
    this.file = new OutputFile({ out, staged: null }, { force, runId: runIdOf(process.pid) });
    process.on('exit', this.cleanUp);
    setStdoutSink((text) => {
      if (this.failure !== null) return;
      try {
        this.file.write(text);
      } catch (err) {
        this.failure = err;
      }
    });
  }

  /** Publishes the file; returns the problem when it could not be. */
  finish(): string | null {
    setStdoutSink(null);
    this.done = true;
    process.off('exit', this.cleanUp);
    try {
      if (this.failure !== null) throw this.failure;
      this.file.finish();
      return null;
    } catch (err) {
      this.file.abandon();
      const code = (err as NodeJS.ErrnoException).code;
      return `${this.out}: ${code === 'EEXIST' ? 'already exists (--force replaces it)' : describeFsError(err)}`;
    }
  }
}
