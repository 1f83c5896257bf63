#!/usr/bin/env node
// `npm run bench`: what a user of wireparse gets on this machine, measured side by side in one run,
// written to bench/RESULTS.md (and stdout).
//
//   1. end to end (bench/e2e.mjs): cold runs of the built CLI over the Reuters feed files, a
//      generated 1 GB feed on stdin, the 10,000 one-story files with -o, one story, and the
//      memory rows of issue 16, each against anchors in the same rounds: a naive script
//      (bench/naive.mjs), `cat`, `wc -l`, `cp -r`, `node -e 0`
//   2. parse only, in process (bench/throughput.mjs): the parser's own speed once warm, with the
//      young generation of the CLI's workers (src/commands/heap.ts) and with Node's default; and
//      the single-thread ceiling of the NDJSON path, stage by stage (bench/ceiling.mjs)
//   3. a check that the 10,000 `-o` outputs hold the same stories as the NDJSON path
//   4. V8's compilations and deoptimisations in a cold -j 1 feed run (bench/deopt.mjs)
//   5. the modules a run loads, and what importing them costs (bench/loads.mjs)
//
// Options: --quick (2 rounds, a 256 MiB stdin feed, one parse-only process per heap: for
// development, RESULTS.md is left alone); --jobs (only -j 1 against -j 2, on the feed files,
// stdin and the 10,000 files); --only=feed,stdin,plain,one,memory,parse,ceiling,check,deopt,loads
// (those parts).
// Only a full run rewrites RESULTS.md. BENCH_RUNS, BENCH_FEED_MB and BENCH_CORPUS override the
// rounds, the stdin feed's size and the corpus folder. Without the corpus, generated inputs
// stand in and the output says so.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { endToEnd } from './e2e.mjs';
import { median } from './measure.mjs';
import { MEASURED, WARM_UP } from './throughput.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/wireparse.js');
const CORPUS = process.env.BENCH_CORPUS ?? join(ROOT, '../shared/corpora/reuters21578');
const flags = process.argv.slice(2);
const QUICK = flags.includes('--quick');
const JOBS = flags.includes('--jobs');
const ONLY = (flags.find((f) => f.startsWith('--only='))?.slice(7).split(',') ?? []).filter(Boolean);
const RUNS = Number(process.env.BENCH_RUNS ?? (QUICK ? 2 : 5));
const FEED_MB = Number(process.env.BENCH_FEED_MB ?? (QUICK ? 256 : 1024));
const FULL = !QUICK && !JOBS && ONLY.length === 0;
const OTHER_PARTS = ['parse', 'ceiling', 'check', 'deopt', 'loads'];
const E2E_ONLY = ONLY.filter((p) => !OTHER_PARTS.includes(p));
const wants = (part) => (ONLY.length === 0 ? !JOBS || part === 'e2e' : ONLY.includes(part) || (part === 'e2e' && E2E_ONLY.length > 0));

const report = [];
const say = (line = '') => {
  console.log(line);
  report.push(line);
};
const work = mkdtempSync(join(tmpdir(), 'wireparse-bench-'));

// ---- the machine -------------------------------------------------------------------------
say('# wireparse benchmark results');
say();
say(`Written by \`npm run bench${flags.length ? ` -- ${flags.join(' ')}` : ''}\` (bench/run.mjs); every ratio below is measured in the same run.`);
say();
say(`- date: ${new Date().toISOString()}`);
const git = (...args) => spawnSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' }).stdout?.trim() ?? '';
const srcChanged = git('status', '--porcelain', '--', 'src', 'bin') !== '';
say(`- code measured: src/ and bin/ as of commit ${git('log', '-1', '--format=%h', '--', 'src', 'bin') || 'unknown'}${srcChanged ? ' **with uncommitted changes**' : ''} (worktree at ${git('log', '-1', '--format=%h') || 'unknown'})`);
say(`- machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} GiB free)`);
say(`- node ${process.version}, ${process.platform} ${process.arch}`);
say(`- load average at start: ${loadavg().map((x) => x.toFixed(2)).join(', ')} (other processes share these cores)`);
say();

// ---- 1. end to end --------------------------------------------------------------------------
if (wants('e2e')) {
  say(JOBS ? '## 1. End to end: -j 1 against -j 2' : '## 1. End to end (what a user runs)');
  say();
  const lines = await endToEnd({ corpus: CORPUS, work, runs: RUNS, feedMB: FEED_MB, only: E2E_ONLY, jobsQuestion: JOBS, progress: (what) => console.error(`[bench] ${new Date().toISOString().slice(11, 19)} ${what}`) });
  for (const line of lines) say(line);
  say();
}

