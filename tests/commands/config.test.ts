import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findConfig, readConfig } from '../../src/commands/config.js';
import { cli, ndjson, ROOT, tempDir, writeTree } from '../support/cli.js';

describe('findConfig', async () => {
  it('finds wireparse.config.json in the folder or a folder above it', async () => {
    const dir = tempDir();
    writeTree(dir, { 'wireparse.config.json': JSON.stringify({ ignoreWarnings: ['date-without-year'], maxWarnings: 3 }), 'wire/deep/x.txt': '' });
    const found = await findConfig(join(dir, 'wire/deep'));
    expect(found?.file).toBe(join(dir, 'wireparse.config.json'));
    expect(found?.config).toEqual({ ignoreWarnings: ['date-without-year'], maxWarnings: 3 });
  });

  it('takes the wireparse key of a package.json, and the nearest folder wins', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'wireparse.config.json': JSON.stringify({ profile: 'ap' }),
      'app/package.json': JSON.stringify({ name: 'app', wireparse: { referenceDate: '1987-03-01', require: ['headline'] } }),
      'app/src/.keep': '',
    });
    const found = await findConfig(join(dir, 'app/src'));
    expect(found?.file).toBe(join(dir, 'app/package.json'));
    expect(found?.config).toEqual({ referenceDate: '1987-03-01', require: ['headline'] });
  });

  it('passes over a package.json without the key', async () => {
    const dir = tempDir();
    writeTree(dir, { 'wireparse.config.json': '{"dialect": "plain"}', 'app/package.json': '{"name": "app"}' });
    expect((await findConfig(join(dir, 'app')))?.config).toEqual({ dialect: 'plain' });
  });

  it('refuses unknown keys, unknown codes and parts, bad dates and bad JSON, naming the file and the key', async () => {
    const dir = tempDir();
    const cases: [string, RegExp][] = [
      ['{"ignoreWarning": []}', /ignoreWarning/],
      ['{"ignoreWarnings": ["no-such-code"]}', /ignoreWarnings\.0/],
      ['{"require": ["tail"]}', /require\.0/],
      ['{"referenceDate": "1987-13-45"}', /referenceDate/],
      ['{"maxWarnings": -1}', /maxWarnings/],
      ['{"maxWarnings": ', /not JSON/],
    ];
    for (const [text, message] of cases) {
      writeTree(dir, { 'wireparse.config.json': text });
      await expect(findConfig(dir), text).rejects.toThrow(ConfigError);
      await expect(findConfig(dir), text).rejects.toThrow(message);
      await expect(findConfig(dir), text).rejects.toThrow(join(dir, 'wireparse.config.json'));
    }
  });
});

describe('readConfig', async () => {
  it('reads a named file and says when it is missing', async () => {
    const dir = tempDir();
    writeTree(dir, { 'ci.json': '{"maxWarnings": 0}' });
    expect((await readConfig(join(dir, 'ci.json'))).config).toEqual({ maxWarnings: 0 });
    await expect(readConfig(join(dir, 'none.json'))).rejects.toThrow(/none\.json: cannot read the configuration: no such file/);
  });
});

describe('the configuration on the command line (built CLI)', () => {
  const profiles = join(ROOT, 'fixtures/profiles');
  const story = readFileSync(join(profiles, 'kestrel-ferry.txt'), 'utf8');

  it("`profiles` names a file of the project's agency profiles, from the configuration file's folder", () => {
    const dir = tempDir();
    writeTree(dir, { 'desk/agencies.yaml': readFileSync(join(profiles, 'kestrel.yaml'), 'utf8'), 'desk/wireparse.config.json': '{"profiles": "agencies.yaml"}', 'desk/in/ferry.txt': story });
    const [withConfig] = ndjson(cli(['-f', 'ndjson', 'in/ferry.txt'], { cwd: join(dir, 'desk') }).stdout);
    expect(withConfig).toMatchObject({ profile: 'kestrel', agency: 'Kestrel' });
    const [without] = ndjson(cli(['-f', 'ndjson', '--no-config', 'in/ferry.txt'], { cwd: join(dir, 'desk') }).stdout);
    expect(without!.profile).not.toBe('kestrel');
    // The same from a folder below, with -j 2: the workers get the profiles too.
    writeTree(dir, { 'desk/in/ferry2.txt': story });
    const both = ndjson(cli(['-f', 'ndjson', '-j', '2', '.'], { cwd: join(dir, 'desk/in') }).stdout);
    expect(both.map((s) => s.profile)).toEqual(['kestrel', 'kestrel']);
    // check reads the dateline only Kestrel's profile knows: no `no-dateline` with the configuration.
    const codes = (args: string[]) => (JSON.parse(cli(['check', '--reporter', 'json', ...args, 'ferry.txt'], { cwd: join(dir, 'desk/in') }).stdout) as { files: { diagnostics: { code: string }[] }[] }).files[0]!.diagnostics.map((d) => d.code);
    expect(codes([])).toEqual(['date-without-year']);
    expect(codes(['--no-config'])).toContain('no-dateline');
  });

  it('a profile the configuration forces is checked as --profile is: an unknown id is a usage error listing the ids', () => {
    const dir = tempDir();
    writeTree(dir, { 'wireparse.config.json': '{"profile": "nosuch"}', 'a.txt': story });
    const r = cli(['-f', 'ndjson', 'a.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/'nosuch' is invalid\. the values are .*reuters/);
    writeTree(dir, { 'wireparse.config.json': '{"profile": "Reuters"}' });
    expect(ndjson(cli(['-f', 'ndjson', 'a.txt'], { cwd: dir }).stdout)[0]!.profile).toBe('reuters');
  });
});
