/**
 * checkJob fed as it reads (the CLI's own inputs) and whole (workers, the library): the same
 * report either way, and a worker's report that would grow too large handed back unmade.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkJob, type CheckOptions, type Diagnostic, type FileReport, type StoryReport } from '../../../src/commands/check/check.js';

let dir: string;
const STORY = 'Short item\nno dateline here.\n(END)\n';
const options: CheckOptions = { require: ['dateline'], parse: {}, listStories: true };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wireparse-checkjob-'));
  writeFileSync(join(dir, 'ten.txt'), STORY.repeat(10));
  writeFileSync(join(dir, 'half.txt'), STORY.repeat(10) + 'x\n'.repeat(100_001));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function job(name: string) {
  const path = join(dir, name);
  return { path, size: statSync(path).size };
}

/** A feed that records what it is handed, in order. */
function recorder() {
  const seen: (StoryReport | Diagnostic)[] = [];
  return { seen, feed: { story: (s: StoryReport) => seen.push(s), diagnostic: (d: Diagnostic) => seen.push(d) } };
}

describe('checkJob', () => {
  it('fed: each story, then its diagnostics, as the whole report holds them; the result holds none', async () => {
    const whole = await checkJob(job('ten.txt'), options);
    expect(whole.streamed).toBeUndefined();
    expect(whole.stories).toBe(10);
    expect(whole.report.stories).toHaveLength(10);
    const { seen, feed } = recorder();
    const fed = await checkJob(job('ten.txt'), options, feed);
    expect(fed).toEqual({ report: { file: job('ten.txt').path, stories: [], diagnostics: [] }, stories: 10, streamed: true });
    const expected = whole.report.stories.flatMap((s) => [s, ...whole.report.diagnostics.filter((d) => d.story === s.index)]);
    expect(expected).toHaveLength(20);
    expect(seen).toEqual(expected);
  });

  it('an input that fails after stories were fed: the result is whole, the problem alone', async () => {
    const { seen, feed } = recorder();
    const r = await checkJob(job('half.txt'), options, feed);
    expect(seen.length).toBeGreaterThan(0);
    expect(r.streamed).toBeUndefined();
    expect(r.stories).toBe(0);
    expect(r.report.stories).toEqual([]);
    expect(r.report.diagnostics.map((d) => d.code)).toEqual(['unreadable-input']);
  });

  it('handBackAbove: a report past it is handed back unmade; one within it, or one fed, is whole', async () => {
    const handed = await checkJob(job('ten.txt'), { ...options, handBackAbove: 19 });
    expect(handed).toEqual<{ report: FileReport; stories: number; handedBack: boolean }>({ report: { file: job('ten.txt').path, stories: [], diagnostics: [] }, stories: 0, handedBack: true });
    const within = await checkJob(job('ten.txt'), { ...options, handBackAbove: 20 });
    expect(within.handedBack).toBeUndefined();
    expect(within.report.diagnostics).toHaveLength(10);
    const fed = await checkJob(job('ten.txt'), { ...options, handBackAbove: 1 }, recorder().feed);
    expect(fed.streamed).toBe(true);
  });
});
