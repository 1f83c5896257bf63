#!/usr/bin/env node
// `npm run bench`: the numbers of issue 4, measured side by side in one run on this machine, and
// written to bench/RESULTS.md (and stdout).
//
//   1. parse throughput (MB/s) inside one process: the Reuters feed files, and a generated feed,
//      each in a process of its own (bench/throughput.mjs) with the young generation of the
//      CLI's workers (src/commands/heap.ts) and with Node's default
//   2. whole-CLI wall time over the 10,000 one-story Reuters files (`-f json -o OUT plain/`)
//      against `cat` of the same files (the I/O floor) and `node -e 0` (the runtime floor),
//      and a check that the 10,000 outputs hold the same stories as the NDJSON path
//   3. peak RSS of `wireparse -f ndjson` reading a generated 1 GB feed on stdin (BENCH_FEED_MB)
//   4. start-up: `wireparse --version` against `node -e 0`
//
// The Reuters corpus is ../shared/corpora/reuters21578 (BENCH_CORPUS); without it the parts
// that need it are skipped with a message. Timings are medians of several runs, interleaved so
// that load from other processes falls on both sides of a ratio alike.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateFeed } from './feed.mjs';
import { MEASURED, WARM_UP } from './throughput.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/wireparse.js');
const CORPUS = process.env.BENCH_CORPUS ?? join(ROOT, '../shared/corpora/reuters21578');
const FEED_MB = Number(process.env.BENCH_FEED_MB ?? 1024);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const report = [];
const say = (line = '') => {
  console.log(line);
  report.push(line);
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;
const work = mkdtempSync(join(tmpdir(), 'wireparse-bench-'));

/** `node -e` script: creates argv[2] (a folder) holding argv[3] files of a few bytes. */
const CREATE_FILES = `const fs = require('node:fs'); const [dir, n] = process.argv.slice(1);
fs.mkdirSync(dir); for (let i = 0; i < Number(n); i++) fs.writeFileSync(dir + '/' + i + '.json', '[]\\n');`;

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * Wall time of one command in ms, and its CPU time (user + system, through GNU time when the
 * machine has it): on a machine shared with other work, CPU time is the steadier figure.
 */
function timed(cmd, args, options = {}) {
  const [file, argv] = GNU_TIME ? [GNU_TIME, ['-f', '@cpu %U %S', cmd, ...args]] : [cmd, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(file, argv, { stdio: ['ignore', options.stdout ?? 'ignore', 'pipe'], maxBuffer: 1 << 26, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.slice(0, 3).join(' ')}... exited ${r.status}: ${r.stderr}`);
  const m = /@cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN };
}

/**
 * Runs each named command `runs` times, interleaved; returns the median wall and CPU time per
 * name. `before` runs untimed ahead of every command.
 */
function race(commands, runs = RUNS, before = () => {}) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, run] of Object.entries(commands)) {
      before();
      times[name].push(run());
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([k, v]) => [k, { wall: median(v.map((x) => x.wall)), cpu: median(v.map((x) => x.cpu)) }]),
  );
}
const both = (t) => `${ms(t.wall)} wall, ${Number.isNaN(t.cpu) ? '?' : ms(t.cpu)} CPU`;
const ratio = (a, b, key) => (a[key] / b[key]).toFixed(2);

// ---- the machine -------------------------------------------------------------------------
say('# wireparse benchmark results');
say();
say('Written by `npm run bench` (bench/run.mjs); every ratio below is measured in the same run.');
say();
say(`- date: ${new Date().toISOString()}`);
say(`- machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} GiB free)`);
say(`- node ${process.version}, ${process.platform} ${process.arch}`);
say(`- load average at start: ${loadavg().map((x) => x.toFixed(2)).join(', ')} (other processes share these cores)`);
say(`- timings are medians of ${RUNS} interleaved runs`);
say();

// ---- 1. parse throughput ------------------------------------------------------------------
say('## 1. Parse throughput inside one process');
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
for (let turn = 0; turn < 2; turn++) heaps.forEach((heap, h) => byHeap[h].push(throughputRuns(heap.flags)));
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

// ---- 2. whole CLI over 10,000 files ----------------------------------------------------------
say('## 2. Whole CLI over the 10,000 one-story files');
say();
const plainDir = join(CORPUS, 'plain');
if (existsSync(plainDir)) {
  const files = readdirSync(plainDir).sort().map((f) => join(plainDir, f));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  // Each run writes into a fresh folder, and none is deleted until the end: on this machine's
  // ext4 (mounted with discard) deleting 10,000 files just before a run made that run's file
  // creation several times slower. The writes of the command before (10,000 new files) are
  // flushed before each command, so that none pays for another's write-back.
  let runs = 0;
  let out = '';
  const t = race({
    cat: () => timed('cat', files),
    node: () => timed(process.execPath, ['-e', '0']),
    // The write floor: a bare loop that creates one small file per input in a fresh folder, as
    // any conversion with one output per input must, with no reading and no parsing.
    create: () => {
      const folder = join(work, `out-${runs++}`);
      return timed(process.execPath, ['-e', CREATE_FILES, folder, String(files.length)]);
    },
    wireparse: () => {
      out = join(work, `out-${runs++}`);
      return timed(process.execPath, [BIN, '-f', 'json', '-o', out, plainDir]);
    },
    oneThread: () => timed(process.execPath, [BIN, '-j', '1', '-f', 'json', '-o', join(work, `out-${runs++}`), plainDir]),
    // A folder that already exists is written file by file (temporary file + rename per output).
    existing: () => {
      const folder = join(work, `out-${runs++}`);
      mkdirSync(folder);
      return timed(process.execPath, [BIN, '-f', 'json', '-o', folder, plainDir]);
    },
  }, Math.min(RUNS, 3), () => execFileSync('sync'));
  say(`- ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB`);
  say(`- \`cat\` of the files (I/O floor): ${both(t.cat)}`);
  say(`- \`node -e 0\` (runtime floor): ${both(t.node)}`);
  say(`- creating ${files.length} small files in a fresh folder, nothing read or parsed (write floor): ${both(t.create)} = ${ratio(t.create, t.cat, 'wall')} × cat wall`);
  say(`- \`wireparse -f json -o OUT plain/\`: ${both(t.wireparse)} = **${ratio(t.wireparse, t.cat, 'wall')} × cat** wall ` +
    `(target ≤ 3 ×), ${ratio(t.wireparse, t.cat, 'cpu')} × cat in CPU time; ${(bytes / 1e6 / (t.wireparse.wall / 1000)).toFixed(1)} MB/s`);
  say(`- the same with \`-j 1\` (no worker threads): ${both(t.oneThread)} = ${ratio(t.oneThread, t.cat, 'wall')} × cat wall`);
  say(`- the same into an existing empty folder (each output its own temporary file, linked into place): ${both(t.existing)} = ${ratio(t.existing, t.cat, 'wall')} × cat wall`);
  // The outputs must hold what the NDJSON path (the scorer's) gives for the same files.
  const written = readdirSync(out).filter((f) => f.endsWith('.json'));
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
  say(`- outputs written: ${written.length}; outputs whose stories differ from the NDJSON path: **${differing}**`);
} else say(`- skipped: ${plainDir} is absent`);
say();

