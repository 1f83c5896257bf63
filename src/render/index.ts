/** renderers: stories → text, one per output format. */
import type { Story } from '../schema/story.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderNdjson } from './ndjson.js';
import { renderNinjs, type NinjsOptions } from './ninjs.js';
import { renderSummary } from './summary.js';
import type { Format } from './formats.js';

export { EXTENSIONS, FORMATS, type Format } from './formats.js';

export interface RenderOptions {
  color: boolean;
  /** `-f ninjs`: version and URI template (the defaults of ninjs.ts when not given). */
  ninjs?: NinjsOptions;
}

export function render(format: Format, stories: readonly Story[], options: RenderOptions): string {
  switch (format) {
    case 'json':
      return renderJson(stories);
    case 'ndjson':
      return renderNdjson(stories);
    case 'markdown':
      return renderMarkdown(stories);
    case 'summary':
      return renderSummary(stories, options.color);
    case 'ninjs':
      return renderNinjs(stories, options.ninjs);
  }
}
