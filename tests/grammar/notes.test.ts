import { describe, expect, it } from 'vitest';
import { isNoteLine, NOTE } from '../../src/grammar/notes.js';

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

describe("editor's notes: the gate is the pattern's first condition", () => {
  it('a text turned away by the gate is one the pattern alone, without the gate, does not match', () => {
    // The pattern as it would be without its gate: the look-ahead dropped.
    const ungated = new RegExp(NOTE.pattern.source.replace(/^\^\(\?=\[ \\t\]\*\(\?:\[[^\]]*\]\|\[\^!-~\]\|\$\)\)/, '^'), NOTE.pattern.flags);
    expect(ungated.source).not.toBe(NOTE.pattern.source);
    const words = ['Eds', 'ed', 'EDITORS', "editor's note", 'attn', 'Attention editors', 'note to editors', 'ADVISORY', 'Edward', 'x', '2'];
    const openers = ['', ' ', '\t', '  (', '(', '( ', '\u00a0', '\v', '*', '-'];
    const ends = [':', ' _', ' -', '_', '—', ' said', ''];
    let notes = 0;
    for (const opener of openers) {
      for (const word of words) {
        for (const end of ends) {
          const text = opener + word + end;
          expect(isNoteLine(text), JSON.stringify(text)).toBe(ungated.test(text));
          if (ungated.test(text)) notes++;
        }
      }
    }
    expect(notes).toBeGreaterThan(50);
  });
});
