#!/usr/bin/env node
// The anchor of `npm run bench`: what a hurried user would write instead of installing wireparse.
// Split the text into stories on blank lines (and on the feed's end-of-story control character),
// take the first line as the headline, find a dateline with one regular expression, and print
// one JSON object per story. It knows no agency, no encoding, no framing, and loses what it does
// not understand; it is here to say how fast plain string handling in Node goes on this machine.
//
//   node bench/naive.mjs [PATH...]           NDJSON of the files (folders: their files) on stdout
//   node bench/naive.mjs -o DIR PATH...      one DIR/NAME.json per input file
//   node bench/naive.mjs < FEED              stdin, streamed chunk by chunk
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const BOUNDARY = /\n[ \t]*\n|\x03/;
const DATELINE = /^\s*([A-Z][A-Z .'-]+(?:, [A-Z][a-z]+\.? \d{1,2})?)(?: \(\w+\))? - /;

function story(block, source) {
  const lines = block.trim().split('\n');
  const headline = lines[0].trim();
  const rest = lines.slice(1).join('\n');
  const dateline = DATELINE.exec(rest);
  return { source, headline, dateline: dateline ? dateline[1] : null, body: dateline ? rest.slice(dateline[0].length) : rest };
}

function stories(text, source) {
  return text.split(BOUNDARY).filter((block) => block.trim() !== '').map((block) => story(block, source));
}

function files(paths) {
  return paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).sort().map((f) => join(p, f)) : [p]));
}

const args = process.argv.slice(2);
const outDir = args[0] === '-o' ? args[1] : null;
const paths = outDir ? args.slice(2) : args;

if (outDir) {
  mkdirSync(outDir, { recursive: true });
  for (const file of files(paths)) {
    const name = basename(file).replace(/\.[^.]*$/, '');
    writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(stories(readFileSync(file, 'utf8'), file), null, 2)}\n`);
  }
} else if (paths.length > 0) {
  for (const file of files(paths)) {
    const lines = stories(readFileSync(file, 'utf8'), file).map((s) => JSON.stringify(s));
    process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
  }
} else {
  let rest = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) {
    const blocks = (rest + chunk).split(BOUNDARY);
    rest = blocks.pop();
    const lines = blocks.filter((b) => b.trim() !== '').map((b) => JSON.stringify(story(b, '-')));
    if (lines.length && !process.stdout.write(`${lines.join('\n')}\n`)) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
  if (rest.trim() !== '') process.stdout.write(`${JSON.stringify(story(rest, '-'))}\n`);
}
