/**
 * A run into an output folder that does not exist yet (the usual case) writes the whole tree into
 * a hidden staging folder beside it, `.<name>.wireparse-<pid>.tmp`, and renames that folder onto
 * the output folder when the run ends.
 *
 * Why: on ext4 a file create costs about 35 µs and a rename about 40 µs. Written file by file
 * (atomic-write.ts), each output costs a create, a look-up for an existing file and a rename; over
 * 10,000 one-story files the renames alone cost about as much as reading every input. The staging
 * folder is new and private to the run, so each output is written there in place: one create,
 * no temporary, no look-up, and one rename for the whole run.
 *
 * Why nothing half-written can appear: no output is visible at its final path before the one
 * rename, and before it the run removes the files still being written (the file a stopped worker
 * was converting and the rest of its task, a file being streamed) whether it ends normally, with
 * errors, after a fatal write error or on SIGINT/SIGTERM. Finished outputs then appear all at
 * once. A run killed outright (SIGKILL, a crash of Node itself) leaves the hidden staging folder
 * and nothing at the output folder: --skip-existing then finds nothing to skip and restarts the
 * run, and names the staging folder left beside it (leftStagingFolders), which can be deleted.
 */
import { lstatSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isRunning, isTemporaryName, publish, temporaryPath } from './atomic-write.js';
import { writeFailure } from './convert.js';
import { describeFsError } from './inputs.js';

export interface Staging {
  /** The output folder as given. */
  out: string;
  /** The hidden folder the run writes in, renamed onto `out` at the end. */
  folder: string;
  /** The first of the folders above it that the run made (`-o new/out`), or null. */
  madeAbove: string | null;
}

/**
 * Makes the staging folder for `outDir` when `outDir` does not exist; null when it does (outputs
 * are then written into it file by file, as atomic-write.ts describes).
 */
export function startStaging(outDir: string, runId: string): Staging | null {
  const target = resolve(outDir);
  try {
    lstatSync(target);
    return null;
  } catch (err) {
    // Anything but "missing" (a file in the path, no permission) is reported by making the folder.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return null;
  }
  const folder = temporaryPath(target, runId);
  let madeAbove: string | undefined;
  try {
    madeAbove = mkdirSync(dirname(folder), { recursive: true });
    mkdirSync(folder);
  } catch {
    // A leftover of a killed run that had the same process id, or a parent that cannot be made:
    // outputs go straight to the output folder, whose making reports any problem.
    return null;
  }
  return { out: outDir, folder, madeAbove: madeAbove ?? null };
}

/**
 * Staging folders beside `outDir` left by runs into it that were killed outright (their process
 * is gone): what to tell the user, one note each. They are not removed: they are not this run's,
 * and telling is enough for the user to delete them. A process id that is running again (reused,
 * or a run still going) is not named.
 */
export function leftStagingFolders(outDir: string, runId: string): string[] {
  const target = resolve(outDir);
  const own = basename(temporaryPath(target, runId));
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return [];
  }
  const prefix = `.${basename(target)}.wireparse-`;
  const notes: string[] = [];
  for (const name of names) {
    if (name === own || !name.startsWith(prefix) || !isTemporaryName(name)) continue;
    const pid = Number(name.slice(prefix.length, -'.tmp'.length));
    if (isRunning(pid)) continue;
    notes.push(`${join(dirname(outDir), name)}: left by an earlier run into ${outDir} that was killed (process ${pid} is gone); its outputs were never published and it can be deleted`);
  }
  return notes.sort();
}


/**
 * Publishes the staged outputs, usually by one rename of the staging folder onto the output
 * folder. If the output folder appeared during the run (another program, another run), each
 * staged file is published on its own under the rule for existing outputs: refused (and named)
 * unless `force`, kept silently with `skipExisting`; then the staging folder is removed, unless
 * an error that every later file would meet too (no folder can be made there, a full disk) stops
 * the publishing: the outputs not yet published then stay in it, and the message says where.
 * Returns what to report on stderr, one message per output that could not be published.
 */
export function publishStaging(staging: Staging, options: { force: boolean; skipExisting: boolean }): string[] {
  // No output was written (every input failed, or the run was stopped before the first): no
  // output folder is made, nor the folders above it.
  if (!holdsAFile(staging.folder)) {
    rmSync(staging.folder, { recursive: true, force: true });
    if (staging.madeAbove !== null && !holdsAFile(staging.madeAbove)) rmSync(staging.madeAbove, { recursive: true, force: true });
    return [];
  }
  try {
    // Replaces an empty folder made meanwhile: nothing is lost.
    renameSync(staging.folder, resolve(staging.out));
    return [];
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'ENOTEMPTY' && code !== 'ENOTDIR') {
      return [`${staging.out}: cannot publish the outputs (left in ${staging.folder}): ${describeFsError(err)}`];
    }
  }
  const problems: string[] = [];
  const files = stagedFiles(staging.folder, '');
  for (const [i, rel] of files.entries()) {
    const failure = publishOne(join(staging.folder, rel), join(staging.out, rel), options);
    if (failure === null) continue;
    if (!failure.fatal) {
      problems.push(failure.error);
      continue;
    }
    // The rest would fail the same way: keep them where they are rather than drop finished work.
    problems.push(`${failure.error}; this and ${files.length - i - 1} more outputs are left in ${staging.folder}`);
    return problems;
  }
  try {
    rmSync(staging.folder, { recursive: true, force: true });
  } catch (err) {
    problems.push(`${staging.folder}: cannot remove: ${describeFsError(err)}`);
  }
  return problems;
}

/** One staged file published onto `target`; what went wrong, or null when it is published or kept. */
function publishOne(staged: string, target: string, options: { force: boolean; skipExisting: boolean }): { error: string; fatal: boolean } | null {
  const folder = dirname(target);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (err) {
    // A file where the folder should be, or no permission: no output can go below it.
    return { error: `${folder}: cannot make the output folder: ${describeFsError(err)}`, fatal: true };
  }
  try {
    publish(staged, target, options.force);
    return null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST' && options.skipExisting) return null;
    return writeFailure(target, err);
  }
}

/** Whether any file is below `folder` (stops at the first). */
function holdsAFile(folder: string): boolean {
  return readdirSync(folder, { withFileTypes: true }).some((entry) => !entry.isDirectory() || holdsAFile(join(folder, entry.name)));
}

/** The files below `folder`, relative, sorted. */
function stagedFiles(folder: string, rel: string): string[] {
  return readdirSync(join(folder, rel), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? stagedFiles(folder, join(rel, entry.name)) : [join(rel, entry.name)]));
}
