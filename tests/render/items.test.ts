/** Stories rendered one at a time (by workers, or while streaming) join into the document of render(). */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/pipeline/parse.js';
import type { Story } from '../../src/schema/story.js';
import { documentFormat, FORMATS, render } from '../../src/render/index.js';
import { DocumentWriter, joinRun, MemorySpool } from '../../src/render/items.js';
import { inventedFeed } from '../support/cli.js';

describe('DocumentWriter', () => {
  for (const format of FORMATS) {
    for (const color of [false, true]) {
      it(`${format}${color ? ' (colour)' : ''}: stories added one by one and in runs give the document of all of them`, () => {
        const document = documentFormat(format, { color });
        for (const count of [0, 1, 5]) {
          const stories = parseText(inventedFeed(count));
          const pieces = stories.map(document.pieces);
          let out = '';
          // Runs of uneven length, as from workers given different numbers of files, then one by one.
          const writer = new DocumentWriter(document, (text) => (out += text), () => new MemorySpool());
          if (pieces.length > 0) writer.add(joinRun(document, pieces.slice(0, 2)));
          for (const one of pieces.slice(2)) writer.add(one);
          for (const text of writer.end()) out += text;
          expect(out, `${count} stories`).toBe(render(format, stories, { color }));
        }
      });
    }
  }

  it("render() gives each format's whole document", async () => {
    const { frontMatterEntry, renderStory } = await import('../../src/render/markdown.js');
    // The Markdown document as a whole: the front matter lists every story, then their blocks.
    const markdown = (stories: Story[]) =>
      stories.length === 0 ? '---\nstories: []\n---\n' : `---\nstories:${stories.map(frontMatterEntry).join('')}\n---\n\n${stories.map(renderStory).join('\n\n')}\n`;
    const { renderSummary } = await import('../../src/render/summary.js');
    for (const count of [0, 1, 3]) {
      const stories = parseText(inventedFeed(count));
      expect(render('json', stories, { color: false })).toBe(`${JSON.stringify(stories, null, 2)}\n`);
      expect(render('ndjson', stories, { color: false })).toBe(stories.map((s) => `${JSON.stringify(s)}\n`).join(''));
      expect(render('markdown', stories, { color: false })).toBe(markdown(stories));
      for (const color of [false, true]) expect(render("summary", stories, { color })).toBe(renderSummary(stories, { color }));
    }
  });
});
