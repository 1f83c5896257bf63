import { expect } from 'vitest';
import type { Story } from '../../src/schema/story.js';

/**
 * Compares parsed stories with an expectation: a partial story (the input must hold exactly one
 * story) or an array of partial stories (one per story). Only the keys given are compared;
 * arrays are compared element by element and must have the same length.
 */
export function expectStories(stories: readonly Story[], expected: unknown): void {
  if (Array.isArray(expected)) {
    expect(stories).toHaveLength(expected.length);
    expect(stories).toMatchObject(expected);
  } else {
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject(expected as object);
  }
}
