/**
 * Runs every example of docs/GRAMMAR.md and docs/grammar/*.md against the parser.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/pipeline/parse.js';
import { expectStories } from './support/expect-stories.js';
import { readExamples } from './support/examples.js';

const docs = new URL('../docs/', import.meta.url).pathname;
const files = ['GRAMMAR.md', ...readdirSync(`${docs}grammar`).filter((f) => f.endsWith('.md')).sort().map((f) => `grammar/${f}`)];

for (const file of files) {
  const examples = readExamples(`${docs}${file}`);
  describe(`docs/${file}`, () => {
    it('has examples', () => {
      expect(examples.length).toBeGreaterThan(0);
    });
    for (const ex of examples) {
      it(`example ${ex.number} (${ex.section}, line ${ex.line})`, () => {
        expectStories(parseText(ex.input, { source: 'example' }), ex.expected);
      });
    }
  });
}
