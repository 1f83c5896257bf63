import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fitColumns } from '../../src/render/columns.js';

describe('fitColumns', () => {
  it('counts a wide character as two columns and cuts on a character', () => {
    expect(fitColumns('abcdef', 6)).toBe('abcdef');
    expect(fitColumns('abcdefg', 6)).toBe('abcde…');
    expect(fitColumns('가나다라', 8)).toBe('가나다라');
    expect(fitColumns('가나다라', 7)).toBe('가나다…');
    expect(stringWidth(fitColumns('가나다라마', 6))).toBeLessThanOrEqual(6);
  });
});

it('never cuts inside a grapheme', () => {
  // e + combining acute, and a flag (two regional indicators): each is one unit.
  expect(fitColumns('caf\u0065\u0301 au lait', 5)).toBe('cafe\u0301…');
  expect(fitColumns('\u{1F1F3}\u{1F1F4} flag day', 3)).toBe('\u{1F1F3}\u{1F1F4}…');
});
