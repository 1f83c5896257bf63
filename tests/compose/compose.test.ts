/**
 * compose: the story tree to the output Story — layout runs, the agency, the slug from a
 * transmission keyword, and the story-level warnings in their order.
 */
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/compose.js';
import { story } from '../../src/grammar/story.js';
import type { StoryContext } from '../../src/grammar/tree.js';
import { toLine } from '../../src/lines/line.js';
import { Story } from '../../src/schema/story.js';
import { splitLines } from '../support/lines.js';

const ctx: StoryContext = { source: 'in.txt', index: 3, encoding: 'utf-8', referenceDate: new Date('2026-06-01') };
const parse = (text: string, c: StoryContext = ctx) => {
  const lines = splitLines(text).map((l) => toLine(l.no, l.raw));
  return compose(story(lines, c), c);
};

describe('compose', () => {
  it('writes claims as runs of consecutive lines, and the output reads back through the schema', () => {
    const out = parse('Harbour tolls to rise\nOSLO, Jan 5 (Reuters) - Tolls will rise.\n\nThe port said so.\nThe port said more.\n');
    expect(out.layout).toEqual([
      { part: 'headline', start: 1, end: 1 },
      { part: 'body', start: 2, end: 2, index: 0 },
      { part: 'ignored', start: 3, end: 3, reason: 'blank' },
      { part: 'body', start: 4, end: 4, index: 1 },
      { part: 'body', start: 5, end: 5, index: 2 },
    ]);
    expect(Story.parse(JSON.parse(JSON.stringify(out)))).toEqual(out);
    expect([out.source, out.index, out.agency, out.profile]).toEqual(['in.txt', 3, 'Reuters', 'reuters']);
    expect(out.dateline?.iso).toBe('2026-01-05');
  });

  it('names an agency without a profile from the dateline, and warns of it', () => {
    const out = parse('Headline\nRIGA, May 2 (Zorbex) - The text.\n');
    expect(out.agency).toBe('Zorbex');
    expect(out.profile).toBeNull();
    expect(out.warnings.map((w) => w.code)).toEqual(['unknown-agency']);
  });

  it('adds the story warnings in order: dateline, headline, body', () => {
    expect(parse('A headline\nA paragraph with no dateline.').warnings.map((w) => w.code)).toEqual(['no-dateline']);
    expect(parse('Only a headline').warnings.map((w) => w.code)).toEqual(['no-body']);
    expect(parse('').warnings.map((w) => w.code)).toEqual(['no-headline']);
    const noYear = parse('Headline\nOSLO, Jan 5 (Reuters) - The text.\n', { source: 'x', index: 0, encoding: 'utf-8' });
    expect(noYear.warnings.map((w) => w.code)).toEqual(['date-without-year']);
  });
});
