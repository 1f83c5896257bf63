/**
 * The `uri` of a story's ninjs object: the only property ninjs requires, and what a newsroom
 * system keys the item on, so it must be the same every time the same story is converted. It is
 * made from where the story came from (`source`, the path as given, and `index`, its number in
 * that source), by default as `urn:wireparse:{source}:{index}`, or by the user's template.
 */
import type { Story } from '../schema/story.js';

export const DEFAULT_URI_TEMPLATE = 'urn:wireparse:{source}:{index}';

/** What a template may hold, each value percent-encoded as a URI needs. */
const PLACEHOLDERS: Readonly<Record<string, (story: Story) => string>> = {
  // Folder separators stay: they are allowed in a URI path and keep it readable.
  source: (s) => s.source.split('/').map(encodeURIComponent).join('/'),
  /** The file name without folder and extension. */
  file: (s) => encodeURIComponent(s.source.replace(/^.*\//, '').replace(/\.[^.]*$/, '')),
  index: (s) => String(s.index),
  profile: (s) => encodeURIComponent(s.profile ?? 'unknown'),
};

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Why a `--uri-template` cannot make URIs, or null when it can. */
export function uriTemplateProblem(template: string): string | null {
  const unknown = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !Object.hasOwn(PLACEHOLDERS, name));
  if (unknown.length > 0) return `unknown placeholder {${unknown[0]}}: the placeholders are ${Object.keys(PLACEHOLDERS).map((n) => `{${n}}`).join(', ')}`;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(template)) return 'a URI starts with its scheme (`https:`, `urn:`, `tag:`)';
  if (/[\s<>"{}|\\^`]/.test(template.replace(PLACEHOLDER, ''))) return 'it holds characters a URI cannot (space, <, >, ", {, }, |, \\, ^, `)';
  return null;
}

export function uriOf(story: Story, template: string | null): string {
  return (template ?? DEFAULT_URI_TEMPLATE).replace(PLACEHOLDER, (_, name: string) => PLACEHOLDERS[name]!(story));
}
