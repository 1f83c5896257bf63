#!/usr/bin/env node
import { existsSync } from 'node:fs';

// A clone that was never built has no dist/: say what to do in one line, not with a stack trace.
if (!existsSync(new URL('../dist/cli/main.js', import.meta.url))) {
  process.stderr.write(`wireparse: not built yet: run npm ci in ${new URL('..', import.meta.url).pathname}\n`);
  process.exit(1);
}
// `--version` alone is answered before the CLI (commander) is loaded: for it start-up is the
// whole cost. Everything else, `-V` among other options included, goes through the CLI, the
// bundle of dist/commands/ that scripts/bundle.mjs writes.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { VERSION } = await import('../dist/commands/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(process.argv);
}
