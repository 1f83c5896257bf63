/**
 * The shared scorer against the real corpora, when they are there (they live outside the
 * project: a fresh clone without them skips this file). Thresholds are the issues' acceptance
 * bars, so a regression on real copy fails the suite.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const scorer = `${shared}eval/score.mjs`;
const reuters = `${shared}corpora/reuters21578`;

function score(...args: string[]): { score: number; output: string } {
  const r = spawnSync(process.execPath, [scorer, ...args, '--show', '0'], { cwd: root, encoding: 'utf8' });
  const m = /^score: ([\d.]+)%$/m.exec(r.stdout);
  if (!m) throw new Error(`scorer printed no score:\n${r.stdout}\n${r.stderr}`);
  return { score: Number(m[1]), output: r.stdout };
}

describe.skipIf(!existsSync(scorer))('shared scorer', () => {
  it('reads the seed story perfectly', () => {
    expect(score(`${shared}seeds`).score).toBe(100);
  });

  it.skipIf(!existsSync(reuters))('reads the first 2,000 Reuters stories at 98% or better', () => {
    expect(score(reuters, '--limit', '2000').score).toBeGreaterThanOrEqual(98);
  });

  it.skipIf(!existsSync(reuters))('splits the Reuters feed files and reads them at 98% or better', () => {
    const { score: s, output } = score(reuters, '--feed', '--limit', '2000');
    expect(output).toMatch(/^segmentation: (\d+)\/\1 /m);
    expect(s).toBeGreaterThanOrEqual(98);
  });
});
