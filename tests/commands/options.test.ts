/** Every option validated in one place (src/commands/options.ts), run through the built CLI. */
import { describe, expect, it } from 'vitest';
import { cli, inventedStory, ndjson, tempDir, writeTree } from '../support/cli.js';
import { PROFILES } from '../../src/profiles/index.js';
import { DIALECTS } from '../../src/schema/dialects.js';
import { ENCODINGS } from '../../src/bytes/decode.js';
import { join } from 'node:path';

describe('option values', () => {
  const dir = tempDir();
  writeTree(dir, { 'x.txt': inventedStory(1) });
  const x = join(dir, 'x.txt');

  for (const command of [[], ['check']]) {
    const name = command.length === 0 ? 'convert' : 'check';
    it(`${name}: an unknown profile is a usage error (exit 2) naming every profile, nothing read`, () => {
      const r = cli([...command, '--profile', 'nosuch', x]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain("argument 'nosuch' is invalid");
      for (const p of PROFILES) expect(r.stderr).toContain(p.id);
    });

    it(`${name}: an unknown dialect or encoding is a usage error naming the values`, () => {
      const dialect = cli([...command, '--dialect', 'telex', x]);
      expect(dialect.status).toBe(2);
      expect(dialect.stderr).toContain(DIALECTS.join(', '));
      const encoding = cli([...command, '--encoding', 'ebcdic', x]);
      expect(encoding.status).toBe(2);
      expect(encoding.stderr).toContain(ENCODINGS.join(', '));
    });
  }

  it('profile ids, dialects, encodings and formats are taken in any case', () => {
    const upper = cli(['-f', 'NDJSON', '--profile', 'REUTERS', '--dialect', 'Plain', '--encoding', 'UTF-8', x]);
    expect(upper.stderr).toBe('');
    expect(upper.status).toBe(0);
    const lower = cli(['-f', 'ndjson', '--profile', 'reuters', '--dialect', 'plain', '--encoding', 'utf-8', x]);
    expect(ndjson(upper.stdout)).toEqual(ndjson(lower.stdout));
    expect(ndjson(lower.stdout)[0]!.agency).toBe('Reuters');
  });

  it('check: an unknown reporter is a usage error naming the reporters', () => {
    const r = cli(['check', '--reporter', 'tap', x]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('text, json, github, junit');
  });
});
