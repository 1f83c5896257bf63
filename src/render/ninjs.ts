/**
 * ninjs: IPTC's News in JSON, one object per story and per line (NDJSON), in version 3.1 or, for
 * older consumers, 2.1 (the same properties with names in lower case). README.md has the
 * mapping from story to ninjs as a table; ninjs-uri.ts makes the `uri`, ninjs-language.ts the
 * `language`.
 */
import type { Story } from '../schema/story.js';
import type { NinjsVersion } from './formats.js';
import { languageOf } from './ninjs-language.js';
import { uriOf } from './ninjs-uri.js';

export interface NinjsOptions {
  version: NinjsVersion;
  /** `--uri-template`; null for the default, `urn:wireparse:{source}:{index}`. */
  uriTemplate: string | null;
}

export const DEFAULT_NINJS: NinjsOptions = { version: '3.1', uriTemplate: null };

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type NinjsObject = { [key: string]: Json };

/** Text for HTML: the five characters that could be read as markup. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]!};`);
}

/**
 * A date-time (RFC 3339, as the schemas' `date-time` format wants) from the transmission's
 * `issued` (`YYYY-MM-DDTHH:MMZ`) or else the dateline's `iso` (`YYYY-MM-DD`, a day without a
 * time: written as its midnight UTC). Null when neither is known or the date does not exist.
 */
function createdOf(story: Story): string | null {
  const issued = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)Z$/.exec(story.transmission?.issued ?? '');
  const iso = /^\d{4}-\d\d-\d\d$/.exec(story.dateline?.iso ?? '');
  const stamp = issued ? `${issued[1]}T${issued[2]}:00Z` : iso ? `${iso[0]}T00:00:00Z` : null;
  if (stamp === null) return null;
  // Date rolls 31 February over into March: a stamp whose day does not read back names no day.
  const time = Date.parse(stamp);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === stamp.slice(0, 10) ? stamp : null;
}

/** `by`: the byline without its `By` (`par`, `por`, `von`, `di`), as ninjs's examples write it. */
function byOf(byline: string): string {
  const ansa = /^\(di\s(.+)\)$/i.exec(byline);
  return ansa ? ansa[1]!.trim() : byline.replace(/^(?:by|par|por|von|di)\s+/i, '');
}

/** The paragraphs as published: the dateline, as written, opens the first (it is part of the copy). */
function paragraphsOf(story: Story): string[] {
  const paragraphs = [...story.body];
  const dateline = story.dateline?.text;
  if (dateline) paragraphs[0] = paragraphs.length > 0 && paragraphs[0] !== '' ? `${dateline} ${paragraphs[0]}` : dateline;
  return paragraphs;
}

/** A paragraph as HTML: a table (rows on their own lines) stays preformatted. */
function htmlParagraph(text: string): string {
  return text.includes('\n') ? `<pre>${escapeHtml(text)}</pre>` : `<p>${escapeHtml(text)}</p>`;
}

/** The ninjs 3.1 object of a story; fields the story does not have are left out, as ninjs wants. */
export function ninjsOf(story: Story, options: NinjsOptions = DEFAULT_NINJS): NinjsObject {
  const out: NinjsObject = {
    uri: uriOf(story, options.uriTemplate),
    standard: { name: 'ninjs', version: options.version, schema: `http://www.iptc.org/std/ninjs/ninjs-schema_${options.version}.json#` },
    type: 'text',
  };
  const language = languageOf(story);
  if (language !== null) out.language = language;
  if (story.slug !== null) out.slugline = story.slug;
  if (story.headline !== null) out.headlines = [{ role: 'main', value: story.headline }];
  if (story.byline !== null) out.by = byOf(story.byline);
  if (story.dateline?.location) out.located = story.dateline.location;
  const created = createdOf(story);
  if (created !== null) {
    out.firstCreated = created;
    out.versionCreated = created;
  }
  const descriptions = [
    ...(story.deck !== null ? [{ role: 'summary', value: story.deck }] : []),
    ...story.captions.map((c) => ({ role: 'caption', value: c.text })),
  ];
  if (descriptions.length > 0) out.descriptions = descriptions;
  const paragraphs = paragraphsOf(story);
  if (paragraphs.length > 0) {
    out.bodies = [
      { role: 'main', contentType: 'text/plain', value: paragraphs.join('\n\n') },
      { role: 'main', contentType: 'text/html', value: paragraphs.map(htmlParagraph).join('\n') },
    ];
  }
  if (story.notes.length > 0) out.edNote = story.notes.map((n) => n.text).join('\n');
  if (story.footer.copyright !== null) out.copyrightNotice = story.footer.copyright;
  if (story.agency !== null) out.infoSources = [{ name: story.agency, role: 'provider', ...(story.profile !== null ? { literal: story.profile } : {}) }];
  return options.version === '2.1' ? lowerKeys(out) : out;
}

/** ninjs 2.1 writes every property name in lower case (`firstcreated`, `contenttype`). */
function lowerKeys<T extends Json>(value: T): T {
  if (Array.isArray(value)) return value.map(lowerKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toLowerCase(), lowerKeys(v)])) as T;
}
