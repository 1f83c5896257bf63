import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/pipeline/parse.js';

describe('blocks: a line holding several blocks', () => {
  const text = 'Lighthouse to reopen\n<p>OSLO, May 2 (Reuters) - The lighthouse will reopen.</p><h2>Repairs</h2><p>Repairs took a year.</p><p></p>\n';

  it('gives one paragraph per block, crossheads included, and no empty one', () => {
    expect(parseText(text)[0]!.body).toEqual(['The lighthouse will reopen.', 'Repairs', 'Repairs took a year.']);
  });

  it('keeps each source line once in the layout', () => {
    expect(parseText(text)[0]!.layout).toEqual([
      { part: 'headline', start: 1, end: 1 },
      { part: 'body', start: 2, end: 2, index: 0 },
    ]);
  });

  it('leaves a line of one block whole', () => {
    const story = parseText('Lighthouse to reopen\n<p>OSLO, May 2 (Reuters) - The lighthouse <b>will</b> reopen.</p>\n')[0]!;
    expect(story.body).toEqual(['The lighthouse will reopen.']);
  });
});
