import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/pipeline/parse.js';

const item = (...lines: string[]) => parseText(['ZCZC AAP', ...lines, 'NNNN', ''].join('\n'))[0]!;

describe('AAP items', () => {
  it('read the sigil lines into slug, headline and transmission, none into the body', () => {
    const story = item('%S', '#Cricket_BC3', '$Hobart side names captain', ':(HOBART)', '&AAPIS\\Desk', '*15000000', '@TAS',
      'The Hobart side has named a new captain.', '', '   He is 24.', '', 'AAP RTV');
    expect(story).toMatchObject({
      dialect: 'aap', agency: 'AAP', slug: 'Cricket_BC3', headline: 'Hobart side names captain',
      body: ['The Hobart side has named a new captain.', 'He is 24.'], footer: { lines: ['AAP RTV'], signOff: 'AAP RTV' },
      transmission: { format: 'aap', service: 'AAP', category: 'S', keyword: 'Cricket_BC3', takeKey: '(HOBART)', desk: 'AAPIS\\Desk' },
    });
    expect(story.layout.slice(0, 3).map((r) => r.part)).toEqual(['header', 'slug', 'headline']);
  });

  it('read sigil lines only at the top: a body line opening with $ stays body', () => {
    const story = item('$Fares frozen', 'Fares will not rise.', '$2 million was set aside.');
    expect(story.body).toEqual(['Fares will not rise.', '$2 million was set aside.']);
  });

  it('take an operator\'s initials as the sign-off, but not a word', () => {
    expect(item('$Fares frozen', 'Fares will not rise.', '', 'kje').footer.signOff).toBe('kje');
    expect(item('$Fares frozen', 'Fares will not rise.', 'Not now').footer.lines).toEqual([]);
  });

  it('warn when NNNN is missing', () => {
    const story = parseText('ZCZC AAP\n$Fares frozen\nFares will not rise.\n')[0]!;
    expect(story.warnings.map((w) => w.code)).toContain('unclosed-transmission');
    expect(story.body).toEqual(['Fares will not rise.']);
  });
});
