/** The input dialects, apart from the zod schema so that the CLI can name them without loading zod. */
export const DIALECTS = ['web', 'plain', 'html', 'anpa', 'iptc'] as const;
export type Dialect = (typeof DIALECTS)[number];
