#!/usr/bin/env node
// `npm run bench:loads`: which files a CLI run (bin/wireparse.js: the CommonJS bundle in
// dist/cli/, compiled by bin/load-cli.js) reads and runs, by format: every file is code a cold
// run reads, compiles and runs before its first story, and each worker thread loads them again
// (issue 20: "load only what a run needs"). A preload records the bundle's files as the loader
// reads them, the packages' files in require's cache, and the built-in modules Node loaded
// (process.moduleLoadList, which counts Node's internal modules too; `node -e 0` is the anchor);
// the run converts one story (the first Reuters plain file, or a generated story without the
// corpus). Then the time a cold process takes to import the CLI's entry, the parser alone, and
// each package alone. Prints Markdown.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { story } from './feed.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = process.env.BENCH_CORPUS ?? join(ROOT, '../shared/corpora/reuters21578');
const work = mkdtempSync(join(tmpdir(), 'wireparse-loads-'));
let input = join(CORPUS, 'plain/00001.txt');
if (!existsSync(input)) {
  input = join(work, 'story.txt');
  writeFileSync(input, story(1, () => 0.5));
}

const probe = join(work, 'probe.cjs');
writeFileSync(probe, `'use strict';
const fs = require('node:fs');
const readFileSync = fs.readFileSync;
const bundle = new Set();
fs.readFileSync = function (file, ...rest) {
  if (typeof file === 'string' && file.startsWith(${JSON.stringify(join(ROOT, 'dist/cli/'))}) && file.endsWith('.js')) bundle.add(file);
  return readFileSync.call(this, file, ...rest);
};
process.on('exit', () => {
  const packages = Object.keys(require.cache).filter((f) => f.includes('/node_modules/'));
  const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).length;
  fs.writeFileSync(process.env.WIREPARSE_BENCH_LOADS, JSON.stringify({ bundle: bundle.size, packages, builtins }));
});
`);

/** What a run with `args` loads: bundle files, npm packages' files, Node's built-in modules. */
function loads(args) {
  const log = join(work, 'loads.json');
  const r = spawnSync(process.execPath, ['--require', probe, ...args], { env: { ...process.env, WIREPARSE_BENCH_LOADS: log }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const seen = JSON.parse(readFileSync(log, 'utf8'));
  const packages = {};
  for (const f of seen.packages) {
    const m = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f);
    if (m) packages[m[1]] = (packages[m[1]] ?? 0) + 1;
  }
  return { bundle: seen.bundle, packages, builtins: seen.builtins };
}

const cli = join(ROOT, 'bin/wireparse.js');
const runs = [
  ['`wireparse -f ndjson STORY`', [cli, '-f', 'ndjson', input]],
  ['`wireparse STORY` (json)', [cli, input]],
  ['`wireparse -f summary STORY`', [cli, '-f', 'summary', input]],
  ['`wireparse --version`', [cli, '--version']],
  ['`node -e 0` (the anchor)', ['-e', '0']],
];
const out = ['| run | files of dist/cli/ | npm packages (files) | Node built-in modules (internal ones included) |', '| --- | --- | --- | --- |'];
for (const [label, args] of runs) {
  const l = loads(args);
  out.push(`| ${label} | ${l.bundle} | ${Object.entries(l.packages).map(([p, n]) => `${p} (${n})`).join(', ') || 'none'} | ${l.builtins} |`);
}

/**
 * Medians over `n` fresh processes of what running `load` (a statement of an ES module) takes:
 * wall ms, and CPU ms of the whole process (compiler threads included), the steadier of the two
 * when other work shares the cores.
 */
function importCost(load, n = 7) {
  const script = `const c = process.cpuUsage(); const t = performance.now(); ${load}; const u = process.cpuUsage(c); process.stdout.write(JSON.stringify([performance.now() - t, (u.user + u.system) / 1000]));`;
  const runs = Array.from({ length: n }, () => JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }).stdout));
  const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(n / 2)];
  return { wall: median(0), cpu: median(1) };
}
out.push('', '| cold load of | wall ms | CPU ms (medians of 7 processes) |', '| --- | --- | --- |');
const importOf = (specifier) => `await import(${JSON.stringify(specifier)})`;
for (const [label, load] of [
  ['`dist/cli/main.js` through bin/load-cli.js, with its code cache (the bundled CLI and commander, before it knows the command)', `const { createRequire } = await import('node:module'); const { BundleLoader } = createRequire(import.meta.url)(${JSON.stringify(join(ROOT, 'bin/load-cli.js'))}); new BundleLoader(${JSON.stringify(join(ROOT, 'dist/cli'))}).require('main.js')`],
  ['`dist/commands/main.js` (the same from tsc\'s modules)', importOf(pathToFileURL(join(ROOT, 'dist/commands/main.js')).href)],
  ['`dist/commands/batch.js` (what a conversion imports next: engine, parser, writing)', importOf(pathToFileURL(join(ROOT, 'dist/commands/batch.js')).href)],
  ['`dist/pipeline/parse.js` (the parser)', importOf(pathToFileURL(join(ROOT, 'dist/pipeline/parse.js')).href)],
  ['`chalk`', importOf('chalk')],
  ['`commander`', importOf('commander')],
  ['`zod`', importOf('zod')],
]) {
  const cost = importCost(load);
  out.push(`| ${label} | ${cost.wall.toFixed(0)} | ${cost.cpu.toFixed(0)} |`);
}
rmSync(work, { recursive: true, force: true });
console.log(out.join('\n'));
