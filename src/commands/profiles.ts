/**
 * The CLI's side of agency profiles: `--profiles FILE` (of the program and of `check`), loaded
 * and registered before a command runs, and the `wireparse profiles [--json]` subcommand.
 */
import type { Command } from 'commander';
import type { AgencyProfile } from '../profiles/profile.js';
import { EXIT } from './exit-codes.js';
import { printable } from './printable.js';
import { writeOut } from './stdout.js';

let userProfiles: readonly AgencyProfile[] = [];
let loadedFrom: string | undefined;

/** The profiles loaded from `--profiles`, for the worker threads (each has a registry of its own). */
export const loadedUserProfiles = (): readonly AgencyProfile[] => userProfiles;

/**
 * Registers the profiles of `file`, by default the `--profiles` file given to `command` (or to
 * the program before it), once, so that they take part in detection as the built-in ones do, and keeps them for the
 * worker threads. A broken file is a usage error naming the file, the line and the field.
 */
export async function loadUserProfiles(command: Command, file = command.optsWithGlobals().profiles as string | undefined): Promise<void> {
  if (file === undefined || file === loadedFrom) return;
  const { loadProfileFile, ProfileFileError } = await import('../profiles/user-file.js');
  const { registerProfiles } = await import('../profiles/index.js');
  try {
    const loaded = loadProfileFile(file);
    registerProfiles(loaded);
    userProfiles = loaded;
    loadedFrom = file;
  } catch (err) {
    if (err instanceof ProfileFileError) command.error(`wireparse: ${printable(err.message)}`, { exitCode: EXIT.usage, code: 'wireparse.profiles' });
    throw err;
  }
}

/** `wireparse profiles`: the profiles in force, as a list or (`--json`) in the form `--profiles` reads. */
export function registerProfilesCommand(program: Command): void {
  program
    .command('profiles')
    .description("list the agency profiles (with --profiles FILE before it, the file's too)")
    .option('--json', 'print them in the form --profiles reads, to copy and edit')
    .action(async (opts: { json?: boolean }) => {
      const { PROFILES } = await import('../profiles/index.js');
      if (opts.json !== true) {
        await writeOut(PROFILES.map((p) => `${p.id.padEnd(10)} ${p.name.padEnd(12)} ${p.aliases.join(', ')}\n`).join(''));
        return;
      }
      const { toFileForm } = await import('../profiles/file-form.js');
      await writeOut(`${JSON.stringify(toFileForm(PROFILES), null, 2)}\n`);
    });
}
