/** json: one pretty document, always an array of stories whatever their number. */
import type { Story } from '../schema/story.js';

export function renderJson(stories: readonly Partial<Story>[]): string {
  return `${JSON.stringify(stories, null, 2)}\n`;
}
