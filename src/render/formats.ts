/** The output formats, apart from the renderers so that the CLI can name them without loading chalk. */
export const FORMATS = ['json', 'ndjson', 'markdown', 'summary', 'ninjs'] as const;
export type Format = (typeof FORMATS)[number];

/** The file extension of each format, for `--out-dir`. */
export const EXTENSIONS: Readonly<Record<Format, string>> = { json: '.json', ndjson: '.ndjson', markdown: '.md', summary: '.txt', ninjs: '.ninjs.ndjson' };

/** The ninjs versions `-f ninjs` writes (`--ninjs-version`). */
export const NINJS_VERSIONS = ['3.1', '2.1'] as const;
export type NinjsVersion = (typeof NINJS_VERSIONS)[number];
