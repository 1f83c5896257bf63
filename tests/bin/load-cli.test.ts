/**
 * bin/load-cli.js: the CLI bundle compiled with the code cache that the build writes beside it
 * (scripts/code-cache.cjs), and compiled from source whenever that cache is not the one made
 * from the file as it is. Each test works on a copy of the built bin/, dist/cli/ and the cache
 * script, with a cache made by the Node running the tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/cli.js';

const STORY = 'CITY COUNCIL OPENS NEW BRIDGE\n\n    RIVERTON, May 5 - The city council opened the new bridge on Friday.\n REUTER\n';

let copy: string;
let story: string;

/** The copy's cache files, by name. */
const caches = (): string[] => readdirSync(join(copy, 'dist/cli')).filter((f) => f.endsWith('.cache'));

/**
 * Converts the story through the copy's loader in a fresh process: its stdout, and what V8 said
 * of each file's cache (false: taken; true: turned away; null: none was handed to it).
 */
function run(): { status: number | null; stdout: string; stderr: string; rejected: Record<string, boolean | null> } {
  const script = `
    const { BundleLoader } = require(${JSON.stringify(join(copy, 'bin/load-cli.js'))});
    const loader = new BundleLoader(${JSON.stringify(join(copy, 'dist/cli'))});
    loader.require('main.js').main(['node', 'wireparse', ${JSON.stringify(story)}]).then((code) => {
      const rejected = Object.fromEntries([...loader.scripts].map(([name, s]) => [name, s.cachedDataRejected ?? null]));
      process.stderr.write(JSON.stringify(rejected));
      process.exitCode = code;
    });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  let rejected: Record<string, boolean | null> = {};
  try {
    rejected = JSON.parse(r.stderr) as Record<string, boolean | null>;
  } catch {
    // The process died before it could say: the status and stderr tell.
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, rejected };
}

let expected: string;

beforeAll(() => {
  copy = tempDir('wireparse-load-cli-');
  for (const dir of ['bin', 'dist/cli', 'scripts']) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
  writeFileSync(join(copy, 'package.json'), readFileSync(join(ROOT, 'package.json')));
  story = join(copy, 'story.txt');
  writeFileSync(story, STORY);
  const made = spawnSync(process.execPath, [join(copy, 'scripts/code-cache.cjs')], { encoding: 'utf8' });
  expect(made.stderr).toBe('');
  expect(made.status).toBe(0);
  expected = spawnSync(process.execPath, [join(ROOT, 'bin/wireparse.js'), story], { encoding: 'utf8' }).stdout;
  expect(expected).toContain('CITY COUNCIL OPENS NEW BRIDGE');
});

describe('the CLI bundle with its code cache', () => {
  it('compiles every file a conversion loads with the cache the build wrote for it', () => {
    const r = run();
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected);
    expect(Object.keys(r.rejected)).toContain('main.js');
    for (const [name, rejected] of Object.entries(r.rejected)) expect([name, rejected]).toEqual([name, false]);
  });

  it('compiles from source, with the same output, when a cache was altered behind a sound header', () => {
    for (const name of caches()) {
      const bytes = readFileSync(join(copy, 'dist/cli', name));
      for (let i = 64; i < bytes.length; i += 97) bytes[i] = bytes[i]! ^ 0xff;
      writeFileSync(join(copy, 'dist/cli', name), bytes);
    }
    const r = run();
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected);
    expect(Object.values(r.rejected).every((v) => v === null)).toBe(true);
  });

  it('compiles from source when a cache was made from another source, or is cut short', () => {
    const made = spawnSync(process.execPath, [join(copy, 'scripts/code-cache.cjs')], { encoding: 'utf8' });
    expect(made.status).toBe(0);
    const names = caches();
    const main = readFileSync(join(copy, 'dist/cli/main.js.cache'));
    for (const name of names) writeFileSync(join(copy, 'dist/cli', name), name === 'main.js.cache' ? main.subarray(0, 6) : main);
    const r = run();
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected);
    expect(Object.values(r.rejected).every((v) => v === null)).toBe(true);
  });
});
