/**
 * The command line as a user meets it: the BUILT bin (`npm test` builds first) run as a child
 * process, on invented input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, hasScript, inventedFeed, inventedStory, ndjson, onTerminal, ROOT, tempDir, writeTree } from './support/cli.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const ANSI = /\x1b\[/;

describe('inputs', () => {
  it('reads stdin given as "-" and piped with no argument, alike', () => {
    const input = inventedFeed(3);
    const dash = cli(['-f', 'ndjson', '-'], { input });
    const piped = cli(['-f', 'ndjson'], { input });
    expect(dash.status).toBe(0);
    expect(piped.stdout).toBe(dash.stdout);
    const stories = ndjson(dash.stdout);
    expect(stories.map((s) => [s.source, s.index])).toEqual([['-', 0], ['-', 1], ['-', 2]]);
  });

  it('reads files in the order given', () => {
    const dir = tempDir();
    writeTree(dir, { 'b.txt': inventedStory(1), 'a.txt': inventedFeed(2, 5) });
    const r = cli(['-f', 'ndjson', join(dir, 'b.txt'), join(dir, 'a.txt')]);
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout).map((s) => [s.source, s.index])).toEqual([
      [join(dir, 'b.txt'), 0],
      [join(dir, 'a.txt'), 0],
      [join(dir, 'a.txt'), 1],
    ]);
  });

  it('walks folders recursively, in sorted order', () => {
    const dir = tempDir();
    writeTree(dir, { 'z.txt': inventedStory(1), 'b/2.txt': inventedStory(2), 'b/a/1.txt': inventedStory(3), 'a.txt': inventedStory(4) });
    const r = cli(['-f', 'ndjson', dir]);
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout).map((s) => s.source)).toEqual(['a.txt', 'b/2.txt', 'b/a/1.txt', 'z.txt'].map((f) => join(dir, f)));
  });
});

describe('formats', () => {
  it('json is always an array, whatever the number of stories', () => {
    for (const count of [1, 3]) {
      const r = cli(['-f', 'json'], { input: inventedFeed(count) });
      const doc = JSON.parse(r.stdout) as unknown;
      expect(Array.isArray(doc)).toBe(true);
      expect((doc as unknown[]).length).toBe(count);
    }
    // json is the default format.
    expect(JSON.parse(cli([], { input: inventedStory(1) }).stdout)).toHaveLength(1);
  });

  it('json over several files is one array with every story, in order', () => {
    const dir = tempDir();
    writeTree(dir, { '1.txt': inventedFeed(2), '2.txt': inventedFeed(3, 2) });
    const doc = JSON.parse(cli(['-f', 'json', dir]).stdout) as { source: string; index: number }[];
    expect(doc.map((s) => `${s.source.slice(-5)}#${s.index}`)).toEqual(['1.txt#0', '1.txt#1', '2.txt#0', '2.txt#1', '2.txt#2']);
  });

  it('ndjson is one complete story per line', () => {
    const r = cli(['-f', 'ndjson'], { input: inventedFeed(4) });
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect((JSON.parse(line) as { headline: string }).headline).toMatch(/MEET FOR TALKS/);
  });

  it('markdown has front matter listing the stories, then a # headline per story', () => {
    const r = cli(['-f', 'markdown'], { input: inventedFeed(2) });
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('---\nstories:\n  - source: "-"\n')).toBe(true);
    const frontMatterEnd = r.stdout.indexOf('\n---\n', 4);
    expect(frontMatterEnd).toBeGreaterThan(0);
    const headlines = r.stdout.slice(frontMatterEnd).split('\n').filter((l) => l.startsWith('# '));
    expect(headlines).toEqual(['# LIGHTHOUSE KEEPERS MEET FOR TALKS NUMBER 0', '# BELL RINGERS MEET FOR TALKS NUMBER 1']);
  });

  it('summary is coloured only when asked for, and never with --no-color or NO_COLOR', () => {
    const input = inventedStory(1);
    const forced = cli(['-f', 'summary'], { input, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(ANSI);
    expect(forced.stdout).toContain('headline');
    // Not a terminal and nothing forced: plain text.
    expect(cli(['-f', 'summary'], { input }).stdout).not.toMatch(ANSI);
    const noColor = cli(['-f', 'summary', '--no-color'], { input, env: { FORCE_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(ANSI);
    expect(noColor.stdout).toContain('headline  BELL RINGERS MEET FOR TALKS NUMBER 1');
    const env = cli(['-f', 'summary'], { input, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(env.stdout).not.toMatch(ANSI);
    expect(env.stdout).toBe(noColor.stdout);
  });
});

describe('wireparse schema', () => {
  it('prints a JSON Schema of a story', () => {
    const r = cli(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout) as {
      $schema: string;
      type: string;
      properties: Record<string, { type?: unknown; anyOf?: unknown }>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.$schema).toMatch(/^https:\/\/json-schema\.org\//);
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    for (const key of ['source', 'index', 'headline', 'dateline', 'body', 'footer', 'layout', 'warnings']) {
      expect(schema.properties).toHaveProperty(key);
      expect(schema.required).toContain(key);
    }
    expect(schema.properties.body!.type).toBe('array');
    // Every story the CLI prints has exactly the schema's top-level keys.
    const story = JSON.parse(cli(['-f', 'json'], { input: inventedStory(2) }).stdout)[0] as Record<string, unknown>;
    expect(Object.keys(story).sort()).toEqual(Object.keys(schema.properties).sort());
  });
});

describe('exit codes', () => {
  it('0 when every input is read', () => {
    const r = cli(['-f', 'ndjson'], { input: inventedStory(1) });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('1 when an input is missing, with the other inputs still processed and the file named on stderr', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': inventedStory(1), 'c.txt': inventedStory(3) });
    const missing = join(dir, 'b.txt');
    const r = cli(['-f', 'ndjson', join(dir, 'a.txt'), missing, join(dir, 'c.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${missing}: no such file or folder`);
    expect(ndjson(r.stdout).map((s) => s.source)).toEqual([join(dir, 'a.txt'), join(dir, 'c.txt')]);
  });

  it('1 for a binary file, named on stderr', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.bin': Buffer.from([0x47, 0x00, 0x01, 0x02]), 'b.txt': inventedStory(1) });
    const r = cli(['-f', 'ndjson', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'a.bin')}: binary file`);
    expect(ndjson(r.stdout)).toHaveLength(1);
  });

  it('2 for an unknown option, a bad --format and a bad --jobs, with the problem on stderr', () => {
    const unknown = cli(['--frobnicate', '-']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--frobnicate'");
    const format = cli(['-f', 'yaml', '-']);
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(/argument 'yaml' is invalid.*json, ndjson, markdown, summary/);
    const jobs = cli(['-j', '0', '-']);
    expect(jobs.status).toBe(2);
    expect(jobs.stderr).toContain("'0' is invalid");
    for (const r of [unknown, format, jobs]) expect(r.stdout).toBe('');
  });

  it('2 for --force or --skip-existing without --out-dir, and nothing read or written', () => {
    for (const flag of ['--force', '--skip-existing']) {
      const r = cli([flag, '-'], { input: inventedStory(1) });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`'${flag}' needs --out-dir`);
      expect(r.stdout).toBe('');
    }
  });

  it('2 for --force with --skip-existing', () => {
    const r = cli(['--force', '--skip-existing', '-o', tempDir(), '-']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot be used with');
  });
});

describe('help and version', () => {
  it('--version prints the package version', () => {
    for (const flag of ['--version', '-V']) {
      const r = cli([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`${VERSION}\n`);
    }
  });

  it.runIf(hasScript())('no argument on a terminal prints the help instead of waiting for input', () => {
    const r = onTerminal('');
    expect(r.output).toContain('Usage: wireparse');
    expect(r.output).toContain('--out-dir');
    expect(r.status).toBe(2);
  });

  it('--help prints the help and exits 0', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: wireparse');
  });
});
