import { describe, expect, it } from 'vitest';
import { BLOCK_EDGE, ENDS_BLOCK, OPENS_BLOCK, openingRole } from '../../../src/grammar/dialects/elements.js';

describe('elements: blocks', () => {
  it.each(['<p>Text', '  <P>Text</P>', '<RUBRIK>Headline</RUBRIK>', '<h2>Crosshead</h2>', '<p/>', '<section class="main"><p>'])('%j opens a block', (text) => {
    expect(OPENS_BLOCK.test(text)).toBe(true);
  });
  it.each(['<b>Bold</b> text', '<span class="dateline">Oslo</span>', '<a href="x">link</a>', 'Plain text', '<br/>'])('%j does not', (text) => {
    expect(OPENS_BLOCK.test(text)).toBe(false);
  });
  it('a block end or two breaks end a paragraph, one break or an inline end does not', () => {
    expect(ENDS_BLOCK.test('text</p>')).toBe(true);
    expect(ENDS_BLOCK.test('text</CITAT>  ')).toBe(true);
    expect(ENDS_BLOCK.test('text<br /><br />')).toBe(true);
    expect(ENDS_BLOCK.test('text<br />')).toBe(false);
    expect(ENDS_BLOCK.test('text</b>')).toBe(false);
  });
  it('a line is cut before a block opens and after one closes, never inside inline markup', () => {
    const parts = '<p>One <b>bold</b> line.</p><h2>Two</h2>tail'.split(BLOCK_EDGE).filter((p) => p !== '');
    expect(parts).toEqual(['<p>One <b>bold</b> line.</p>', '<h2>Two</h2>', 'tail']);
  });
});

describe('elements: roles', () => {
  it.each([
    ['<figcaption>A ferry</figcaption>', 'caption'],
    ['<BILDTEXT>', 'caption'],
    ['<div class="photo-caption">A ferry</div>', 'caption'],
    ['<BYLINE EPOST="a@b.se">Ann/TT</BYLINE>', 'byline'],
    ['<time datetime="2026-01-01">1 Jan</time>', 'metadata'],
    ['<BILDFIL>http://example.com/a.jpg</BILDFIL>', 'metadata'],
  ])('%j is a %s element', (text, role) => {
    expect(openingRole(text)?.role).toBe(role);
  });
  it('other elements are read for their text', () => {
    expect(openingRole('<p>Text</p>')).toBeNull();
    expect(openingRole('<INGRESS>')).toBeNull();
    expect(openingRole('Plain text')).toBeNull();
  });
  it('a role lasts until the element ends, by name', () => {
    const opening = openingRole('<BILDTEXT>')!;
    expect(opening.close.test('</BILDTEXT>')).toBe(true);
    expect(opening.close.test('</P>')).toBe(false);
    expect(openingRole('<figcaption/>')!.close.test('<figcaption/>')).toBe(true);
  });
  it('a self-closing element ends where it is written, whatever follows it on the line', () => {
    const piece = '<media-reference source="x.jpg"/></media>';
    expect(openingRole(piece)!.close.test(piece)).toBe(true);
    expect(openingRole('<media-reference source="x.jpg">')!.close.test('<p>Text.</p>')).toBe(false);
  });
});

describe('a media element holding a self-closing reference, then the body, on one line', () => {
  it('leaves the paragraphs after it as body', async () => {
    const { parseText } = await import('../../../src/pipeline/parse.js');
    const [story] = parseText('Headline here\n\n<media type="photo"><media-reference source="x.jpg"/></media><p>Text one.</p><p>Text two.</p>\n');
    expect(story!.body).toEqual(['Text one.', 'Text two.']);
  });
});
