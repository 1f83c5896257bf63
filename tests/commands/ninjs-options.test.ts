/**
 * `-f ninjs` from the command line (src/commands/ninjs-options.ts): one object per story and
 * line over many stories, `--ninjs-version 2.1`, `--uri-template`, per-file output, and the
 * options refused without `-f ninjs` or with a template that cannot make URIs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, inventedFeed, ndjson, tempDir, writeTree } from '../support/cli.js';

describe('-f ninjs', () => {
  it('writes one object per story, each on its line, as NDJSON does', () => {
    const feed = inventedFeed(5);
    const stories = ndjson(cli(['-f', 'ndjson', '-'], { input: feed }).stdout);
    const objects = ndjson(cli(['-f', 'ninjs', '-'], { input: feed }).stdout);
    expect(objects).toHaveLength(stories.length);
    expect(objects.map((o) => o.uri)).toEqual(stories.map((s) => `urn:wireparse:-:${s.index}`));
    expect(objects.map((o) => (o.headlines as { value: string }[])[0]!.value)).toEqual(stories.map((s) => s.headline));
    expect(objects.every((o) => o.type === 'text' && (o.standard as { version: string }).version === '3.1')).toBe(true);
  });

  it('--ninjs-version 2.1 and --uri-template', () => {
    const [object] = ndjson(cli(['-f', 'ninjs', '--ninjs-version', '2.1', '--uri-template', 'https://news.example/{file}/{index}', 'fixtures/agencies/aap/canberra.txt']).stdout);
    expect(object!.uri).toBe('https://news.example/canberra/0');
    expect(object!.infosources).toBeDefined();
    expect(object!.infoSources).toBeUndefined();
  });

  it('writes .ninjs.ndjson files with --out-dir', () => {
    const dir = tempDir();
    writeTree(dir, { 'in/a.txt': inventedFeed(2) });
    expect(cli(['-f', 'ninjs', '-q', '-o', join(dir, 'out'), join(dir, 'in')]).status).toBe(0);
    const out = join(dir, 'out', 'a.ninjs.ndjson');
    expect(existsSync(out)).toBe(true);
    expect(ndjson(readFileSync(out, 'utf8'))).toHaveLength(2);
  });

  it('refuses its options with another format, and a template that makes no URI', () => {
    for (const args of [['--ninjs-version', '2.1'], ['--uri-template', 'https://a/{index}'], ['-f', 'ninjs', '--uri-template', 'no-scheme-{index}'], ['-f', 'ninjs', '--uri-template', 'https://a/{slug}'], ['-f', 'ninjs', '--ninjs-version', '1.0']]) {
      const r = cli([...args, '-'], { input: inventedFeed(1) });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  });
});
