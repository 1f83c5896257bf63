import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/pipeline/parse.js';

const bare = (...lines: string[]) => parseText(['eca00101 3 i 100    dpa 0101', '', '/politics/Austria/', ...lines, '', '120900 GMT Okt 26', ''].join('\n'))[0]!;

describe('IPTC-7901 text', () => {
  it('reads take and version lines above the headline as flags, only there', () => {
    const story = bare('2ND LEAD', '3RD NET', 'Vienna votes =', '', 'Vienna (dpa) - Vienna voted.', '', 'EXTRA', '', 'dpa ab');
    expect(story.flags).toEqual(['2ND LEAD', '3RD NET']);
    expect(story.headline).toBe('Vienna votes');
    expect(story.body).toEqual(['Vienna voted.', 'EXTRA']);
  });

  it('gives the keyword line\'s slug even when the profile puts a slug above the headline', () => {
    expect(bare('Vienna votes', 'A second line', '', 'Vienna (dpa) - Vienna voted.', '', 'dpa ab').slug).toBe('politics/Austria');
  });

  it('reads the notebook under any of its markers, and the agency\'s sign-off', () => {
    const story = bare('Vienna votes =', '', 'Vienna (dpa) - Vienna voted.', '', '* * * *', 'The following information is not intended for publication', '- Call the desk', '', 'dpa ab cd');
    expect(story.notes.map((n) => n.text)).toEqual(['* * * *', 'The following information is not intended for publication', '- Call the desk']);
    expect(story.footer).toMatchObject({ lines: ['dpa ab cd'], signOff: 'dpa ab cd' });
    expect(story.transmission).toMatchObject({ service: 'eca', trailer: '120900 GMT Okt 26', issued: '2026-10-12T09:00Z' });
  });

  it('does not take a first line that only resembles a header for one', () => {
    const story = parseText('abc123 4 pl 20 dpa\nNo keyword line follows.\n')[0]!;
    expect(story.transmission).toBeNull();
  });
});
