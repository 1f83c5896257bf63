#!/usr/bin/env node
// `npm run bench:deopt`: how often V8 optimises and deoptimises the parser in one cold
// `wireparse -j 1 -f ndjson` run over the Reuters feed files (without the corpus, over a
// generated feed of the same size). Every TurboFan compilation the run makes costs CPU that a
// cold run pays in full (issue 20); a function compiled more than once was thrown away at
// least once, mostly after a deoptimisation.
//
// node runs the CLI (from tsc's modules, bench/unbundled-cli.mjs, not the bundle) with
// --trace-opt, --trace-deopt and --print-opt-source: the last names each optimisation job's
// function with its file ("--- FUNCTION SOURCE (FILE:NAME) id{JOB,-1}"), and each
// deoptimisation names its job ("opt id JOB"), so both are tied to a function of a dist/ module
// or of Node itself. The outputs go to a temporary folder (-o): the traces take stdout,
// which is a file: V8 prints with C stdio, and on a pipe that Node has made non-blocking the
// lines that meet a full pipe are lost (a third of them were, read through spawnSync).
// Prints Markdown.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFeed } from './feed.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = process.env.BENCH_CORPUS ?? join(ROOT, '../shared/corpora/reuters21578');
const DIST = `file://${join(ROOT, 'dist')}/`;

const work = mkdtempSync(join(tmpdir(), 'wireparse-deopt-'));
const feedDir = join(CORPUS, 'feed');
let inputs;
let what;
if (existsSync(feedDir)) {
  inputs = readdirSync(feedDir).sort().map((f) => join(feedDir, f));
  what = `the ${inputs.length} Reuters feed files`;
} else {
  const parts = [];
  generateFeed(9_100_000, (chunk) => parts.push(chunk));
  inputs = [join(work, 'feed.txt')];
  writeFileSync(inputs[0], parts.join(''));
  what = `9.1 MB of generated feed (bench/feed.mjs; ${feedDir} is absent)`;
}

const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);

