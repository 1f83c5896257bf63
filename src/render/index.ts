/**
 * The renderers, keyed by format (the summary here, the others in documents.ts, which a
 * conversion can load without chalk). Every format is a document of sections, each the
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
import { machineDocumentFormat, type DocumentFormat } from './documents.js';
import type { Format } from './formats.js';
import type { NinjsOptions } from './ninjs.js';
import { renderSummary, type SummaryOptions } from './summary.js';
import { DocumentWriter, MemorySpool } from './items.js';

export { EXTENSIONS, FORMATS, type Format } from './formats.js';
export type { DocumentFormat } from './documents.js';

/**
 * Colour, the summary's width and paragraphs, the fields json and ndjson records keep, and
 * `-f ninjs`'s version and URI template (ninjs.ts's defaults when not given).
 */
export type RenderOptions = SummaryOptions & { ninjs?: NinjsOptions };
export type { SummaryOptions } from './summary.js';

/** The summary as a document; the other formats are documents.ts's. */
function summaryDocument(options: SummaryOptions): DocumentFormat {
  // renderSummary puts a blank line between stories and none after the last.
  return { empty: '', open: '', between: [], close: '', separators: ['\n'], pieces: (s) => [renderSummary([s], options)] };
}

export function documentFormat(format: Format, options: RenderOptions): DocumentFormat {
  return format === 'summary' ? summaryDocument(options) : machineDocumentFormat(format, options);
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
