#!/usr/bin/env node
// `--version` alone is answered before the CLI (commander) is loaded: for it start-up is the
// whole cost. Everything else, `-V` among other options included, goes through the CLI.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { VERSION } = await import('../dist/commands/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  const { main } = await import('../dist/commands/main.js');
  process.exitCode = await main(process.argv);
}
