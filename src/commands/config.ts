/**
 * The configuration file, found the way prettier finds its own: from a folder upward, the first
 * folder with a `wireparse.config.json`, or a `package.json` with a `wireparse` key, holds it.
 * It gives defaults for the options a project sets once (what `check` requires and ignores, the
 * reference date, the profile, a file of the project's own agency profiles); options on the command line win. zod checks it (loaded only when
 * a file is found: a run without one does not pay for zod), and a mistake in it is a usage error
 * naming the file and the key.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Config } from './config-schema.js';
import { EXIT } from './exit-codes.js';
import { printable } from './printable.js';

export type { Config } from './config-schema.js';
export const CONFIG_FILE = 'wireparse.config.json';

export interface FoundConfig {
  /** The file it was read from (`…/package.json` for the `wireparse` key). */
  file: string;
  config: Config;
}

/** A configuration file that cannot be used: a usage error. */
export class ConfigError extends Error {}

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ConfigError(`${file}: not JSON: ${(err as Error).message}`);
  }
}

async function validated(file: string, value: unknown): Promise<FoundConfig> {
  const { Config } = await import('./config-schema.js');
  const parsed = Config.safeParse(value);
  if (parsed.success) {
    const config = parsed.data;
    // Named from the file's folder, as a path in a configuration file is, wherever the run starts.
    if (config.profiles !== undefined) config.profiles = resolve(dirname(file), config.profiles);
    return { file, config };
  }
  const issues = parsed.error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(top)'}: ${i.message}`);
  throw new ConfigError(`${file}: ${issues.join('; ')}`);
}

/** Reads a configuration file named on the command line (`--config FILE`). */
export async function readConfig(file: string): Promise<FoundConfig> {
  let value: unknown;
  try {
    value = readJson(file);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError(`${file}: cannot read the configuration: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  return validated(file, value);
}

function tryRead(file: string): unknown {
  try {
    return readJson(file);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    return undefined;
  }
}

/** The configuration for work started in `from` (the current folder), or null when none is found. */
export async function findConfig(from: string): Promise<FoundConfig | null> {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const own = join(dir, CONFIG_FILE);
    const value = tryRead(own);
    if (value !== undefined) return validated(own, value);
    const pkgFile = join(dir, 'package.json');
    const pkg = tryRead(pkgFile);
    if (pkg !== null && typeof pkg === 'object' && 'wireparse' in pkg) return validated(pkgFile, (pkg as { wireparse: unknown }).wireparse);
    if (dirname(dir) === dir) return null;
  }
}

/**
 * The configuration a command runs with: `--config FILE`, none with `--no-config`, else the one
 * found from the current folder.
 */
export async function configOf(opts: Record<string, unknown>): Promise<Config> {
  if (opts.config === false) return {};
  if (typeof opts.config === 'string') return (await readConfig(opts.config)).config;
  return (await findConfig(process.cwd()))?.config ?? {};
}

/** The configuration the command runs with; a bad file is a usage error. */
export async function configOrUsageError(command: Command, opts: Record<string, unknown>): Promise<Config> {
  try {
    return await configOf(opts);
  } catch (err) {
    if (err instanceof ConfigError) command.error(`error: ${printable(err.message)}`, { exitCode: EXIT.usage });
    throw err;
  }
}
