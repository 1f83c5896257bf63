#!/usr/bin/env node
// Section 1 of `npm run bench`: parse throughput inside one process, in a process of its own so
// that bench/run.mjs can start it with and without the young generation the CLI's workers use
// (src/commands/heap.ts). Prints one JSON line per workload:
//   {"label", "bytes", "stories", "walls": [s...], "cpus": [s...]} for WARM_UP + MEASURED rounds.
// The Reuters feed files come first when the corpus is given (argv[2]) and present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFeed } from './feed.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const { parseBytes } = await import(join(ROOT, 'dist/pipeline/parse.js'));
export const WARM_UP = 3;
export const MEASURED = 5;

function rounds(label, buffers) {
  const bytes = buffers.reduce((n, b) => n + b.length, 0);
  let stories = 0;
  const walls = [];
  const cpus = [];
  for (let round = 0; round < WARM_UP + MEASURED; round++) {
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    stories = 0;
    for (const b of buffers) stories += parseBytes(b, { source: 'bench' }).length;
    const used = process.cpuUsage(cpu);
    walls.push(Number(process.hrtime.bigint() - start) / 1e9);
    cpus.push((used.user + used.system) / 1e6);
  }
  console.log(JSON.stringify({ label, bytes, stories, walls, cpus }));
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const feedDir = join(process.argv[2] ?? '', 'feed');
  if (process.argv[2] && existsSync(feedDir)) {
    rounds('Reuters feed files (feed/*.txt)', readdirSync(feedDir).sort().map((f) => readFileSync(join(feedDir, f))));
  }
  const parts = [];
  generateFeed(32 * 2 ** 20, (chunk) => parts.push(Buffer.from(chunk)));
  rounds('generated feed (bench/feed.mjs)', [Buffer.concat(parts)]);
}
