import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/pipeline/parse.js';
import { COMPACT_FIELDS, projectStory, STORY_FIELDS } from '../../src/render/fields.js';
import { Story } from '../../src/schema/story.js';

describe('fields', () => {
  it('lists the fields of the schema, in its order', () => {
    expect(['schemaVersion', ...STORY_FIELDS]).toEqual(Object.keys(Story.shape));
  });

  it("keeps the fields asked for, in the schema's order, after schemaVersion; compact drops layout, transmission and warnings", () => {
    const [story] = parseText('A HEADLINE FOR A MADE-UP STORY\n    PORTO, May 2 - The ferry pilots met.\n Reuter\n', { source: 'x.txt' });
    expect(Object.keys(projectStory(story!, ['headline', 'source']))).toEqual(['schemaVersion', 'source', 'headline']);
    expect(projectStory(story!, null)).toBe(story);
    const compact = projectStory(story!, COMPACT_FIELDS);
    expect(Object.keys(compact)).toEqual(['schemaVersion', ...COMPACT_FIELDS]);
    expect(Object.keys(compact).sort()).toEqual(Object.keys(story!).filter((k) => !['layout', 'transmission', 'warnings'].includes(k)).sort());
  });
});
