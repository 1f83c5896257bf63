/**
 * CLI inputs: file and folder arguments expanded to the files to read, in a stable order.
 * Folders are walked recursively (entries sorted); symbolic links to folders are followed once,
 * so a link loop cannot make the walk run forever.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { isTemporaryName } from './atomic-write.js';

export interface InputFile {
  /** The path as the user would recognise it (argument, or argument joined with the relative path). */
  path: string;
  /** The folder argument this file was found under, or null for a file argument or stdin. */
  root: string | null;
  /**
   * The path below `root` (`a/b.txt`), or the file's name for a file argument, `stdin` for
   * stdin: where its output goes below an output folder. Built during the walk, which saves
   * working it out again from two absolute paths per file.
   */
  below: string;
  /** Size in bytes when the walk saw it (0 for stdin). */
  size: number;
}

export interface InputProblem {
  path: string;
  message: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  problems: InputProblem[];
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'not a folder';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'EEXIST':
      return 'already exists';
    default:
      return (err as Error).message ?? String(err);
  }
}

/**
 * Expands the arguments. `exclude` holds absolute paths never to read (an output folder inside an
 * input folder must not be read back as input).
 */
export async function expandInputs(args: readonly string[], exclude: readonly string[] = []): Promise<ExpandedInputs> {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const excluded = new Set(exclude.map((p) => resolve(p)));
  for (const arg of args) {
    if (arg === '-') {
      files.push({ path: '-', root: null, below: 'stdin', size: 0 });
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (err) {
      problems.push({ path: arg, message: describeFsError(err) });
      continue;
    }
    if (info.isDirectory()) {
      const seen = new Set<string>();
      walk(arg, arg, '', files, problems, seen, excluded);
    } else if (info.isFile()) {
      files.push({ path: arg, root: null, below: basename(arg), size: info.size });
    } else {
      problems.push({ path: arg, message: 'not a regular file' });
    }
  }
  return { files, problems };
}

/**
 * The walk is synchronous: one asynchronous stat per entry is a thread-pool round trip, which
 * made listing 10,000 files take longer than reading them.
 */
function walk(
  dir: string,
  root: string,
  below: string,
  files: InputFile[],
  problems: InputProblem[],
  seen: Set<string>,
  excluded: ReadonlySet<string>,
): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (err) {
    problems.push({ path: dir, message: describeFsError(err) });
    return;
  }
  if (seen.has(real) || excluded.has(real) || excluded.has(resolve(dir))) return;
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (err) {
    problems.push({ path: dir, message: describeFsError(err) });
    return;
  }
  for (const name of names) {
    // What a run was writing when it was killed (a temporary file, a staging folder) is never
    // input, like an output folder inside an input folder.
    if (isTemporaryName(name)) continue;
    const path = join(dir, name);
    const belowRoot = below === '' ? name : `${below}${sep}${name}`;
    let info;
    try {
      info = statSync(path);
    } catch (err) {
      problems.push({ path, message: describeFsError(err) });
      continue;
    }
    if (info.isDirectory()) walk(path, root, belowRoot, files, problems, seen, excluded);
    else if (info.isFile()) files.push({ path, root, below: belowRoot, size: info.size });
    else problems.push({ path, message: 'not a regular file (a FIFO, socket or device); skipped' });
  }
}
