/**
 * The CLI's agency profiles (src/commands/profiles.ts): `--profiles FILE` with the default
 * command (in this thread and in worker threads) and with `check`, `wireparse profiles --json`
 * round-tripping the built-in profiles, and a broken file refused with exit 2 naming the file,
 * the line and the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES } from '../../src/profiles/index.js';
import { readProfileText } from '../../src/profiles/user-file.js';
import { cli, ndjson, ROOT, tempDir, writeTree } from '../support/cli.js';

const KESTREL = 'fixtures/profiles/kestrel.yaml';
const STORY = 'fixtures/profiles/kestrel-ferry.txt';

describe('wireparse profiles --json', () => {
  it('prints the built-in profiles in the file form, and loading the print gives them back', () => {
    const printed = cli(['profiles', '--json']);
    expect(printed.status).toBe(0);
    expect(readProfileText(printed.stdout, 'printed.json')).toEqual(BUILT_IN_PROFILES);
    // The print loaded back as a user file replaces each built-in profile by an equal one.
    const dir = tempDir();
    writeTree(dir, { 'all.json': printed.stdout });
    expect(cli(['--profiles', join(dir, 'all.json'), 'profiles', '--json']).stdout).toBe(printed.stdout);
  });

  it('lists a loaded profile after the built-in ones', () => {
    const listed = cli(['--profiles', KESTREL, 'profiles']).stdout.trim().split('\n');
    expect(listed).toHaveLength(BUILT_IN_PROFILES.length + 1);
    expect(listed.at(-1)).toMatch(/^kestrel\s+Kestrel\s+Kestrel, KNS, Kestrel News Service$/);
  });
});

describe('--profiles FILE', () => {
  it('makes the invented agency parse, and without it the story does not', () => {
    const without = ndjson(cli(['-f', 'ndjson', STORY]).stdout)[0]!;
    const withIt = ndjson(cli(['-f', 'ndjson', '--profiles', KESTREL, STORY]).stdout)[0]!;
    expect([without.agency, without.dateline, (without.footer as { endMarker: unknown }).endMarker]).toEqual([null, null, null]);
    expect(withIt.agency).toBe('Kestrel');
    expect((withIt.dateline as { location: string }).location).toBe('PORT ELLIS');
    expect((withIt.footer as { endMarker: string }).endMarker).toBe('ENDS KNS');
  });

  it('reaches the worker threads', () => {
    const dir = tempDir();
    const story = readFileSync(join(ROOT, STORY), 'utf8');
    // Enough bytes for the batch to start workers (batch.ts: 64 KiB per worker).
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`in/s${i}.txt`] = story;
    writeTree(dir, files);
    const records = ndjson(cli(['-f', 'ndjson', '-j', '2', '--profiles', KESTREL, join(dir, 'in')]).stdout);
    expect(records).toHaveLength(300);
    expect(records.filter((r) => r.profile === 'kestrel')).toHaveLength(300);
  });

  it('works with check too', () => {
    const without = cli(['check', '--reporter', 'json', STORY]).stdout;
    const withIt = cli(['check', '--reporter', 'json', '--profiles', KESTREL, STORY]).stdout;
    expect(without).toContain('no-dateline');
    expect(withIt).not.toContain('no-dateline');
  });

  it('refuses a broken file with exit 2, naming file, line and field', () => {
    const dir = tempDir();
    const broken = join(dir, 'broken.yaml');
    writeTree(dir, { 'broken.yaml': "profiles:\n  - id: acme\n    name: Acme\n    aliases: []\n    display: headline-deck\n    datelineForms: [place-agency]\n    separators: ['-']\n    footer:\n      - kind: end\n        line: '/^(END$/'\n" });
    for (const args of [['-f', 'ndjson', '--profiles', broken, STORY], ['check', '--profiles', broken, STORY], ['--profiles', broken, 'profiles']]) {
      const r = cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`wireparse: ${broken}:10: profiles[0].footer[0].line: Invalid regular expression`);
    }
    const missing = cli(['--profiles', join(dir, 'none.yaml'), STORY]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`${join(dir, 'none.yaml')}: cannot read the profile file`);
  });
});
