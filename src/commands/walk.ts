/**
 * Walking a folder argument, or the folder a glob argument names, for inputs.ts: the files the
 * walk options let through, in sorted order.
 */
import { accessSync, constants, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { fdir } from 'fdir';
import picomatch from 'picomatch';
import { isTemporaryName } from './atomic-write.js';
import { IgnoreRules, isHidden, isVcsFolder } from './ignore-files.js';
import { describeFsError, type InputFile, type InputProblem, type WalkOptions } from './inputs.js';

/** A glob argument (no file has its name): the folder it walks and the test of paths below it; null when it is no glob. */
export function globOf(arg: string, walk: WalkOptions): { base: string; matches: picomatch.Matcher } | null {
  const scan = picomatch.scan(arg);
  return scan.isGlob ? { base: scan.base === '' ? '.' : scan.base, matches: picomatch(scan.glob, { dot: walk.hidden }) } : null;
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
export function walkFolder(root: string, walk: WalkOptions, excluded: ReadonlySet<string>, problems: InputProblem[], glob: picomatch.Matcher | null): InputFile[] {
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
