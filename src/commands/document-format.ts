/**
 * A run's document format, loaded with only the renderers it needs: the summary's (chalk,
 * string-width) for -f summary alone, so that a conversion to JSON or NDJSON neither loads nor
 * compiles them before its first story.
 */
import type { DocumentFormat, RenderOptions } from '../render/index.js';
import type { Format } from '../render/formats.js';

let machine: Promise<typeof import('../render/documents.js')> | null = null;
let all: Promise<typeof import('../render/index.js')> | null = null;

export async function loadDocumentFormat(format: Format, options: RenderOptions): Promise<DocumentFormat> {
  if (format === 'summary') return (await (all ??= import('../render/index.js'))).documentFormat(format, options);
  return (await (machine ??= import('../render/documents.js'))).machineDocumentFormat(format, options);
}
