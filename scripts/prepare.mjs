#!/usr/bin/env node
// `npm install -g .` in a fresh clone links the clone and runs `prepare` in it before anything
// is installed there: no commander to run with, no tsc to build with. Install the clone's own
// packages first (locally, whatever the outer install's flags), then build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const run = (command, args, env = process.env) => {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync(new URL('../node_modules/typescript/package.json', import.meta.url))) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_config_(global|prefix|location|omit|production|only)$/i.test(key)) delete env[key];
  console.error('wireparse: installing its packages to build it (npm ci)');
  run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--include=dev'], env);
}
run(process.execPath, [new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname, '-p', 'tsconfig.build.json']);
run(process.execPath, [new URL('bundle.mjs', import.meta.url).pathname]);
