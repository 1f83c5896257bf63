/**
 * The formats that are a sequence of per-story items (everything but markdown, whose front
 * matter lists every story first), so that stories can be rendered one at a time, by different
 * workers, and still be joined into exactly the document `render` gives for all of them:
 * open + items joined by separator + close, or `empty` when there is no story.
 */
import type { Story } from '../schema/story.js';
import type { Format } from './formats.js';
import { projectStory } from './fields.js';
import { renderNdjson } from './ndjson.js';
import { renderSummary, type SummaryOptions } from './summary.js';

export interface ItemFormat {
  open: string;
  separator: string;
  close: string;
  empty: string;
  item(story: Story): string;
}

/** One element of the pretty JSON array, indented as JSON.stringify(array, null, 2) would. */
function jsonItem(story: Partial<Story>): string {
  // Strings in JSON never hold a raw line break, so every line break is structure.
  return `  ${JSON.stringify(story, null, 2).replace(/\n/g, '\n  ')}`;
}

export function itemFormat(format: Format, options: SummaryOptions): ItemFormat | null {
  switch (format) {
    case 'json':
      return { open: '[\n', separator: ',\n', close: '\n]\n', empty: '[]\n', item: options.fields ? (s) => jsonItem(projectStory(s, options.fields)) : jsonItem };
    case 'ndjson':
      return { open: '', separator: '', close: '', empty: '', item: options.fields ? (s) => renderNdjson([projectStory(s, options.fields)]) : (s) => renderNdjson([s]) };
    case 'summary':
      // renderSummary puts a blank line between stories and none after the last.
      return { open: '', separator: '\n', close: '', empty: '', item: (s) => renderSummary([s], options) };
    case 'markdown':
      return null;
  }
}

/** Joins items (or runs of items already joined) into the document, as they come. */
export class ItemJoiner {
  private started = false;

  constructor(private readonly format: ItemFormat) {}

  /** The text to write for the next run of items ('' for an empty run). */
  add(items: string): string {
    if (items === '') return '';
    const prefix = this.started ? this.format.separator : this.format.open;
    this.started = true;
    return prefix + items;
  }

  end(): string {
    return this.started ? this.format.close : this.format.empty;
  }
}
