import { describe, expect, it } from 'vitest';
import { isNoteLine } from '../../src/grammar/notes.js';

describe("editor's notes", () => {
  it.each([
    'Eds: Updates with quotes',
    '(Eds: Recasts first paragraph)',
    "EDITOR'S NOTE _ This story contains strong language",
    'Editors Note: embargoed until 0600 GMT',
    'ATTN: sports desks',
    'Attention editors: picture available',
    'Note to editors: corrects spelling',
    'ADVISORY - schedule change',
    'Ed _ fixes typo',
  ])('%j is a note', (text) => {
    expect(isNoteLine(text)).toBe(true);
  });
  it.each(['Editors gathered in Seoul on Monday.', 'Edward Lee said', 'Attention turned to the vote', 'Advisory board members'])('%j is not', (text) => {
    expect(isNoteLine(text)).toBe(false);
  });
});

describe("editor's notes: the gate of their opening characters", () => {
  it('reads a note after any white space, and turns away one opening with a character no note opens with', () => {
    const notes = ['Eds: Updates with quotes', '(Eds: Recasts first paragraph)', 'ATTN: sports desks', 'Note to editors: corrects spelling', 'ADVISORY - schedule change', '(Adds comment from the minister)'];
    let read = 0;
    for (const indent of ['', '  ', '\t', '\u00a0', '\v']) {
      for (const note of notes) {
        expect(isNoteLine(indent + note), JSON.stringify(indent + note)).toBe(true);
        read++;
        for (let c = 33; c < 127; c++) {
          const first = String.fromCharCode(c);
          // A note opens with `(` or the first letter of its word; anything else before it makes a sentence.
          if (first === '(' || first === ' ') continue;
          expect(isNoteLine(indent + first + note), JSON.stringify(indent + first + note)).toBe(false);
        }
      }
    }
    expect(read).toBe(30);
  });
});
