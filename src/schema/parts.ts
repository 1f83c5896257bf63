/**
 * The parts a line of a story can go to, apart from the zod schema: the parser numbers them
 * (parts/assignment.ts) and must not load zod, which alone took half of the parser's load time
 * (about 55 ms of 105 in every worker thread and every CLI run).
 */
export const PART_KINDS = [
  'header', 'trailer', 'separator', 'caption', 'flag', 'slug', 'headline', 'deck', 'byline', 'note',
  'dateline', 'body', 'footer', 'ignored',
] as const;
export type PartKind = (typeof PART_KINDS)[number];
