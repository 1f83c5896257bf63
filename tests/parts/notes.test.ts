import { describe, expect, it } from 'vitest';
import { isNoteLine } from '../../src/parts/notes.js';

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
