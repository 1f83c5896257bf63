import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findConfig, readConfig } from '../../src/commands/config.js';
import { tempDir, writeTree } from '../support/cli.js';

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