/** One traced cold run: its stdout (the traces). */
function traceRun() {
  const tracePath = join(work, 'trace.txt');
  const traceFd = openSync(tracePath, 'w');
  const run = spawnSync(
    process.execPath,
    ['--trace-opt', '--trace-deopt', '--print-opt-source', join(ROOT, 'bench/unbundled-cli.mjs'), '-j', '1', '-f', 'ndjson', '-o', join(work, 'out'), ...inputs],
    { stdio: ['ignore', traceFd, 'pipe'], encoding: 'utf8' },
  );
  closeSync(traceFd);
  rmSync(join(work, 'out'), { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`wireparse exited ${run.status}: ${run.stderr}`);
  return readFileSync(tracePath, 'utf8');
}

/** Line number of a character offset in a dist/ file (read once each). */
const sources = new Map();
function lineOf(url, offset) {
  if (!sources.has(url)) sources.set(url, existsSync(fileURLToPath(url)) ? readFileSync(fileURLToPath(url), 'utf8') : '');
  return sources.get(url).slice(0, offset).split('\n').length;
}

const bump = (map, key, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** What one run's traces say: compilations and deoptimisations per function. */
function readTrace(trace) {
  const jobs = new Map();
  const compiles = new Map();
  const deopts = new Map();
  const ours = new Set();
  for (const line of trace.split('\n')) {
    const source = /^--- FUNCTION SOURCE \((.*):([^:]*)\) id\{(\d+),-1\} start\{(\d+)\} ---$/.exec(line);
    if (source) {
      const [, file, name, job, start] = source;
      const inDist = file.startsWith(DIST);
      const where = inDist ? file.slice(DIST.length) : file;
      const fn = `${where}:${name || `(anonymous, line ${inDist ? lineOf(file, Number(start)) : `@${start}`})`}`;
      jobs.set(job, fn);
      if (inDist) ours.add(fn);
      bump(compiles, fn);
      continue;
    }
    const bailout = /^\[bailout \(kind: ([\w-]+), reason: ([^)]*)\): begin\..*opt id (\d+),/.exec(line);
    if (bailout) {
      const [, kind, reason, job] = bailout;
      const fn = jobs.get(job) ?? `(job ${job})`;
      if (!deopts.has(fn)) deopts.set(fn, []);
      deopts.get(fn).push(`${kind}: ${reason}`);
    }
  }
  const sum = (map, pick) => [...map].filter(([fn]) => pick(fn)).reduce((n, [, v]) => n + (Array.isArray(v) ? v.length : v), 0);
  const inDist = (fn) => ours.has(fn);
  return {
    compiles,
    deopts,
    ours,
    distCompiles: sum(compiles, inDist),
    nodeCompiles: sum(compiles, (fn) => !inDist(fn)),
    distFunctions: ours.size,
    recompiled: [...compiles].filter(([fn, n]) => inDist(fn) && n > 1).length,
    thrownAway: [...compiles].filter(([fn, n]) => inDist(fn) && n > 1).reduce((k, [, n]) => k + n - 1, 0),
    distDeopts: sum(deopts, inDist),
    nodeDeopts: sum(deopts, (fn) => !inDist(fn)),
  };
}

const runs = Array.from({ length: RUNS }, () => readTrace(traceRun()));
rmSync(work, { recursive: true, force: true });

const figure = (key, digits = 0) => {
  const xs = runs.map((r) => r[key]).sort((a, b) => a - b);
  return `**${xs[Math.floor(xs.length / 2)].toFixed(digits)}** (${xs.map((x) => x.toFixed(digits)).join(', ')})`;
};
const reasons = (list) => Object.entries(list.reduce((o, r) => ({ ...o, [r]: (o[r] ?? 0) + 1 }), {})).map(([r, n]) => `${r} ×${n}`).join('; ');

const out = [];
out.push(`${RUNS} cold run${RUNS === 1 ? '' : 's'} of \`node --trace-opt --trace-deopt --print-opt-source bench/unbundled-cli.mjs -j 1 -f ndjson -o OUT\` (the CLI from tsc's modules, so that functions are named by module, not by bundle chunk) over ${what}; each figure is the median with every run's figure in brackets (V8 compiles on a background thread, so the counts move with the timing).`);
out.push('');
out.push(`- TurboFan compilations of dist/ functions: ${figure('distCompiles')}, of ${figure('distFunctions')} functions; of Node's own: ${figure('nodeCompiles')}`);
out.push(`- dist/ functions compiled more than once: ${figure('recompiled')}; compilations thrown away: ${figure('thrownAway')}`);
out.push(`- deoptimisations in dist/ functions: ${figure('distDeopts')}; in Node's own: ${figure('nodeDeopts')}`);
out.push('');
out.push('Functions of dist/ compiled more than once or deoptimised in any run (per run, in run order):');
out.push('');
out.push('| function (dist/) | compiled | deoptimised | why (all runs) |');
out.push('| --- | --- | --- | --- |');
const listed = [...new Set(runs.flatMap((r) => [...r.ours].filter((fn) => r.compiles.get(fn) > 1 || r.deopts.has(fn))))];
const total = (fn, key) => runs.reduce((n, r) => n + (key === 'compiles' ? r.compiles.get(fn) ?? 0 : r.deopts.get(fn)?.length ?? 0), 0);
listed.sort((a, b) => total(b, 'compiles') - total(a, 'compiles') || total(b, 'deopts') - total(a, 'deopts') || a.localeCompare(b));
for (const fn of listed) {
  const per = (key) => runs.map((r) => (key === 'compiles' ? r.compiles.get(fn) ?? 0 : r.deopts.get(fn)?.length ?? 0)).join(', ');
  out.push(`| \`${fn}\` | ${per('compiles')} | ${per('deopts')} | ${reasons(runs.flatMap((r) => r.deopts.get(fn) ?? []))} |`);
}
const theirs = [...new Set(runs.flatMap((r) => [...r.deopts.keys()].filter((fn) => !r.ours.has(fn))))];
if (theirs.length) out.push('', `Node's own functions deoptimised: ${theirs.map((fn) => `\`${fn}\` (${reasons(runs.flatMap((r) => r.deopts.get(fn) ?? []))})`).join(', ')}`);
console.log(out.join('\n'));
