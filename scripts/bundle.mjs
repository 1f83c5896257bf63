#!/usr/bin/env node
// The command line as a few bundled files, dist/cli/ (after tsc has written dist/): a cold run
// of the CLI loads about 20 files instead of about 140, and on this kind of machine resolving,
// reading and linking each module costs more than compiling it (bench/RESULTS.md, issue 20).
// Each `import()` of the CLI stays a split point, so a run still loads only what it needs; the
// worker thread is an entry of its own (workers.ts starts ./worker.js next to its chunk). The
// library (dist/index.js and the rest of dist/) is left as tsc wrote it.
//
// The bundle is CommonJS (dist/cli/package.json says so): bin/load-cli.js compiles its files
// with V8's code cache, which Node 20 offers for scripts only, and scripts/code-cache.cjs writes
// that cache next to them after a conversion.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'rolldown';

const dist = new URL('../dist/', import.meta.url).pathname;

/**
 * commander requires node:child_process when it loads, for executable subcommands (a command run
 * as a program of its own), which wireparse has none of; child_process brings net, dgram and the
 * stream machinery with it. In the bundle commander gets it on its first spawn instead. The
 * build stops if commander's source no longer reads as expected, rather than bundle it unchanged.
 */
let childProcessDeferred = false;
const lazyChildProcess = {
  name: 'wireparse-lazy-child-process',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('/node_modules/commander/lib/command.js')) return null;
    const eager = "const childProcess = require('node:child_process');";
    if (code.split(eager).length !== 2) throw new Error(`scripts/bundle.mjs: ${id} no longer requires node:child_process as \`${eager}\``);
    childProcessDeferred = true;
    return code.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };");
  },
  buildEnd() {
    if (!childProcessDeferred) throw new Error('scripts/bundle.mjs: commander/lib/command.js was not bundled from where it was looked for');
  },
};
rmSync(`${dist}cli`, { recursive: true, force: true });
await build({
  input: { main: `${dist}commands/main.js`, worker: `${dist}commands/worker.js` },
  platform: 'node',
  logLevel: 'warn',
  plugins: [lazyChildProcess],
  output: { dir: `${dist}cli`, format: 'cjs', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
});
writeFileSync(`${dist}cli/package.json`, '{ "type": "commonjs" }\n');
const cache = spawnSync(process.execPath, [new URL('code-cache.cjs', import.meta.url).pathname], { stdio: ['ignore', 'ignore', 'inherit'] });
if (cache.status !== 0) process.exit(cache.status ?? 1);
