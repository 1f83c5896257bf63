/**
 * CLI inputs: file, folder and glob arguments expanded to the files to read, in a stable order.
 * Folders are walked recursively (fdir), entries in sorted order; symbolic links to folders are
 * followed once, so a link loop cannot make the walk run forever. What a walk leaves out is
 * ripgrep's and prettier's rule (ignore-files.ts) narrowed by --include, --exclude and --ext.
 * A file named as an argument is always read. A glob (`'wire/**\/*.txt'`, quoted so the shell
 * leaves it alone) is expanded here, as prettier and eslint do, when no file has its name.
 */
import { accessSync, constants, readdirSync, realpathSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { fdir } from 'fdir';
import picomatch from 'picomatch';
import { isTemporaryName } from './atomic-write.js';
import { IgnoreRules, isHidden, isVcsFolder } from './ignore-files.js';

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
      info = await stat(arg);
    } catch (err) {
      const scan = picomatch.scan(arg);
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && scan.isGlob) {
        const found = walkFolder(scan.base === '' ? '.' : scan.base, walk, excluded, out.problems, picomatch(scan.glob, { dot: walk.hidden }));
        if (found.length === 0) out.empty.push(arg);
        out.files.push(...found);
      } else out.problems.push({ path: arg, message: describeFsError(err) });
      continue;
    }
    if (info.isDirectory()) {
      const found = walkFolder(arg, walk, excluded, out.problems, null);
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

/**
 * A test of a path below the walked folder against globs (null for none): a glob with a `/` is
 * matched against the whole path, one without against the name (as in .gitignore).
 */
function globsMatcher(globs: readonly string[]): ((path: string) => boolean) | null {
  if (globs.length === 0) return null;
  const paths = globs.filter((g) => g.includes('/'));
  const names = globs.filter((g) => !g.includes('/'));
  const byPath = paths.length === 0 ? null : picomatch(paths, { dot: true });
  const byName = names.length === 0 ? null : picomatch(names, { dot: true });
  return (path) => (byPath?.(path) ?? false) || (byName?.(basename(path)) ?? false);
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Orders paths below a folder as a walk of sorted folder entries would (`a/b` before `a.txt`). */
function byEntries(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * The files below `root` that the walk options let through (and `glob`, matched against the path
 * below `root`, when the argument was a glob). Listing is fdir's; one stat per file then gives the
 * size the batch plans with.
 */
function walkFolder(root: string, walk: WalkOptions, excluded: ReadonlySet<string>, problems: InputProblem[], glob: picomatch.Matcher | null): InputFile[] {
  const absoluteRoot = resolve(root);
  const rules = walk.ignoreFiles ? IgnoreRules.for(absoluteRoot) : null;
  const excludes = globsMatcher(walk.exclude);
  const includes = globsMatcher(walk.include);
  const extensions = new Set(walk.extensions.map((e) => e.replace(/^\./, '').toLowerCase()));
  const seen = new Set<string>();
  const firstVisit = (dir: string): boolean => {
    let real: string;
    try {
      real = realpathSync(dir);
      // fdir passes over a folder it cannot read without a word; the run names it.
      accessSync(dir, constants.R_OK | constants.X_OK);
    } catch (err) {
      problems.push({ path: dir, message: describeFsError(err) });
      return false;
    }
    if (seen.has(real) || excluded.has(real) || excluded.has(resolve(dir))) return false;
    seen.add(real);
    return true;
  };
  if (!firstVisit(root)) return [];
  const visited = [absoluteRoot];
  const keeps = (path: string) => {
    const name = basename(path);
    if (isTemporaryName(name) || (!walk.hidden && isHidden(name))) return false;
    if (extensions.size > 0 && !extensions.has(extensionOf(name))) return false;
    if (glob !== null && !glob(path)) return false;
    if (excludes?.(path) || (includes !== null && !includes(path))) return false;
    return !rules?.ignores(join(absoluteRoot, path), false);
  };
  const belowRoot = (absolute: string) => absolute.slice(absoluteRoot.length + 1).replace(/\/$/, '');
  const listed = new fdir()
    .withRelativePaths()
    .withSymlinks({ resolvePaths: false })
    .exclude((name, dirPath) => {
      // What a run was writing when it was killed (a staging folder) is never input.
      if (isVcsFolder(name) || isTemporaryName(name) || (!walk.hidden && isHidden(name))) return true;
      const below = belowRoot(dirPath);
      if (excludes?.(below)) return true;
      if (rules?.ignores(dirPath.replace(/\/$/, ''), true)) return true;
      if (!firstVisit(dirPath)) return true;
      visited.push(dirPath.replace(/\/$/, ''));
      return false;
    })
    .filter(keeps)
    .crawl(absoluteRoot)
    .sync();
  // fdir lists regular files and links only: a FIFO, socket or device the walk would have read is
  // named, not passed over without a word.
  for (const dir of visited) {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.isFile() || e.isDirectory() || e.isSymbolicLink()) continue;
      const below = join(dir, e.name).slice(absoluteRoot.length + 1);
      if (keeps(below.split(sep).join('/'))) listed.push(below.split(sep).join('/'));
    }
  }
  const files: InputFile[] = [];
  for (const rel of listed.map((p) => p.split('/')).sort(byEntries)) {
    const below = rel.join(sep);
    const path = join(root, below);
    try {
      const info = statSync(path);
      if (info.isFile()) files.push({ path, root, below, size: info.size });
      else problems.push({ path, message: 'not a regular file (a FIFO, socket or device); skipped' });
    } catch (err) {
      problems.push({ path, message: describeFsError(err) });
    }
  }
  return files;
}
