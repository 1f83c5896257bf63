/**
 * markdown: YAML front matter with every story's metadata (a list, so that the shape does not
 * depend on the number of stories), then per story a `#` headline, captions, paragraphs, and the
 * footer after a thematic break. Text is escaped so that wire punctuation (`*`, `_`, `<`, a
 * leading `#` or `1.`) stays text.
 */
import type { Story } from '../schema/story.js';

function yamlString(value: string | null): string {
  return value === null ? 'null' : JSON.stringify(value);
}

/** Escapes what Markdown would read as markup, and neutralises block starts. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>|~]/g, '\\$&')
    .replace(/^(\s*)([#+\-=])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/&/g, '&amp;');
}

/** One story's entry in the front matter's `stories` list, each line led by a line break. */
export function frontMatterEntry(s: Story): string {
  const lines: string[] = [''];
  lines.push(`  - source: ${yamlString(s.source)}`);
  lines.push(`    index: ${s.index}`);
  lines.push(`    agency: ${yamlString(s.agency)}`);
  lines.push(`    slug: ${yamlString(s.slug)}`);
  lines.push(`    headline: ${yamlString(s.headline)}`);
  lines.push(`    byline: ${yamlString(s.byline)}`);
  lines.push(`    dateline: ${yamlString(s.dateline?.text ?? null)}`);
  lines.push(`    location: ${yamlString(s.dateline?.location ?? null)}`);
  lines.push(`    date: ${yamlString(s.dateline?.iso ?? s.dateline?.date ?? null)}`);
  if (s.flags.length > 0) lines.push(`    flags: [${s.flags.map(yamlString).join(', ')}]`);
  lines.push(`    dialect: ${s.dialect}`);
  return lines.join('\n');
}

/** A table paragraph (rows on their own lines) as a fenced block longer than any backtick run in it. */
function preformatted(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${text}\n${fence}`;
}

/** One story's blocks, below the front matter. */
export function renderStory(s: Story): string {
  const blocks: string[] = [];
  blocks.push(`# ${escapeMarkdown(s.headline ?? '(no headline)')}`);
  if (s.deck) blocks.push(`_${escapeMarkdown(s.deck)}_`);
  const meta = [s.byline, s.dateline?.text].filter((x): x is string => !!x).map(escapeMarkdown);
  if (meta.length > 0) blocks.push(`**${meta.join(' · ')}**`);
  for (const note of s.notes) blocks.push(`> **Note:** ${escapeMarkdown(note.text)}`);
  for (const c of s.captions) blocks.push(`> **Photo:** ${escapeMarkdown(c.text)}`);
  for (const p of s.body) blocks.push(p.includes('\n') ? preformatted(p) : escapeMarkdown(p));
  if (s.footer.lines.length > 0) {
    blocks.push('* * *');
    blocks.push(s.footer.lines.map(escapeMarkdown).join('  \n'));
  }
  return blocks.join('\n\n');
}
