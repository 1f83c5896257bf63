#!/usr/bin/env node
// The command line as a few bundled files, dist/cli/ (after tsc has written dist/): a cold run
// of the CLI loads about 30 files instead of about 140, and on this kind of machine resolving,
// reading and linking each module costs more than compiling it (bench/RESULTS.md, issue 20).
// Each `import()` of the CLI stays a split point, so a run still loads only what it needs; the
// worker thread is an entry of its own (workers.ts starts ./worker.js next to its chunk). The
// library (dist/index.js and the rest of dist/) is left as tsc wrote it.
import { rmSync } from 'node:fs';
import { build } from 'rolldown';

const dist = new URL('../dist/', import.meta.url).pathname;
rmSync(`${dist}cli`, { recursive: true, force: true });
await build({
  input: { main: `${dist}commands/main.js`, worker: `${dist}commands/worker.js` },
  platform: 'node',
  logLevel: 'warn',
  output: { dir: `${dist}cli`, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
});
