/** Stories rendered one at a time (by workers, or while streaming) join into the document of render(). */
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/pipeline/parse.js';
import { FORMATS, render } from '../src/render/index.js';
import { ItemJoiner, itemFormat } from '../src/render/items.js';
import { inventedFeed } from './support/cli.js';

describe('itemFormat', () => {
  for (const format of FORMATS) {
    for (const color of [false, true]) {
      it(`${format}${color ? ' (colour)' : ''}: items joined in runs equal render() for 0, 1 and 5 stories`, () => {
        const items = itemFormat(format, { color });
        if (items === null) {
          expect(format).toBe('markdown');
          return;
        }
        for (const count of [0, 1, 5]) {
          const stories = parseText(inventedFeed(count));
          // Runs of uneven length, as from workers given different numbers of files.
          const joiner = new ItemJoiner(items);
          let out = joiner.add(stories.slice(0, 2).map(items.item).join(items.separator));
          out += joiner.add('');
          out += joiner.add(stories.slice(2).map(items.item).join(items.separator));
          out += joiner.end();
          expect(out, `${count} stories`).toBe(render(format, stories, { color }));
        }
      });
    }
  }
});
