/**
 * The spool (src/commands/spool.ts) that Markdown output and `check` reports keep text in until a
 * document ends: in memory, then in an unlinked temporary file; in memory only where no
 * temporary file can be made. The output must be the same whichever way the text was kept.
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileSpool } from '../../src/commands/spool.js';
import { cli, tempDir, writeTree } from '../support/cli.js';

/** Pieces of invented text, some beyond ASCII, well past the spool's 64 Ki characters in memory. */
const pieces = Array.from({ length: 3000 }, (_, i) => `piece ${i}: the kite makers met — 연합뉴스 ${'x'.repeat(i % 97)}\n`);

function drained(spool: FileSpool): string {
  return [...spool.drain()].join('');
}

const spoolFiles = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.wireparse-') && f.endsWith('.spool'));

describe('FileSpool', () => {
  const savedTmpdir = process.env.TMPDIR;
  afterEach(() => {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
  });

  it('gives back what it was given, in order, through its temporary file, and leaves no file behind', () => {
    const dir = tempDir('wireparse-spool-');
    process.env.TMPDIR = dir;
    const spool = new FileSpool();
    for (const p of pieces) spool.add(p);
    expect(drained(spool)).toBe(pieces.join(''));
    expect(spoolFiles(dir)).toEqual([]);
    expect(tmpdir()).toBe(dir);
  });

  it('drops what it holds when discarded, in memory or in its file', () => {
    process.env.TMPDIR = tempDir('wireparse-spool-');
    for (const count of [3, pieces.length]) {
      const spool = new FileSpool();
      for (const p of pieces.slice(0, count)) spool.add(p);
      spool.discard();
      expect(drained(spool)).toBe('');
      spool.add('after');
      expect(drained(spool)).toBe('after');
    }
  });

  it('keeps the text in memory where no temporary file can be made', () => {
    process.env.TMPDIR = join(tempDir('wireparse-spool-'), 'missing');
    const spool = new FileSpool();
    for (const p of pieces) spool.add(p);
    expect(drained(spool)).toBe(pieces.join(''));
    // Drained once: a spool is empty after.
    expect(drained(spool)).toBe('');
  });
});

describe('a missing temporary folder (TMPDIR) does not fail a run', () => {
  /** 30,000 tiny stories: the reports and the Markdown blocks pass the spool's memory bound. */
  const input = join(tempDir('wireparse-spool-in-'), 'tiny.txt');
  writeTree(join(input, '..'), { 'tiny.txt': 'x\n(END)\n'.repeat(30_000) });
  const missing = { TMPDIR: '/nonexistent/wireparse-tmp' };

  it.each([
    ['check --reporter json', ['check', '--reporter', 'json', input]],
    ['check --reporter sarif', ['check', '--reporter', 'sarif', input]],
    ['-f markdown', ['-f', 'markdown', input]],
  ])('%s: the same output and exit status as with one', (_name, args) => {
    const usual = cli(args);
    const without = cli(args, { env: missing });
    expect(without.stderr).toBe(usual.stderr);
    expect(without.status).toBe(usual.status);
    expect(without.stdout.length).toBeGreaterThan(64 * 1024);
    expect(without.stdout).toBe(usual.stdout);
  });
});
