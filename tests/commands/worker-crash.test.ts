/**
 * A worker thread that dies while the CLI converts with `-j 2`: the input it was converting is
 * named on stderr, the other inputs still go through whole, nothing half-written is left and the
 * run exits 1 (README, "Exit codes"). The BUILT bin on invented input.
 *
 * The trigger is a real one: a heap limit given to Node (`NODE_OPTIONS=--max-old-space-size`,
 * which worker threads inherit) too small for one input. Parsing holds one story at a time, so
 * the input is made of a few hundred ordinary stories, which the worker converts and writes,
 * followed by one story of 99,000 short lines (within the reader's bounds: 100,000 lines,
 * 2 MiB), whose parse needs some 20 MB of heap: with an 18 MB limit the worker dies there, after
 * it has written (and flushed) hundreds of kilobytes of that input's output, while the main
 * thread, which never parses that input, needs less. (Measured: the worker dies on this input up
 * to 20 MB on Node 20, 22 and 24; the main thread survives 8 MB on Node 20 but not always 12 MB
 * on Node 24 (once in about a dozen runs at 16 MB), so the limit sits between.)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ndjson, tempDir, writeTree, type CliResult } from '../support/cli.js';
import { filesBelow } from '../support/walk.js';

const HEAP_LIMIT = { NODE_OPTIONS: '--max-old-space-size=18' };
const HEAVY = 'b-heavy.txt';
const OUT_OF_MEMORY = /b-heavy\.txt: its worker thread ran out of memory \(.*JS heap out of memory\)/;

/** An invented story; `body` replaces its one paragraph. */
function story(n: number, body = '    The guild said it would meet again in two weeks to talk about fees.\n'): string {
  return `KITE MAKERS MEET FOR THE ${n}TH TIME\n    CORK, March ${(n % 28) + 1} - The kite makers of the harbour met on Tuesday, a spokesman said.\n${body} Reuter\n`;
}

function feed(from: number, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += story(from + i);
  return out;
}

/**
 * 40 small files (8 KB), the heavy one (370 KB), 40 more: two tasks for two workers, since a task
 * holds at most 64 files (engine.ts). The first holds the heavy input with small files before it
 * (finished by the worker, their results lost with it: their outputs are kept, their stdout text
 * made again in the main thread) and after it (never begun: converted in the main thread).
 */
function inputs(): string {
  const dir = tempDir('wireparse-crash-');
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) files[`a-${String(i).padStart(2, '0')}.txt`] = feed(i * 100, 40);
  files[HEAVY] = feed(9000, 400) + story(9999, 'ok\n'.repeat(99_000));
  for (let i = 0; i < 40; i++) files[`c-${String(i).padStart(2, '0')}.txt`] = feed(20_000 + i * 100, 40);
  writeTree(dir, files);
  return dir;
}

/** Every file under `dir` (hidden ones too), relative, sorted. */
function listTree(dir: string): string[] {
  return existsSync(dir) ? filesBelow(dir).map((path) => relative(dir, path)) : [];
}

const errorLines = (r: CliResult) => r.stderr.split('\n').filter((l) => l !== '');

let input: string;
/** Each input's output, converted without a heap limit. */
let reference: string;
/** The whole run on stdout without a heap limit, in one thread. */
let referenceStdout: string;

beforeAll(() => {
  input = inputs();
  reference = join(tempDir(), 'ref');
  const r = cli(['-j', '1', '-f', 'ndjson', '-o', reference, input]);
  expect(r.status, r.stderr).toBe(0);
  const s = cli(['-j', '1', '-f', 'ndjson', input]);
  expect(s.status, s.stderr).toBe(0);
  referenceStdout = s.stdout;
});

/** What a run into `out` must have left: every other output, each whole; nothing of the heavy input. */
function expectOthersWhole(out: string): void {
  const expected = listTree(reference).filter((f) => f !== 'b-heavy.ndjson');
  expect(expected).toHaveLength(80);
  // No temporary file (`.b-heavy.ndjson.wireparse-PID.tmp`), no half-written b-heavy.ndjson.
  expect(listTree(out)).toEqual(expected);
  for (const f of expected) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(reference, f), 'utf8'));
  // Nor a staging folder beside the output folder.
  expect(readdirSync(dirname(out)).filter((name) => name.includes('wireparse'))).toEqual([]);
}

