/**
 * CLI inputs: file, folder and glob arguments expanded to the files to read, in a stable order.
 * Folders are walked recursively (walk.ts, with fdir), entries in sorted order; symbolic links
 * to folders are followed once, so a link loop cannot make the walk run forever. What a walk
 * leaves out is ripgrep's and prettier's rule (ignore-files.ts) narrowed by --include, --exclude
 * and --ext.
 * A file named as an argument is always read. A glob (`'wire/**\/*.txt'`, quoted so the shell
 * leaves it alone) is expanded here, as prettier and eslint do, when no file has its name.
 */
import { stat } from 'node:fs';
import { basename, resolve } from 'node:path';
import { promisify } from 'node:util';

// node:fs/promises would load modules of its own (readline among them) for this one call.
const statOf = promisify(stat);

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
  /** Folder and glob arguments that gave no file. */
  empty: string[];
}

/** What a walk reads (files named as arguments are always read). */
export interface WalkOptions {
  /** Hidden files and folders too (version-control folders never). */
  hidden: boolean;
  /** Honour .gitignore (inside a repository) and .ignore files. */
  ignoreFiles: boolean;
  /** Globs a file must match one of (none: every file); a glob without `/` matches the name. */
  include: readonly string[];
  /** Globs of files and folders to leave out. */
  exclude: readonly string[];
  /** File extensions to read, without the dot (none: every extension). */
  extensions: readonly string[];
}

export const DEFAULT_WALK: WalkOptions = { hidden: false, ignoreFiles: true, include: [], exclude: [], extensions: [] };

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

// The walk (fdir, picomatch, ignore) is loaded for the first folder or glob: a run over files
// named one by one does without it.
const walker = () => import('./walk.js');

/**
 * Expands the arguments. `exclude` holds absolute paths never to read (an output folder inside an
 * input folder must not be read back as input).
 */
export async function expandInputs(args: readonly string[], exclude: readonly string[] = [], walk: WalkOptions = DEFAULT_WALK): Promise<ExpandedInputs> {
  const out: ExpandedInputs = { files: [], problems: [], empty: [] };
  const excluded = new Set(exclude.map((p) => resolve(p)));
  for (const arg of args) {
    if (arg === '-') {
      out.files.push({ path: '-', root: null, below: 'stdin', size: 0 });
      continue;
    }
    let info;
    try {
      info = await statOf(arg);
    } catch (err) {
      const glob = (err as NodeJS.ErrnoException).code === 'ENOENT' ? (await walker()).globOf(arg, walk) : null;
      if (glob !== null) {
        const found = (await walker()).walkFolder(glob.base, walk, excluded, out.problems, glob.matches);
        if (found.length === 0) out.empty.push(arg);
        out.files.push(...found);
      } else out.problems.push({ path: arg, message: describeFsError(err) });
      continue;
    }
    if (info.isDirectory()) {
      const found = (await walker()).walkFolder(arg, walk, excluded, out.problems, null);
      if (found.length === 0) out.empty.push(arg);
      out.files.push(...found);
    } else if (info.isFile()) {
      out.files.push({ path: arg, root: null, below: basename(arg), size: info.size });
    } else {
      out.problems.push({ path: arg, message: 'not a regular file' });
    }
  }
  return out;
}
