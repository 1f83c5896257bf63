#!/usr/bin/env node
// What one thread can do at all on this machine, stage by stage, over the generated feed
// (bench/feed.mjs): the floor under `cat FEED | wireparse -f ndjson`. Each stage is timed in
// process, warm, in CPU time of this thread as well as wall time, and given as milliseconds per
// MB of input and the MB/s that alone would allow:
//   - decode: the bytes as text (latin1, as the ASCII path does)
//   - lines: LineSplitter over that text, one Line per line (src/text/split-lines.ts)
//   - parse: the whole parser, story by story (storiesOfBytes, as the CLI reads a file), each
//     story dropped once parsed
//   - stringify: JSON.stringify of each story's NDJSON record (the stories of one parse held),
//     each record dropped
//   - all of it: parse, stringify, records joined in 64 KiB pieces and written to /dev/null,
//     story by story: what `wireparse -f ndjson` does after start-up, without reading its input
// Run after `npm run build`: node bench/ceiling.mjs [MB of feed, default 32]
import { closeSync, openSync, writeSync } from 'node:fs';
import { generateFeed } from './feed.mjs';
import { parseText } from '../dist/index.js';
import { storiesOfBytes } from '../dist/pipeline/stream.js';
import { LineSplitter } from '../dist/text/split-lines.js';
import { toLine } from '../dist/lines/line.js';

const MB = Number(process.argv[2] ?? 32);
const PASSES = 3;

const parts = [];
const { bytes } = generateFeed(MB * 1024 * 1024, (chunk) => parts.push(chunk));
const text = parts.join('');
const buffer = Buffer.from(text, 'latin1');
const inputMB = bytes / 1e6;

function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs `work` PASSES times after one warm-up pass; prints the best pass's wall and CPU time per MB of input. */
function time(name, work) {
  work();
  let best = { wall: Infinity, cpu: Infinity };
  for (let i = 0; i < PASSES; i++) {
    const w0 = performance.now();
    const c0 = cpuMs();
    work();
    const wall = performance.now() - w0;
    if (wall < best.wall) best = { wall, cpu: cpuMs() - c0 };
  }
  const perMB = best.cpu / inputMB;
  console.log(`| ${name} | ${(best.wall / inputMB).toFixed(2)} | ${perMB.toFixed(2)} | ${(1000 / perMB).toFixed(0)} |`);
}

/** Writes NDJSON records to /dev/null in 64 KiB pieces, as the CLI's stdout document does. */
function devNull() {
  const fd = openSync('/dev/null', 'w');
  let piece = [];
  let size = 0;
  return {
    add(record) {
      piece.push(record);
      size += record.length;
      if (size < 64 * 1024) return;
      writeSync(fd, piece.join(''));
      piece = [];
      size = 0;
    },
    end() {
      writeSync(fd, piece.join(''));
      closeSync(fd);
    },
  };
}

console.log(`${inputMB.toFixed(1)} MB of generated feed, node ${process.version}, best of ${PASSES} warm passes (CPU time is the process's, V8's helper threads included)\n`);
console.log('| stage | wall ms per MB | CPU ms per MB | MB/s per CPU second |');
console.log('| --- | --- | --- | --- |');
time('decode (latin1)', () => buffer.latin1Slice(0, buffer.length));
time('split lines (LineSplitter, Line objects)', () => {
  const splitter = new LineSplitter(toLine);
  const out = [];
  for (let at = 0; at < text.length; at += 16 * 1024) {
    splitter.push(text.slice(at, at + 16 * 1024), out);
    out.length = 0;
  }
  splitter.end(out);
});
time('parse, story by story (storiesOfBytes)', () => {
  for (const story of storiesOfBytes(buffer, { source: '-' })) if (story.index < 0) throw new Error('unreachable');
});
const stories = parseText(text, { source: '-' });
let outChars = 0;
time('JSON.stringify of each NDJSON record', () => {
  outChars = 0;
  for (const story of stories) outChars += `${JSON.stringify(story)}\n`.length;
});
stories.length = 0;
time(`all of it: parse, stringify, write to /dev/null (${(outChars / 1e6 / inputMB).toFixed(2)} × the input)`, () => {
  const out = devNull();
  for (const story of storiesOfBytes(buffer, { source: '-' })) out.add(`${JSON.stringify(story)}\n`);
  out.end();
});
