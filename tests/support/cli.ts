/**
 * Running the BUILT command line (`node bin/wireparse.js`, built by `npm test`'s pretest) the way
 * a user does, and invented wire copy to feed it. Every story here is made up for the tests.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const BIN = join(ROOT, 'bin/wireparse.js');

export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Environment without colour forcing or NO_COLOR from the caller, plus `env`. */
export function cleanEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env };
  delete out.NO_COLOR;
  delete out.FORCE_COLOR;
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** Runs the CLI to completion. `input` is piped to stdin (an empty pipe when omitted). */
export function cli(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string } = {}): CliResult {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    env: cleanEnv(options.env),
    cwd: options.cwd ?? ROOT,
    maxBuffer: 1 << 28,
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI without waiting, for signals and pipes. */
export function startCli(args: readonly string[], options: { env?: Record<string, string | undefined>; cwd?: string } = {}) {
  return spawn(process.execPath, [BIN, ...args], { env: cleanEnv(options.env), cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
}

export function hasScript(): boolean {
  return spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Runs the CLI with a terminal (a pty from util-linux `script`) as stdin, stdout and stderr. */
export function onTerminal(args: string, options: { cwd?: string } = {}): { status: number | null; output: string } {
  const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN} ${args}`, '/dev/null'], {
    encoding: 'utf8',
    cwd: options.cwd ?? ROOT,
    env: cleanEnv(),
    timeout: 30_000,
    input: '',
  });
  if (r.error) throw r.error;
  return { status: r.status, output: r.stdout };
}

const made: string[] = [];
// Registered on the root suite of every test file that imports this module.
afterAll(() => {
  for (const dir of made.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A mount point still busy: leave it to the system's temporary-file cleaning.
    }
  }
});

/** A fresh temporary folder, removed after the test file. */
export function tempDir(prefix = 'wireparse-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Writes `files` (relative path → content) under `dir`. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

const PLACES = ['HALIFAX', 'PORTO', 'TROMSO', 'VALPARAISO', 'DARWIN', 'GDANSK', 'MOMBASA', 'CORK'];
const THINGS = ['lighthouse keepers', 'ferry pilots', 'tea tasters', 'bell ringers', 'map makers', 'bridge painters', 'clock menders', 'kite makers'];

/** One invented story in 1987-wire style: headline, indented dateline paragraph, sign-off. */
export function inventedStory(n: number, paragraphs = 2): string {
  const place = PLACES[n % PLACES.length]!;
  const who = THINGS[(n * 3) % THINGS.length]!;
  const lines = [`${who.toUpperCase()} MEET FOR TALKS NUMBER ${n}`];
  lines.push(`    ${place}, March ${(n % 28) + 1} - The ${who} of the port met for the ${n}th time on Tuesday,`);
  lines.push('a spokesman for the group said.');
  for (let p = 1; p < paragraphs; p++) {
    lines.push(`    The group said it would meet again in ${p + 1} weeks to talk about pay and hours.`);
  }
  lines.push(' Reuter');
  return `${lines.join('\n')}\n`;
}

/** A feed of `count` invented stories back to back. */
export function inventedFeed(count: number, from = 0): string {
  let out = '';
  for (let i = 0; i < count; i++) out += inventedStory(from + i);
  return out;
}

/** Parses NDJSON output into records. */
export function ndjson(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
