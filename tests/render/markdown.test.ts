/**
 * The Markdown format read back by real consumers: the front matter by a YAML parser, the
 * document by markdown-it (CommonMark), the way a static-site generator would.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseText } from '../../src/pipeline/parse.js';
import { render } from '../../src/render/index.js';

const renderMarkdown = (stories: Parameters<typeof render>[1]) => render('markdown', stories, { color: false });

const md = new MarkdownIt('commonmark');

function split(document: string): { front: unknown; html: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(document);
  if (!m) throw new Error('no front matter');
  return { front: parseYaml(m[1]!), html: md.render(document.slice(m[0].length)) };
}

const STORY = [
  'Markets_rally *again* <b>today</b>',
  'ZURICH, May 3 (Reuters) - Shares rose 2 *pct* in #early trade_ and <i>bonds</i> fell.',
  '1. This line looks like a list item but is a paragraph.',
  '# Nor is this a heading.',
  '(Reporting by Ana Ruiz; Editing by Lee Park)',
].join('\n');

describe('markdown renderer', () => {
  const stories = parseText(STORY, { source: 'zurich.txt' });
  const { front, html } = split(renderMarkdown(stories));

  it('writes front matter that YAML reads back as the stories metadata', () => {
    expect(front).toMatchObject({
      stories: [{ source: 'zurich.txt', index: 0, agency: 'Reuters', headline: 'Markets_rally *again* <b>today</b>', location: 'ZURICH' }],
    });
  });

  it('renders the headline as the only h1, with its markup characters as text', () => {
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h1>Markets_rally *again* &lt;b&gt;today&lt;/b&gt;</h1>');
  });

  it('renders every body paragraph as a paragraph, literally', () => {
    for (const p of stories[0]!.body) {
      const escaped = p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(html).toContain(`<p>${escaped}</p>`);
    }
    expect(html).not.toContain('<ol>');
    expect(html).not.toContain('<em>');
  });

  it('puts the footer after a thematic break', () => {
    const rule = html.indexOf('<hr />');
    expect(rule).toBeGreaterThan(0);
    expect(html.indexOf('Reporting by Ana Ruiz')).toBeGreaterThan(rule);
  });

  it('keeps the front matter shape for zero and several stories', () => {
    expect(split(renderMarkdown([])).front).toEqual({ stories: [] });
    const two = parseText(`${STORY}\n(END)\n\nSecond story here\nZURICH, May 3 (Reuters) - More text.\n`, { source: 'x' });
    const { front: f, html: h } = split(renderMarkdown(two));
    expect((f as { stories: unknown[] }).stories).toHaveLength(two.length);
    expect(h.match(/<h1>/g)).toHaveLength(two.length);
  });
});
