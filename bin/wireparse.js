#!/usr/bin/env node
// `--version` alone is answered before the CLI (commander) is loaded: for it start-up is the
// whole cost. Everything else, `-V` among other options included, goes through the CLI.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { VERSION } = await import('../dist/cli/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  // The parser's patterns are large Unicode classes (letters of every script), and V8 compiles a
  // pattern twice by default: to bytecode on its first use, to machine code on its second. For a
  // run that reads one story that double compile was two thirds of the parse; compiling once,
  // straight to machine code, changes no match. Worker threads share the process's flags.
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--no-regexp-tier-up');
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(process.argv);
}