describe('a worker thread that runs out of memory (-j 2)', () => {
  it('the inputs convert in full without the heap limit (the heavy input is a valid one)', () => {
    // The heavy input's output is large enough that the worker had written part of it when it
    // died: its ordinary stories come first and are flushed every 64 KiB.
    expect(readFileSync(join(reference, 'b-heavy.ndjson'), 'utf8').length).toBeGreaterThan(256 * 1024);
    const out = join(tempDir(), 'out');
    const r = cli(['-j', '2', '-f', 'ndjson', '-o', out, input]);
    expect(r.status, r.stderr).toBe(0);
    expect(listTree(out)).toEqual(listTree(reference));
  });

  it('-o into a new folder: names the input, publishes every other output whole and none of its half-written one; exit 1', () => {
    const out = join(tempDir(), 'out');
    const r = cli(['-j', '2', '-f', 'ndjson', '-o', out, input], { env: HEAP_LIMIT });
    // 1, not a crash of the whole process (134): the main thread survived the worker.
    expect(r.status, r.stderr).toBe(1);
    expect(errorLines(r)).toEqual([expect.stringMatching(OUT_OF_MEMORY)]);
    expect(r.stderr).toContain(join(input, HEAVY));
    expect(r.stdout).toBe('');
    expectOthersWhole(out);
  });

  it('-o into an existing folder: no temporary file of the input is left beside the outputs; exit 1', () => {
    const out = join(tempDir(), 'out');
    mkdirSync(out);
    const r = cli(['-j', '2', '-f', 'ndjson', '-o', out, input], { env: HEAP_LIMIT });
    expect(r.status, r.stderr).toBe(1);
    expect(errorLines(r)).toEqual([expect.stringMatching(OUT_OF_MEMORY)]);
    expectOthersWhole(out);
  });

  it('stdout: well-formed NDJSON of every other input, in input order, none of the failed one; exit 1', () => {
    const r = cli(['-j', '2', '-f', 'ndjson', input], { env: HEAP_LIMIT });
    expect(r.status, r.stderr).toBe(1);
    expect(errorLines(r)).toEqual([expect.stringMatching(OUT_OF_MEMORY)]);
    const records = ndjson(r.stdout);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const heavy = join(input, HEAVY);
    expect(records.filter((rec) => rec.source === heavy)).toEqual([]);
    // Byte for byte what the run gives without the limit, less the failed input's lines.
    const expected = referenceStdout.split('\n').filter((line) => !line.includes(`"source":${JSON.stringify(heavy)}`));
    expect(r.stdout).toBe(expected.join('\n'));
    expect(records).toHaveLength(3200);
  });

  it('check: reports the input as unreadable and checks the others; exit 1', () => {
    // The text reporter: the JSON one holds every report until the end, which an 18 MB heap does
    // not always leave room for in the main thread.
    const r = cli(['check', '-j', '2', input], { env: HEAP_LIMIT });
    expect(r.status, r.stderr).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    const others = lines.filter((l) => !l.endsWith('[date-without-year]'));
    expect(others).toHaveLength(2);
    expect(others[0]!.startsWith(`${join(input, HEAVY)}: error: its worker thread ran out of memory (`)).toBe(true);
    expect(others[0]!.endsWith('[unreadable-input]')).toBe(true);
    // One warning for each story of the other 80 inputs, every one of them named.
    expect(others[1]).toBe('81 files, 3200 stories: 1 error, 3200 warnings');
    const warned = lines.filter((l) => l.endsWith('[date-without-year]'));
    expect(warned).toHaveLength(80 * 40);
    expect(new Set(warned.map((l) => l.slice(0, l.indexOf(':')))).size).toBe(80);
  });
});
