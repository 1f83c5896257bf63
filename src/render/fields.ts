/**
 * Records with fewer fields, for machines that want less than a whole story: `--fields a,b,c`
 * keeps those, in the schema's order; `--compact` drops the three that are most of a record's
 * bytes and that most consumers do not read (layout, transmission, warnings). Every record keeps
 * `schemaVersion`, so a consumer can still tell its shape. Kept zod-free, as the renderers are,
 * so the list of fields is written out here (a test holds it to the schema).
 */
import type { Story } from '../schema/story.js';

/** The fields `--fields` can name, in the schema's order (schemaVersion is always kept). */
export const STORY_FIELDS = [
  'source', 'index', 'lines', 'dialect', 'encoding', 'agency', 'profile', 'flags', 'slug', 'headline', 'deck', 'byline',
  'bylineIsAgency', 'dateline', 'captions', 'notes', 'body', 'tables', 'credit', 'footer', 'transmission', 'layout', 'warnings',
] as const satisfies readonly (keyof Story)[];
export type StoryField = (typeof STORY_FIELDS)[number];

export const COMPACT_DROPS: readonly StoryField[] = ['layout', 'transmission', 'warnings'];

/** The fields kept by --compact. */
export const COMPACT_FIELDS: readonly StoryField[] = STORY_FIELDS.filter((f) => !COMPACT_DROPS.includes(f));

/** `story` with only `fields` (null: the whole story, the same object). */
export function projectStory(story: Story, fields: readonly StoryField[] | null | undefined): Partial<Story> {
  if (!fields) return story;
  const out: Record<string, unknown> = { schemaVersion: story.schemaVersion };
  for (const f of STORY_FIELDS) if (fields.includes(f)) out[f] = story[f];
  return out as Partial<Story>;
}
