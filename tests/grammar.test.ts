/**
 * Runs every example of docs/GRAMMAR.md against the parser.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/parse.js';
import { readExamples } from './support/examples.js';

const examples = readExamples(new URL('../docs/GRAMMAR.md', import.meta.url).pathname);

describe('docs/GRAMMAR.md', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThan(10);
  });
  for (const ex of examples) {
    it(`example ${ex.number} (${ex.section}, line ${ex.line})`, () => {
      const stories = parseText(ex.input, { source: 'example', referenceDate: undefined });
      if (Array.isArray(ex.expected)) {
        expect(stories).toHaveLength(ex.expected.length);
        expect(stories).toMatchObject(ex.expected);
      } else {
        expect(stories).toHaveLength(1);
        expect(stories[0]).toMatchObject(ex.expected as object);
      }
    });
  }
});
