/**
 * The parser options as every command takes them: a profile id in any letter case, an unknown one
 * refused before anything is read (exit 2, the valid ids listed).
 */
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const STORY = 'fixtures/seed-style/yonhap-web-captions.txt';

describe('--profile', () => {
  for (const command of [[], ['check'], ['explain']]) {
    it(`refuses an unknown id in ${command[0] ?? 'the default command'}, listing the ids`, () => {
      const r = cli([...command, '--profile', 'nosuch', STORY]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/'--profile <id>' argument 'nosuch' is invalid/);
      expect(r.stderr).toMatch(/yonhap, .*reuters/);
      expect(r.stdout).toBe('');
    });
  }

  it('takes an id in any letter case', () => {
    const r = cli(['-f', 'ndjson', '--profile', 'Xinhua', STORY]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).profile).toBe('xinhua');
  });
});
