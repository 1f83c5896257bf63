import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/commands/progress.js';

/** A stream that keeps what is written to it. */
function sink() {
  const written: string[] = [];
  return { written, stream: { write: (s: string) => written.push(s) > 0 } as unknown as NodeJS.WritableStream };
}

describe('Progress', () => {
  it('draws nothing in the first second, then a line; the summary counts in words that agree', () => {
    const { written, stream } = sink();
    const p = new Progress(3, 0, stream);
    const start = Date.now();
    p.tally.files = 1;
    p.update(start + 10);
    expect(written).toEqual([]);
    p.tally.stories = 1;
    // A second, as ripgrep and cargo wait (README, Progress).
    p.update(start + 1000 + 10);
    expect(written.join('')).toMatch(/^\r\x1b\[Kwireparse: 1\/3 files, 1 story, \d+ files\/s, ETA /);
    p.tally.files = 3;
    p.tally.warnings = 1;
    p.finish(false, start + 2000);
    expect(written.at(-1)).toMatch(/^wireparse: 3 files, 1 story, 1 warning, 0 errors in 2\.\d s\n$/);
    expect(written.at(-2)).toBe('\r\x1b[K');
  });

  it('clear() writes only when a line is drawn', () => {
    const { written, stream } = sink();
    const p = new Progress(3, 0, stream);
    p.clear();
    expect(written).toEqual([]);
  });

});
