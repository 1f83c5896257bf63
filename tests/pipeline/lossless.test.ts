/**
 * Lossless, checked on text: every line of an input is found again in the story it was
 * assigned to. A line given to a part must have each of its words in that part's output (the
 * headline's line in `headline`, a paragraph's lines in its `body` element, a trailer line in the
 * transmission's `trailer`, ...); a line given to `ignored` must say why. A line whose words are
 * in no field of its part was lost, whatever its layout run says.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainBytes, type ExplainedStory, type LineClaim } from '../../src/pipeline/explain.js';
import type { Story } from '../../src/schema/story.js';
import { filesBelow } from '../support/walk.js';
import { wireish } from '../support/wire-pieces.js';

const WORD = /[\p{L}\p{N}]+/gu;
/** A markdown image's address (`![alt](url)`): markup, like a tag; its alt text is words. */
const IMAGE_ADDRESS = /\]\([^)]*\)/g;
/** SGML and HTML tags and entities (`<SLUG>`, `&QL;`, `&amp;`): markup, never words of the story. */
const MARKUP = /<\/?[A-Za-z][^<>]*>|&[#\w]{1,12};/g;
const words = (text: string | null | undefined): string[] =>
  ((text ?? '').replace(IMAGE_ADDRESS, ']').toLowerCase().match(WORD) ?? []).map((w) => w.replace(/^0+(?=\d)/, ''));
/** The words of a line as read, its markup left out (an output field never holds markup). */
const lineWords = (text: string): string[] => words(text.replace(MARKUP, ' '));
/** Framing codes and time stamps after a story (`NNNN`, `AP-WF-11-13-26 1509GMT`) hold no lower case; prose does. */
const PROSE = /\p{Ll}/u;

/** The output text a line of `part` must be found in. */
function partText(story: Story, line: LineClaim): string | null {
  const t = story.transmission;
  const k = line.index ?? -1;
  switch (line.part) {
    case 'slug':
      return [story.slug, t?.keyword, t?.takeKey, t?.wordCount, t?.desk].join(' ');
    case 'headline':
    case 'flag':
      return [story.headline, ...story.flags].join(' ');
    case 'deck':
      return story.deck;
    case 'byline':
      return [story.byline, story.credit].join(' ');
    case 'dateline':
      return story.dateline?.text ?? null;
    case 'body':
      // The dateline opens the first paragraph; an end marker glued to the last one is split off
      // into the footer (GRAMMAR.md section 8).
      return [
        story.body[k],
        k === 0 ? story.dateline?.text : null,
        // Glued inside a word (`URGENTEnditem`): the word is split between the two.
        k === story.body.length - 1 ? `${story.footer.lines.join(' ')} ${story.body[k]}${story.footer.lines[0] ?? ''}` : null,
        ...story.tables.flatMap((table) => table.rows),
      ].join(' ');
    case 'caption': {
      const c = story.captions[k];
      return c ? [c.text, c.credit, ...c.restrictions].join(' ') : null;
    }
    case 'note':
      return story.notes[k]?.text ?? null;
    case 'footer':
      return story.footer.lines.join(' ');
    case 'trailer':
      return t?.trailer ?? null;
    default:
      return null;
  }
}

/** The lines of the explained stories whose words are not in their part, as `source:line part: text`. */
function lostLines(explained: readonly ExplainedStory[], source: string): string[] {
  const lost: string[] = [];
  for (const { story, lines } of explained) {
    for (const line of lines.flatMap((l) => (l.pieces ?? [l]).map((piece) => ({ ...piece, no: l.no })))) {
      if (line.part === 'ignored') {
        if (line.reason === null) lost.push(`${source}:${line.no} ignored without a reason`);
        continue;
      }
      // The header is framing (service codes, selectors, keyword fields), kept whole in `layout`;
      // so are the codes that close an item. Prose claimed as a trailer must be in the trailer.
      if (line.part === 'header' || line.part === 'separator') continue;
      if (line.part === 'trailer' && !PROSE.test(line.text.replace(MARKUP, ' '))) continue;
      // Words, not spelling: a field may write a line's words closed up (`1st Ld` as `1stLd`) or
      // a number without its leading zeros.
      const found = words(partText(story, line)).join('');
      const missing = lineWords(line.text).filter((w) => !found.includes(w));
      if (missing.length > 0) lost.push(`${source}:${line.no} ${line.part}${line.index === null ? '' : `[${line.index}]`}: ${line.text.slice(0, 120)}`);
    }
  }
  return lost;
}

const encode = (text: string) => new TextEncoder().encode(text);
const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;
const SHARED = new URL('../../../shared/', import.meta.url).pathname;
const INPUT = /\.(?:txt|xml|html?|sgml?|nitf|anpa)$/;

describe('every line is found again in its part', () => {
  it('the check finds a line whose words are missing from its part', () => {
    const explained = explainBytes(encode('Gallery opens late\nOSLO, Jan 5 (Reuters) - The museum opens late.\nIt said so.\n'));
    expect(lostLines(explained, 'x')).toEqual([]);
    // What a lost line looks like: its story reports other words for its part.
    explained[0]!.story.headline = 'Something else';
    explained[0]!.story.body[1] = 'It said nothing of the kind.';
    expect(lostLines(explained, 'x')).toEqual(['x:1 headline: Gallery opens late', 'x:3 body[1]: It said so.']);
  });

  it('after an empty transmission, the text that follows is a story of its own, not its trailer', () => {
    const text = '\u0001a0001 r BC-Test 01-05 0001\n\u0002\n\u0003\nGallery opens late\nOSLO, Jan 5 (Reuters) - The gallery opens late.\nIt said so.\n(END)\n';
    const explained = explainBytes(encode(text));
    expect(lostLines(explained, 'x')).toEqual([]);
    expect(explained.map((e) => e.story.headline)).toEqual([null, 'Gallery opens late']);
    expect(explained[1]!.story.body).toEqual(['The gallery opens late.', 'It said so.']);
  });

  it('in every fixture', () => {
    const lost = filesBelow(FIXTURES).filter((f) => INPUT.test(f)).flatMap((f) => lostLines(explainBytes(readFileSync(f)), f.slice(FIXTURES.length)));
    expect(lost).toEqual([]);
  });

  it('in generated wire-like text', () => {
    fc.assert(
      fc.property(wireish, (text) => {
        expect(lostLines(explainBytes(encode(text)), 'generated')).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it.skipIf(!existsSync(join(SHARED, 'corpora')))('in the seeds and the corpora', () => {
    const files = [
      ...filesBelow(join(SHARED, 'seeds')).filter((f) => f.endsWith('.txt')),
      ...filesBelow(join(SHARED, 'corpora/samples-dev')).filter((f) => f.endsWith('.txt')),
      ...readdirSync(join(SHARED, 'corpora/reuters21578/feed')).map((f) => join(SHARED, 'corpora/reuters21578/feed', f)),
    ];
    const lost = files.flatMap((f) => lostLines(explainBytes(readFileSync(f)), f.slice(SHARED.length)));
    expect(lost).toEqual([]);
  });
});
