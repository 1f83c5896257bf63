/**
 * The configuration file, found the way prettier finds its own: from a folder upward, the first
 * folder with a `wireparse.config.json`, or a `package.json` with a `wireparse` key, holds it.
 * It gives defaults for the options a project sets once (what `check` requires and ignores, the
 * reference date, the profile); options on the command line win. zod checks it, and a mistake in
 * it is a usage error naming the file and the key.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { DIALECTS } from '../schema/dialects.js';
import { ALL_CODES, REQUIRABLE_PARTS } from '../schema/warnings.js';

export const CONFIG_FILE = 'wireparse.config.json';

const codes = ALL_CODES.map((c) => c.code) as [string, ...string[]];

export const Config = z
  .strictObject({
    $schema: z.string().optional(),
    require: z.array(z.enum(REQUIRABLE_PARTS)).optional().describe('parts whose absence `check` reports as an error'),
    ignoreWarnings: z.array(z.enum(codes)).optional().describe('warning codes `check` does not report'),
    maxWarnings: z.number().int().min(0).optional().describe('`check` fails with more warnings than this'),
    referenceDate: z.iso.date().optional().describe('resolve dateline dates without a year against this date (YYYY-MM-DD)'),
    profile: z.string().min(1).optional().describe('force an agency profile'),
    dialect: z.enum(DIALECTS).optional().describe('force the input dialect'),
  })
  .describe('wireparse configuration');
export type Config = z.infer<typeof Config>;

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

function validated(file: string, value: unknown): FoundConfig {
  const parsed = Config.safeParse(value);
  if (parsed.success) return { file, config: parsed.data };
  const issues = parsed.error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(top)'}: ${i.message}`);
  throw new ConfigError(`${file}: ${issues.join('; ')}`);
}

/** Reads a configuration file named on the command line (`--config FILE`). */
export function readConfig(file: string): FoundConfig {
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
export function findConfig(from: string): FoundConfig | null {
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
