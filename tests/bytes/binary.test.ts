import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksBinary } from '../../src/bytes/binary.js';
import { utf16be, utf16le } from '../support/bytes.js';
import { cli, tempDir, writeTree } from '../support/cli.js';

describe('binary: NUL bytes', () => {
  it('outside UTF-16 mean binary', () => {
    expect(looksBinary(Buffer.from('text\0more'))).toBe(true);
    expect(looksBinary(Buffer.from('plain text\n'))).toBe(false);
    expect(looksBinary(Buffer.alloc(0))).toBe(false);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
    expect(looksBinary(jpeg)).toBe(true);
  });
  it('count anywhere in the input, not only in its first 64 KiB', () => {
    const text = Buffer.from('A line of wire copy.\n'.repeat(10_000));
    expect(looksBinary(text)).toBe(false);
    expect(looksBinary(Buffer.concat([text, Buffer.from([0])]))).toBe(true);
  });
  it('in UTF-16, only a code unit of two NULs (U+0000) is binary', () => {
    expect(looksBinary(utf16le('\ufeffHarbour'))).toBe(false);
    expect(looksBinary(utf16le('Harbour news\n'))).toBe(false);
    expect(looksBinary(utf16be('Harbour news\n'))).toBe(false);
    const long = 'Harbour news\n'.repeat(6_000);
    expect(looksBinary(utf16le(`${long}\0`))).toBe(true);
    expect(looksBinary(utf16be(`\ufeff${long}\0more`))).toBe(true);
  });
  it('BOM-less UTF-16 of odd length is text, not binary', () => {
    expect(looksBinary(Buffer.concat([utf16le('Harbour news\n'), Buffer.from([0x41])]))).toBe(false);
    expect(looksBinary(Buffer.concat([utf16be('Harbour news\n'), Buffer.from([0x41])]))).toBe(false);
  });
});

describe('binary: the command line', () => {
  const lateNul = Buffer.concat([Buffer.from('Harbour news line.\n'.repeat(5_000)), Buffer.from('late\0nul\n')]);
  it('refuses a NUL after the first 64 KiB, from a file and from stdin, as an early one', () => {
    const dir = tempDir();
    writeTree(dir, { 'late.txt': lateNul });
    for (const run of [cli(['-f', 'ndjson', join(dir, 'late.txt')]), cli(['-f', 'ndjson'], { input: lateNul })]) {
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/binary file \(NUL bytes\), skipped/);
    }
  });
  it('reads BOM-less UTF-16 of odd length as UTF-16, warning of the dangling byte', () => {
    const odd = Buffer.concat([utf16le('Harbour opens late\nOSLO, Jan 5 (Reuters) - The harbour opens late.\n'), Buffer.from([0x41])]);
    const dir = tempDir();
    writeTree(dir, { 'odd.txt': odd });
    for (const run of [cli(['-f', 'ndjson', join(dir, 'odd.txt')]), cli(['-f', 'ndjson'], { input: odd })]) {
      expect(run.status).toBe(0);
      const story = JSON.parse(run.stdout);
      expect(story).toMatchObject({ encoding: 'utf-16le', headline: 'Harbour opens late' });
      expect(story.warnings.map((w: { code: string }) => w.code)).toContain('undecodable-bytes');
    }
  });
});
