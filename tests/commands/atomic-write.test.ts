/** Publishing a finished output: never onto an existing file unless asked to (atomic-write.ts). */
import { existsSync, lstatSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publish } from '../../src/commands/atomic-write.js';
import { tempDir } from '../support/cli.js';

/** A finished temporary file and the target it is published onto, in a fresh folder. */
function finished(text: string): { temporary: string; target: string } {
  const dir = tempDir();
  const temporary = join(dir, '.out.json.wireparse-1.tmp');
  writeFileSync(temporary, text);
  return { temporary, target: join(dir, 'out.json') };
}

describe('publish', () => {
  it('moves the temporary file onto a new target', () => {
    const { temporary, target } = finished('new\n');
    publish(temporary, target, false);
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(existsSync(temporary)).toBe(false);
  });

  it('refuses an existing target with EEXIST, leaving both files as they were', () => {
    const { temporary, target } = finished('new\n');
    writeFileSync(target, 'earlier\n');
    expect(() => publish(temporary, target, false)).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(readFileSync(target, 'utf8')).toBe('earlier\n');
    expect(readFileSync(temporary, 'utf8')).toBe('new\n');
  });

  it('refuses a symbolic link at the target even when it points nowhere (a look-up follows it and sees nothing)', () => {
    const { temporary, target } = finished('new\n');
    symlinkSync('missing.json', target);
    expect(() => publish(temporary, target, false)).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(lstatSync(target).isSymbolicLink()).toBe(true);
    expect(readlinkSync(target)).toBe('missing.json');
  });

  it('replaces an existing target when overwriting', () => {
    const { temporary, target } = finished('new\n');
    writeFileSync(target, 'earlier\n');
    publish(temporary, target, true);
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(existsSync(temporary)).toBe(false);
  });
});
