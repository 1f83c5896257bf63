/**
 * The renderers, one registry keyed by format. Every format is a document of sections, each the
 * run of its stories' pieces, so that stories can be rendered one at a time (streamed, or by
 * workers in runs) and still join into exactly the document of all of them (items.ts):
 *
 *   no story:  empty
 *   otherwise: open, section 0, between[0], section 1, ..., close
 *
 * where section k is the k-th piece of every story joined by separators[k]. json, ndjson and
 * summary and ninjs have one section; markdown has two, the front matter's list and the stories' blocks,
 * since the front matter names every story before the first is shown.
 */
import type { Story } from '../schema/story.js';
import type { Format } from './formats.js';
import { frontMatterEntry, renderStory } from './markdown.js';
import { ninjsOf, type NinjsOptions } from './ninjs.js';
import { projectStory } from './fields.js';
import { renderSummary, type SummaryOptions } from './summary.js';
import { DocumentWriter, MemorySpool } from './items.js';

export { EXTENSIONS, FORMATS, type Format } from './formats.js';

/**
 * Colour, the summary's width and paragraphs, the fields json and ndjson records keep, and
 * `-f ninjs`'s version and URI template (ninjs.ts's defaults when not given).
 */
export type RenderOptions = SummaryOptions & { ninjs?: NinjsOptions };
export type { SummaryOptions } from './summary.js';

export interface DocumentFormat {
  empty: string;
  open: string;
  /** What stands between section k and section k+1. */
  between: readonly string[];
  close: string;
  /** What joins two stories' pieces within each section. */
  separators: readonly string[];
  /** One story's piece of each section. */
  pieces(story: Story): string[];
}

/** One element of the pretty JSON array, indented as JSON.stringify(array, null, 2) would. */
function jsonItem(story: Partial<Story>): string {
  // Strings in JSON never hold a raw line break, so every line break is structure.
  return `  ${JSON.stringify(story, null, 2).replace(/\n/g, '\n  ')}`;
}

const RENDERERS: Readonly<Record<Format, (options: RenderOptions) => DocumentFormat>> = {
  json: ({ fields }) => ({ empty: '[]\n', open: '[\n', between: [], close: '\n]\n', separators: [',\n'], pieces: (s) => [jsonItem(projectStory(s, fields))] }),
  ndjson: ({ fields }) => ({ empty: '', open: '', between: [], close: '', separators: [''], pieces: (s) => [`${JSON.stringify(projectStory(s, fields))}\n`] }),
  // renderSummary puts a blank line between stories and none after the last.
  summary: (options) => ({ empty: '', open: '', between: [], close: '', separators: ['\n'], pieces: (s) => [renderSummary([s], options)] }),
  ninjs: ({ ninjs }) => ({ empty: '', open: '', between: [], close: '', separators: [''], pieces: (s) => [`${JSON.stringify(ninjsOf(s, ninjs))}\n`] }),
  markdown: () => ({
    empty: '---\nstories: []\n---\n',
    open: '---\nstories:',
    between: ['\n---'],
    close: '\n',
    separators: ['', ''],
    pieces: (s) => [frontMatterEntry(s), `\n\n${renderStory(s)}`],
  }),
};

export function documentFormat(format: Format, options: RenderOptions): DocumentFormat {
  return RENDERERS[format](options);
}

/** The whole document of `stories`. */
export function render(format: Format, stories: readonly Story[], options: RenderOptions): string {
  let out = '';
  const document = documentFormat(format, options);
  const writer = new DocumentWriter(document, (text) => (out += text), () => new MemorySpool());
  for (const story of stories) writer.add(document.pieces(story));
  for (const text of writer.end()) out += text;
  return out;
}
