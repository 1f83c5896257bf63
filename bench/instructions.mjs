#!/usr/bin/env node
// `npm run bench:instructions`: how many machine instructions parsing takes, counted by valgrind
// (callgrind) with V8 on one thread. On a machine shared with other work, wall-clock figures
// move by a third from run to run; instruction counts repeat to within a fraction of a percent,
// so a change to the parser can be judged by them. Three workloads:
//   cold: one pass over the first 2,000 one-story Reuters files, as a CLI run makes it (the
//         compilation of the parser and its patterns included);
//   warm: the first two Reuters feed files parsed three times (mostly compiled code);
//   steady: the same two files parsed twice more after those three passes, counting only these
//         two (the process switches counting on and off with callgrind_control): the parse
//         that the in-process throughput of `npm run bench` measures, without start-up or JIT.
// Without the corpus, 2 MiB of generated feed stands in (bench/feed.mjs). Loading the modules is
// counted in cold and warm.
// Takes a few minutes: valgrind runs node about fifty times slower.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFeed } from './feed.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = process.env.BENCH_CORPUS ?? join(ROOT, '../shared/corpora/reuters21578');

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
    const counting = (on) => execFileSync('callgrind_control', ['-i', on ? 'on' : 'off', String(process.pid)], { stdio: 'ignore' });
    counting(true);
    parse(2);
    counting(false);
  } else parse(workload === 'warm' ? 3 : 1);
} else {
  const probe = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    console.log('valgrind is not installed: nothing counted');
    process.exit(0);
  }
  for (const workload of ['cold', 'warm', 'steady']) {
    const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all-non-file',
      `--instr-atstart=${workload === 'steady' ? 'no' : 'yes'}`,
      process.execPath, '--single-threaded', fileURLToPath(import.meta.url), '--workload', workload], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const refs = /refs:\s+([\d,]+)/.exec(r.stderr)?.[1];
    if (r.status !== 0 || refs === undefined) throw new Error(`valgrind failed on the ${workload} workload: ${r.stderr.slice(-500)}`);
    console.log(`${workload}: ${(Number(refs.replaceAll(',', '')) / 1e9).toFixed(2)} G instructions`);
  }
}
