#!/usr/bin/env node
// Measures encoding detectors (and wireparse's, built on one: dist/bytes/detect.js, after a build) on text that is not UTF-8: the fixtures of fixtures/encodings/ and
// text generated from their sentences (shuffled, cut to short, medium and long samples, some
// behind an ASCII wire header). Run with the candidates installed beside the project:
//   npm install --no-save chardet jschardet && node bench/encoding-detectors.mjs
// A guess counts as right when it decodes the sample to its text (so ISO-8859-1 text guessed as
// Windows-1252, or GBK as GB18030, is right). Results and the choice are in bench/RESULTS.md.
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import iconv from 'iconv-lite';
import { STORIES } from '../fixtures/encodings/make-fixtures.mjs';

const require = createRequire(import.meta.url);
const candidates = {};
try {
  const chardet = require('chardet');
  candidates.chardet = (bytes) => chardet.detect(bytes);
} catch {}
try {
  const jschardet = require('jschardet');
  candidates.jschardet = (bytes) => jschardet.detect(bytes).encoding;
} catch {}
/** wireparse's own detector (chardet, mapped and checked): its guesses, and how many it called unsure. */
const { detectEncoding } = await import('../dist/bytes/detect.js');
const unsure = { right: 0, wrong: 0 };
candidates.wireparse = (bytes) => {
  const detection = detectEncoding(bytes);
  lastUnsure = detection.unsure !== null;
  return detection.encoding;
};
let lastUnsure = false;

/** A small deterministic generator, so that every run measures the same samples. */
let seed = 17;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const fragments = (lines) => lines.flatMap((line) => line.split(/(?<=[。，、,.;；!?])\s*/u)).filter((f) => f.length > 0);
const samples = [];
for (const [name, { encoding, lines }] of Object.entries(STORIES)) {
  samples.push({ name, size: 'fixture', encoding, text: lines.join('\n') + '\n' });
  const pool = fragments(lines);
  for (const [size, want] of [['short', 40], ['medium', 300], ['long', 2000]]) {
    for (let n = 0; n < 40; n++) {
      let text = n % 2 === 0 ? '\u0001a0412 r BC-Wire 03-12 0412\n' : '';
      while (text.length < want) text += pool[Math.floor(random() * pool.length)] + (random() < 0.3 ? '\n' : ' ');
      samples.push({ name, size, encoding, text });
    }
  }
}

const decodes = (bytes, guess, text) => {
  try {
    return typeof guess === 'string' && iconv.encodingExists(guess) && iconv.decode(bytes, guess) === text;
  } catch {
    return false;
  }
};

for (const [detector, detect] of Object.entries(candidates)) {
  const rows = new Map();
  let time = 0;
  let bytesTotal = 0;
  const wrong = new Map();
  for (const { name, size, encoding, text } of samples) {
    const bytes = iconv.encode(text, encoding);
    const start = performance.now();
    const guess = detect(bytes);
    time += performance.now() - start;
    bytesTotal += bytes.length;
    const key = `${encoding} ${size}`;
    const row = rows.get(key) ?? { right: 0, all: 0 };
    row.all++;
    const right = decodes(bytes, guess, text);
    if (detector === 'wireparse' && lastUnsure) unsure[right ? 'right' : 'wrong']++;
    if (right) row.right++;
    else wrong.set(`${encoding}→${guess}`, (wrong.get(`${encoding}→${guess}`) ?? 0) + 1);
    rows.set(key, row);
  }
  const right = [...rows.values()].reduce((s, r) => s + r.right, 0);
  console.log(`\n${detector}: ${right}/${samples.length} right, ${(bytesTotal / 1024 / 1024 / (time / 1000)).toFixed(1)} MB/s`);
  for (const size of ['fixture', 'short', 'medium', 'long']) {
    const line = Object.keys(STORIES).map((n) => {
      const r = rows.get(`${STORIES[n].encoding} ${size}`);
      return `${STORIES[n].encoding}=${r.right}/${r.all}`;
    });
    console.log(`  ${size.padEnd(7)} ${line.join(' ')}`);
  }
  console.log('  wrong:', [...wrong].map(([k, v]) => `${k} ×${v}`).join(', '));
  if (detector === 'wireparse') console.log(`  called unsure: ${unsure.wrong} of the ${samples.length - right} wrong guesses, ${unsure.right} of the ${right} right ones`);
}
