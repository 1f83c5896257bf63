#!/usr/bin/env node
// `npm run bench:instructions`: how many machine instructions parsing takes, counted by valgrind
// (callgrind) with V8 on one thread. On a machine shared with other work, wall-clock figures
// move by a third from run to run; instruction counts repeat to within a fraction of a percent,
// so a change to the parser can be judged by them. Three workloads of the parser in process:
//   cold: one pass over the first 2,000 one-story Reuters files, as a CLI run makes it (the
//         compilation of the parser and its patterns included);
//   warm: the first two Reuters feed files parsed three times (mostly compiled code);
//   steady: the same two files parsed twice more after those three passes, counting only these
//         two: the parse that the in-process throughput of `npm run bench` measures, without
//         start-up or JIT. The two passes run inside a call of a builtin nothing else here calls
//         (Array.prototype.findLastIndex), and callgrind counts only inside it (--toggle-collect):
//         switching counting on from inside the process with callgrind_control took effect late
//         on a busy machine, and five passes less three in two processes differ by their GC.
// And three of the command line, end to end as a user runs it (`bin/wireparse.js`, start-up,
// reading and writing NDJSON or JSON to /dev/null included):
//   cli-one: one story to JSON; cli-plain: the 2,000 one-story files of `cold` to NDJSON;
//   cli-feed: the two feed files of `warm` to NDJSON (both with `-j 1`).
// Without the corpus, 2 MiB of generated feed stands in (bench/feed.mjs): its first story for
// cli-one, the whole for the other workloads. Loading the modules is counted in cold and warm.
//
// `--against DIR` counts the command-line workloads of another checkout too (built, with its own
// bin/wireparse.js), in the same run, and prints each ratio to it: an earlier commit in a
// worktree is the anchor a change is judged against. `--only a,b` runs only the named workloads.
// Takes a few minutes: valgrind runs node about fifty times slower.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFeed } from './feed.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = process.env.BENCH_CORPUS ?? join(ROOT, '../shared/corpora/reuters21578');
/** The builtin whose calls steady's counted passes run in (see the header). */
const STEADY_TOGGLE = 'Builtins_ArrayPrototypeFindLastIndex';

/** The inputs of a workload: Reuters files when the corpus is there, else generated copy. */
function inputs(workload) {
  const plain = join(CORPUS, 'plain');
  const feed = join(CORPUS, 'feed');
  if (workload === 'cold' && existsSync(plain)) return readdirSync(plain).sort().slice(0, 2000).map((f) => readFileSync(join(plain, f)));
  if (workload !== 'cold' && existsSync(feed)) return readdirSync(feed).sort().slice(0, 2).map((f) => readFileSync(join(feed, f)));
  const parts = [];
  generateFeed(2 * 2 ** 20, (chunk) => parts.push(Buffer.from(chunk)));
  return [Buffer.concat(parts)];
}

if (process.argv[2] === '--workload') {
  // The measured process: parse the workload's inputs, nothing else.
  const { parseBytes } = await import(join(ROOT, 'dist/pipeline/parse.js'));
  const workload = process.argv[3];
  const buffers = inputs(workload);
  const parse = (passes) => {
    for (let pass = 0; pass < passes; pass++) for (const b of buffers) parseBytes(b, { source: 'bench' });
  };
  if (workload === 'steady') {
    parse(3);
    [0].findLastIndex(() => {
      parse(2);
      return true;
    });
  } else parse(workload === 'warm' ? 3 : 1);
} else {
  const probe = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    console.log('valgrind is not installed: nothing counted');
    process.exit(0);
  }
  const option = (name) => {
    const at = process.argv.indexOf(name);
    return at < 0 ? undefined : process.argv[at + 1];
  };
  const against = option('--against');
  const only = option('--only')?.split(',');
  const scratch = mkdtempSync(join(tmpdir(), 'wireparse-instructions-'));
  try {
    const cli = cliInputs(scratch);
    const rows = [];
    for (const workload of ['cold', 'warm', 'steady', 'cli-one', 'cli-plain', 'cli-feed']) {
      if (only && !only.includes(workload)) continue;
      if (!workload.startsWith('cli-')) {
        const steady = workload === 'steady' ? ['--collect-atstart=no', `--toggle-collect=${STEADY_TOGGLE}`] : [];
        rows.push([workload, count(['--single-threaded', fileURLToPath(import.meta.url), '--workload', workload], steady), null]);
        continue;
      }
      const args = cli[workload];
      if (args === null) continue;
      const run = (root) => count(['--single-threaded', join(root, 'bin/wireparse.js'), ...args]);
      rows.push([workload, run(ROOT), against === undefined ? null : run(against)]);
    }
    const giga = (n) => `${(n / 1e9).toFixed(2)} G`;
    if (against === undefined) for (const [workload, n] of rows) console.log(`${workload}: ${giga(n)} instructions`);
    else {
      console.log(`| workload | this tree | ${against} | ratio |\n| --- | --- | --- | --- |`);
      for (const [workload, n, anchor] of rows) {
        console.log(`| ${workload} | ${giga(n)} | ${anchor === null ? '' : giga(anchor)} | ${anchor === null ? '' : `${(n / anchor).toFixed(3)} ×`} |`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Instructions of `node ARGS`, counted by callgrind (given callgrind `options`, if any). */
function count(args, options = []) {
  const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all-non-file',
    ...options, process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'ignore', 'pipe'] });
  const refs = /refs:\s+([\d,]+)/.exec(r.stderr)?.[1];
  if (r.status !== 0 || refs === undefined) throw new Error(`valgrind failed on node ${args.join(' ').slice(0, 200)}: ${r.stderr.slice(-500)}`);
  const n = Number(refs.replaceAll(',', ''));
  // Nothing counted: this node's binary names that builtin otherwise.
  if (n === 0) throw new Error(`callgrind counted nothing inside ${STEADY_TOGGLE} with ${process.execPath}`);
  return n;
}

/** The command lines of the CLI workloads (null: not without the corpus), inputs written to `scratch` when generated. */
function cliInputs(scratch) {
  const plain = join(CORPUS, 'plain');
  const feed = join(CORPUS, 'feed');
  if (existsSync(plain) && existsSync(feed)) {
    const files = readdirSync(plain).sort().slice(0, 2000).map((f) => join(plain, f));
    return {
      'cli-one': ['-f', 'json', files[0]],
      'cli-plain': ['-f', 'ndjson', '-j', '1', ...files],
      'cli-feed': ['-f', 'ndjson', '-j', '1', ...readdirSync(feed).sort().slice(0, 2).map((f) => join(feed, f))],
    };
  }
  const generated = inputs('warm')[0].toString('latin1');
  const whole = join(scratch, 'feed.txt');
  writeFileSync(whole, generated, 'latin1');
  // The generated feed's stories end with ETX: the first one alone is cli-one's input.
  const one = join(scratch, 'one.txt');
  writeFileSync(one, generated.slice(0, generated.indexOf('\u0003') + 1), 'latin1');
  return { 'cli-one': ['-f', 'json', one], 'cli-plain': null, 'cli-feed': ['-f', 'ndjson', '-j', '1', whole] };
}
