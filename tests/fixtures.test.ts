/**
 * Golden fixtures: every `fixtures/**\/NAME.txt` (or any other input extension) with a sibling
 * `NAME.expected.json` is parsed from its bytes and compared with the expectation (a partial
 * story, or an array of partial stories; see tests/support/expect-stories.ts). The fixtures are
 * written for this project in each agency's style, with invented facts.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline/parse.js';
import { expectStories } from './support/expect-stories.js';
import { filesBelow } from './support/walk.js';

const root = new URL('../fixtures/', import.meta.url).pathname;

const all = filesBelow(root);
const pairs = all
  .filter((f) => f.endsWith('.expected.json'))
  .map((expected) => {
    const stem = expected.slice(0, -'.expected.json'.length);
    const input = all.find((f) => f !== expected && f.startsWith(`${stem}.`) && !f.endsWith('.json'));
    return { expected, input };
  });

describe('fixtures', () => {
  it('every expectation has its input', () => {
    expect(pairs.filter((p) => p.input === undefined).map((p) => p.expected)).toEqual([]);
  });
  for (const { expected, input } of pairs) {
    if (!input) continue;
    it(relative(root, input), () => {
      const stories = parseBytes(readFileSync(input), { source: relative(root, input) });
      expectStories(stories, JSON.parse(readFileSync(expected, 'utf8')));
    });
  }
});