// ---- 3. peak memory on a 1 GB feed through stdin -----------------------------------------------
say(`## 3. Peak RSS, ${FEED_MB} MB generated feed on stdin, \`-f ndjson\``);
say();
{
  const feed = join(work, 'feed.txt');
  const stream = createWriteStream(feed);
  const made = generateFeed(FEED_MB * 2 ** 20, (chunk) => stream.write(chunk));
  await new Promise((resolve) => stream.end(resolve));
  const start = process.hrtime.bigint();
  const child = spawn('sh', ['-c', `cat "${feed}" | ${GNU_TIME ? `${GNU_TIME} -f "%M" ` : ''}"${process.execPath}" "${BIN}" -f ndjson > /dev/null`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  // Without GNU time, the high-water mark is read from /proc while the process runs.
  let polledPeak = 0;
  const poll = setInterval(() => {
    try {
      for (const pid of execFileSync('pgrep', ['-f', BIN], { encoding: 'utf8' }).split('\n').filter(Boolean)) {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (m) polledPeak = Math.max(polledPeak, Number(m[1]));
      }
    } catch {
      // The process is between states or gone: the next poll or GNU time has the figure.
    }
  }, 200);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(poll);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const kb = GNU_TIME ? Number(/(\d+)\s*$/.exec(stderr)?.[1] ?? 0) : polledPeak;
  say(`- feed: ${(made.bytes / 2 ** 20).toFixed(0)} MiB, ${made.stories} stories (exit ${code})`);
  say(`- peak RSS: **${(kb / 1024).toFixed(0)} MB** (target ≤ 200 MB; ${GNU_TIME ? 'GNU time %M' : 'VmHWM polled from /proc'})`);
  say(`- wall time: ${seconds.toFixed(1)} s, ${(made.bytes / 1e6 / seconds).toFixed(1)} MB/s through the streaming path`);
  rmSync(feed);
}
say();

// ---- 4. start-up -------------------------------------------------------------------------
say('## 4. Start-up');
say();
{
  const t = race({
    node: () => timed(process.execPath, ['-e', '0']),
    version: () => timed(process.execPath, [BIN, '--version']),
  }, Math.max(RUNS, 15));
  say(`- \`node -e 0\`: ${both(t.node)}; \`wireparse --version\`: ${both(t.version)}`);
  say(`- **${ratio(t.version, t.node, 'wall')} ×** wall (target ≤ 1.5 ×), ${ratio(t.version, t.node, 'cpu')} × in CPU time`);
}
say();

rmSync(work, { recursive: true, force: true });
// The measured part is replaced; what follows the notes marker (written by hand) is kept.
const resultsPath = join(ROOT, 'bench/RESULTS.md');
const MARKER = '<!-- notes: kept by npm run bench -->';
const previous = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
const notes = previous.includes(MARKER) ? previous.slice(previous.indexOf(MARKER)) : `${MARKER}\n`;
writeFileSync(resultsPath, `${report.join('\n')}\n${notes}`);
console.log('\nwritten to bench/RESULTS.md');
