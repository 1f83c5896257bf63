/**
 * The parts a line of a story can go to, apart from the zod schema: the parser numbers them
 * (grammar/assignment.ts) and must not load zod, which alone is about half of the parser's load
 * time in every worker thread and every CLI run (bench/RESULTS.md, `bench:loads`).
 */
export const PART_KINDS = [
  'header', 'trailer', 'separator', 'caption', 'flag', 'slug', 'headline', 'deck', 'byline', 'note',
  'dateline', 'body', 'footer', 'ignored',
] as const;
export type PartKind = (typeof PART_KINDS)[number];
