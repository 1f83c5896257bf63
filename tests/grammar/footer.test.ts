import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/pipeline/parse.js';

const first = (text: string) => parseText(text)[0]!;
const story = (...tail: string[]) => first(['Copper hits two-month high', 'LONDON, June 2 (Reuters) - Copper rose on Tuesday.', 'Traders expect more gains.', ...tail, ''].join('\n'));

describe('footer: wrapped parenthesised lines', () => {
  it('reads a credit wrapped over two or three lines as one footer line', () => {
    expect(story('(Reporting by Ann Berg; Editing by', 'Tom Hale)').footer.lines).toEqual(['(Reporting by Ann Berg; Editing by Tom Hale)']);
    expect(story('(Reporting by Ann Berg', 'in London; Editing', 'by Tom Hale)').footer.lines).toEqual(['(Reporting by Ann Berg in London; Editing by Tom Hale)']);
  });
  it('leaves a parenthesised sentence of the body in the body', () => {
    const s = story('(The exchange was closed', 'on Monday for a holiday.)');
    expect(s.footer.lines).toEqual([]);
    expect(s.body.join(' ')).toContain('for a holiday.)');
  });
});

describe('footer: under an underscore rule', () => {
  it('takes the short lines under the rule as footer', () => {
    const s = story('___', 'Online: https://example.com/copper', 'Ann Berg is at https://example.com/ann');
    expect(s.footer.lines).toEqual(['___', 'Online: https://example.com/copper', 'Ann Berg is at https://example.com/ann']);
    expect(s.body).toEqual(['Copper rose on Tuesday.', 'Traders expect more gains.']);
  });
  it('a section break of stars is not such a rule', () => {
    const s = story('* * *', 'Gold was flat.');
    expect(s.footer.lines).toEqual([]);
    expect(s.body.join(' ')).toContain('Gold was flat.');
  });
});
