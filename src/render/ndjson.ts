/** ndjson: one story per line, for streaming and for the scorer. */
import type { Story } from '../schema/story.js';

export function renderNdjson(stories: readonly Partial<Story>[]): string {
  let out = '';
  for (const story of stories) out += `${JSON.stringify(story)}\n`;
  return out;
}
