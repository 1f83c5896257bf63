/**
 * The formats a machine reads (json, ndjson, ninjs, markdown) as documents of sections (index.ts
 * says how sections join), apart from the summary's: these load neither chalk nor string-width,
 * which a conversion to NDJSON would otherwise load and compile before its first story.
 */
import type { Story } from '../schema/story.js';
import { projectStory, type StoryField } from './fields.js';
import type { Format } from './formats.js';
import { frontMatterEntry, renderStory } from './markdown.js';
import { ninjsOf, type NinjsOptions } from './ninjs.js';

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

export type MachineFormat = Exclude<Format, 'summary'>;

/** What the machine formats read of the render options. */
export interface MachineOptions {
  /** json and ndjson: the fields each record keeps (fields.ts); null or absent for all. */
  fields?: readonly StoryField[] | null;
  ninjs?: NinjsOptions;
}

/**
 * One element of the pretty JSON array, indented as JSON.stringify(array, null, 2) indents it:
 * the array of this story alone without its `[\n` and `\n]`, which saves re-indenting the
 * story's text with a pass of its own.
 */
function jsonItem(story: Partial<Story>): string {
  return JSON.stringify([story], null, 2).slice(2, -2);
}

const RENDERERS: Readonly<Record<MachineFormat, (options: MachineOptions) => DocumentFormat>> = {
  json: ({ fields }) => ({ empty: '[]\n', open: '[\n', between: [], close: '\n]\n', separators: [',\n'], pieces: (s) => [jsonItem(projectStory(s, fields))] }),
  ndjson: ({ fields }) => ({ empty: '', open: '', between: [], close: '', separators: [''], pieces: (s) => [`${JSON.stringify(projectStory(s, fields))}\n`] }),
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

export function machineDocumentFormat(format: MachineFormat, options: MachineOptions): DocumentFormat {
  return RENDERERS[format](options);
}
