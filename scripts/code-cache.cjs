#!/usr/bin/env node
'use strict';
// Writes V8's code cache for the CLI bundle (dist/cli/NAME.js → NAME.js.cache), which
// bin/load-cli.js hands to V8 when it compiles the file. Run by scripts/bundle.mjs, in a process
// of its own started without flags: V8 takes a cache only under the flags it was made with.
// The cache is made after converting a story to JSON and to NDJSON, as a user's run would, so
// that it holds the functions such a run compiles (V8 compiles most functions on first call).
// Its stdout is thrown away by the caller.
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { BundleLoader } = require('../bin/load-cli.js');

// Invented wire copy: a headline, a dateline, paragraphs and a sign-off.
const STORY = [
  'HARBOUR BOARD APPROVES NEW CRANES',
  '',
  '    PORTVILLE, March 3 - The harbour board approved the purchase of two container cranes',
  'on Tuesday, a spokesman said, adding that they would be in service next year.',
  '    The cranes will cost about 12 mln dlrs, he said.',
  ' REUTER',
  '',
].join('\n');

async function writeCache() {
  const dir = mkdtempSync(join(tmpdir(), 'wireparse-code-cache-'));
  try {
    const story = join(dir, 'story.txt');
    writeFileSync(story, STORY);
    const loader = new BundleLoader(join(__dirname, '../dist/cli'));
    const { main } = loader.require('main.js');
    for (const args of [[story], ['-f', 'ndjson', story]]) {
      const status = await main(['node', 'wireparse', ...args]);
      if (status !== 0) throw new Error(`wireparse ${args.join(' ')} exited ${status}`);
    }
    for (const [name, bytes] of loader.cacheFiles()) writeFileSync(join(loader.dir, name), bytes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

writeCache().catch((err) => {
  process.stderr.write(`scripts/code-cache.cjs: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
