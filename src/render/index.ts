/** renderers: stories → text, one per output format. */
import type { Story } from '../schema/story.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderNdjson } from './ndjson.js';
import { renderSummary, type SummaryOptions } from './summary.js';
import type { Format } from './formats.js';
import { projectStory } from './fields.js';

export { EXTENSIONS, FORMATS, type Format } from './formats.js';
export type { SummaryOptions } from './summary.js';

export function render(format: Format, stories: readonly Story[], options: SummaryOptions): string {
  switch (format) {
    case 'json':
      return renderJson(options.fields ? stories.map((s) => projectStory(s, options.fields)) : stories);
    case 'ndjson':
      return renderNdjson(options.fields ? stories.map((s) => projectStory(s, options.fields)) : stories);
    case 'markdown':
      return renderMarkdown(stories);
    case 'summary':
      return renderSummary(stories, options);
  }
}