// ---- 2. parse only, in process ----------------------------------------------------------------
if (wants('parse')) {
  say('## 2. Parse only, in process (not what a user gets: see section 1)');
  say();
  say('The parser alone (`parseBytes`, no reading, rendering or writing) over inputs already in memory, warm: the best and median of the passes after the warm-up ones.');
  say();
  const { SEMI_SPACE_MB } = await import(join(ROOT, 'dist/commands/heap.js'));
  const feedDir = join(CORPUS, 'feed');
  /** The workloads of bench/throughput.mjs, run in a node started with `flags`. */
  function throughputRuns(flags) {
    const out = execFileSync(process.execPath, [...flags, join(ROOT, 'bench/throughput.mjs'), CORPUS], { encoding: 'utf8', maxBuffer: 1 << 26 });
    return out.trim().split('\n').map((line) => JSON.parse(line));
  }
  const heaps = [
    { name: `\`--max-semi-space-size=${SEMI_SPACE_MB}\` (the CLI's workers, src/commands/heap.ts)`, flags: [`--max-semi-space-size=${SEMI_SPACE_MB}`] },
    { name: "Node's default heap", flags: [] },
  ];
  // The two settings take turns, so that load from other processes falls on both alike.
  const byHeap = heaps.map(() => []);
  for (let turn = 0; turn < (QUICK ? 1 : 2); turn++) heaps.forEach((heap, h) => byHeap[h].push(throughputRuns(heap.flags)));
  if (!existsSync(feedDir)) say(`- Reuters feed files: skipped, ${feedDir} is absent`);
  const mbps = (bytes, seconds) => (bytes / 1e6 / seconds).toFixed(1);
  byHeap[0][0].forEach((workload, w) => {
    say(`- ${workload.label}: ${(workload.bytes / 1e6).toFixed(1)} MB, ${workload.stories} stories`);
    heaps.forEach((heap, h) => {
      // The first rounds of each process warm the JIT up (V8 takes about three passes over the
      // Reuters feed to settle); the best of the others is what the code can do here.
      const measured = (key) => byHeap[h].flatMap((runs) => runs[w][key].slice(WARM_UP));
      const walls = measured('walls');
      say(`  - ${heap.name}: **${mbps(workload.bytes, Math.min(...walls))} MB/s** wall, ` +
        `**${mbps(workload.bytes, Math.min(...measured('cpus')))} MB/s per CPU second** (best of ${walls.length} passes, ${MEASURED} in each of ${byHeap[h].length} processes, after ${WARM_UP} warm-up passes in each; wall median ${mbps(workload.bytes, median(walls))} MB/s)`);
    });
  });
  say();
}

if (wants('ceiling')) {
  say('### What one thread can do at all: the NDJSON path in process, stage by stage (bench/ceiling.mjs)');
  say();
  say('Generated feed already in memory, warm, no start-up and no reading: the most `-f ndjson` can reach on one thread with this parser and this Node.');
  say();
  for (const line of execFileSync(process.execPath, [join(ROOT, 'bench/ceiling.mjs'), QUICK ? '16' : '64'], { encoding: 'utf8', maxBuffer: 1 << 26 }).trimEnd().split('\n')) say(line);
  say();
}

// ---- 3. check ---------------------------------------------------------------------------------
if (wants('check') && existsSync(join(CORPUS, 'plain'))) {
  // The -o outputs must hold what the NDJSON path (the scorer's) gives for the same files.
  const plainDir = join(CORPUS, 'plain');
  const files = readdirSync(plainDir).sort().map((f) => join(plainDir, f));
  const out = join(work, 'check');
  execFileSync(process.execPath, [BIN, '-f', 'json', '-o', out, plainDir]);
  const viaNdjson = new Map();
  for (let i = 0; i < files.length; i += 1000) {
    const r = spawnSync(process.execPath, [BIN, '-f', 'ndjson', ...files.slice(i, i + 1000)], { encoding: 'utf8', maxBuffer: 1 << 30 });
    for (const line of r.stdout.split('\n')) if (line) {
      const s = JSON.parse(line);
      if (!viaNdjson.has(s.source)) viaNdjson.set(s.source, []);
      viaNdjson.get(s.source).push(s);
    }
  }
  let differing = 0;
  for (const f of files) {
    const name = f.slice(plainDir.length + 1).replace(/\.txt$/, '.json');
    const got = existsSync(join(out, name)) ? readFileSync(join(out, name), 'utf8') : null;
    if (got === null || got !== `${JSON.stringify(viaNdjson.get(f) ?? [], null, 2)}\n`) differing++;
  }
  say('## 3. Check');
  say();
  say(`- \`-f json -o OUT plain/\`: ${readdirSync(out).length} outputs; outputs whose stories differ from the NDJSON path: **${differing}**`);
  say();
} else if (wants('check')) {
  say('## 3. Check');
  say();
  say(`- skipped: ${join(CORPUS, 'plain')} is absent`);
  say();
}

// ---- 4 and 5. what V8 and the module loader do in a cold run ---------------------------------------
for (const [part, title] of [['deopt', '4. Compilations and deoptimisations, cold `-j 1` feed run'], ['loads', '5. What a run loads']]) {
  if (!wants(part)) continue;
  say(`## ${title}`);
  say();
  say(`Written by \`npm run bench:${part}\` (bench/${part}.mjs).`);
  say();
  for (const line of execFileSync(process.execPath, [join(ROOT, `bench/${part}.mjs`)], { encoding: 'utf8', maxBuffer: 1 << 26 }).trimEnd().split('\n')) say(line);
  say();
}

if (FULL) {
  // The measured part is replaced; what follows the notes marker (written by hand) is kept.
  const resultsPath = join(ROOT, 'bench/RESULTS.md');
  const MARKER = '<!-- notes: kept by npm run bench -->';
  const previous = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
  const notes = previous.includes(MARKER) ? previous.slice(previous.indexOf(MARKER)) : `${MARKER}\n`;
  writeFileSync(resultsPath, `${report.join('\n')}\n${notes}`);
  console.log('\nwritten to bench/RESULTS.md');
}
// Last: removing the outputs of the -o rows (hundreds of thousands of files) takes minutes on a
// busy machine, and the results are written by then.
rmSync(work, { recursive: true, force: true });
