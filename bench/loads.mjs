#!/usr/bin/env node
// `npm run bench:loads`: which modules a CLI run (bin/wireparse.js: the bundle in dist/cli/)
// loads, by format: every module is code a cold run reads, compiles and runs before its first
// story, and each worker thread loads them again (issue 20: "load only what a run needs"). A
// module hook records every ES module loaded (the CommonJS files a package requires inside
// itself are not seen); the run converts one story (the first Reuters plain file, or a
// generated story without the corpus). Then the time a cold process takes to import the CLI's
// entry, the parser alone, and each package alone. Prints Markdown.
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

const hooks = join(work, 'hooks.mjs');
writeFileSync(hooks, `import { appendFileSync } from 'node:fs';
export async function load(url, context, nextLoad) {
  appendFileSync(process.env.WIREPARSE_BENCH_LOADS, url + '\\n');
  return nextLoad(url, context);
}
`);
const register = `data:text/javascript,import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(hooks).href)});`;

/** The ES modules a run with `args` loads, grouped: dist/ modules, npm packages, Node built-ins. */
function loads(args) {
  const log = join(work, 'loads.txt');
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', register, join(ROOT, 'bin/wireparse.js'), ...args], { env: { ...process.env, WIREPARSE_BENCH_LOADS: log }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`wireparse ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const urls = [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))];
  const dist = urls.filter((u) => u.startsWith(pathToFileURL(join(ROOT, 'dist')).href));
  const packages = {};
  for (const u of urls) {
    const m = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u);
    if (m) packages[m[1]] = (packages[m[1]] ?? 0) + 1;
  }
  const builtins = urls.filter((u) => u.startsWith('node:'));
  return { dist: dist.length, packages, builtins: builtins.length };
}

const runs = [
  ['`-f ndjson STORY`', ['-f', 'ndjson', input]],
  ['`STORY` (json)', [input]],
  ['`-f summary STORY`', ['-f', 'summary', input]],
  ['`--version`', ['--version']],
];
const out = ['| run | dist/ modules | npm packages (modules) | node: built-ins |', '| --- | --- | --- | --- |'];
for (const [label, args] of runs) {
  const l = loads(args);
  out.push(`| ${label} | ${l.dist} | ${Object.entries(l.packages).map(([p, n]) => `${p} (${n})`).join(', ') || 'none'} | ${l.builtins} |`);
}

/**
 * Medians over `n` fresh processes of what `import(url)` takes: wall ms, and CPU ms of the whole
 * process (compiler threads included), the steadier of the two when other work shares the cores.
 */
function importCost(url, n = 7) {
  const script = `const c = process.cpuUsage(); const t = performance.now(); await import(${JSON.stringify(url)}); const u = process.cpuUsage(c); process.stdout.write(JSON.stringify([performance.now() - t, (u.user + u.system) / 1000]));`;
  const runs = Array.from({ length: n }, () => JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }).stdout));
  const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(n / 2)];
  return { wall: median(0), cpu: median(1) };
}
out.push('', '| cold `import()` of | wall ms | CPU ms (medians of 7 processes) |', '| --- | --- | --- |');
for (const [label, url] of [
  ['`dist/cli/main.js` (the bundled CLI and commander, before it knows the command)', pathToFileURL(join(ROOT, 'dist/cli/main.js')).href],
  ['`dist/commands/main.js` (the same from tsc\'s modules)', pathToFileURL(join(ROOT, 'dist/commands/main.js')).href],
  ['`dist/commands/batch.js` (what a conversion imports next: engine, parser, writing)', pathToFileURL(join(ROOT, 'dist/commands/batch.js')).href],
  ['`dist/pipeline/parse.js` (the parser)', pathToFileURL(join(ROOT, 'dist/pipeline/parse.js')).href],
  ['`chalk`', 'chalk'],
  ['`commander`', 'commander'],
  ['`zod`', 'zod'],
]) {
  const cost = importCost(url);
  out.push(`| ${label} | ${cost.wall.toFixed(0)} | ${cost.cpu.toFixed(0)} |`);
}
rmSync(work, { recursive: true, force: true });
console.log(out.join('\n'));
