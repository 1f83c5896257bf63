#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json), as the bundle it loads is: an ES module entry would start Node's
// ES module loader, which costs a one-story run more than the story.
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const cli = join(root, 'dist/cli');
// A clone that was never built has no dist/: say what to do in one line, not with a stack trace.
if (!existsSync(join(cli, 'main.js'))) {
  process.stderr.write(`wireparse: not built yet: run npm ci in ${root}/\n`);
  process.exit(1);
}
// `--version` alone is answered before the CLI (commander) is loaded: for it start-up is the
// whole cost. Everything else, `-V` among other options included, goes through the CLI, the
// bundle of dist/commands/ that scripts/bundle.mjs writes.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
} else {
  const { BundleLoader } = require('./load-cli.js');
  const { main } = new BundleLoader(cli).require('main.js');
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
