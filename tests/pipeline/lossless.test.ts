/**
 * Lossless, checked on text: every line of an input is rebuilt from the story it was assigned
 * to. Each input line (split apart from the parser) is in exactly one story, with its raw text
 * unchanged, in the `layout` run of the part it was given; a line given to a part must have its
 * words, in order, in that part's output (the headline's line in `headline`, a paragraph's lines
 * in its `body` element, a trailer line in the transmission's `trailer`, ...); a line given to
 * `ignored` must say why. A line whose words are in no field of its part was lost, whatever its
 * layout run says. The streaming path the CLI reads through must give the same stories.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/bytes/decode.js';
import { explainBytes, type ExplainedStory, type LineClaim } from '../../src/pipeline/explain.js';
import { parseStream, storiesOfBytes } from '../../src/pipeline/stream.js';
import type { Story } from '../../src/schema/story.js';
import { chunked } from '../support/bytes.js';
import { filesBelow } from '../support/walk.js';
import { wireish } from '../support/wire-pieces.js';

const WORD = /[\p{L}\p{N}]+/gu;
/** A markdown image's address (`![alt](url)`): markup, like a tag; its alt text is words. */
const IMAGE_ADDRESS = /\]\([^)]*\)/g;
/** SGML and HTML tags and entities (`<SLUG>`, `&QL;`, `&amp;`): markup, never words of the story. */
const MARKUP = /<\/?[A-Za-z][^<>]*>|&[#\w]{1,12};/g;
const words = (text: string | number | null | undefined): string[] =>
  (String(text ?? '').replace(IMAGE_ADDRESS, ']').toLowerCase().match(WORD) ?? []).map((w) => w.replace(/^0+(?=\d)/, ''));
/** The words of a line as read, its markup left out (an output field never holds markup). */
const lineWords = (text: string): string[] => words(text.replace(MARKUP, ' '));
/** Framing codes and time stamps after a story (`NNNN`, `AP-WF-11-13-26 1509GMT`) hold no lower case; prose does. */
const PROSE = /\p{Ll}/u;

/**
 * The output texts a line of `part` may be found in, each in reading order: the line's words
 * must come in order in one of them.
 */
function partTexts(story: Story, line: LineClaim): (string | number | null | undefined)[] {
  const t = story.transmission;
  const k = line.index ?? -1;
  switch (line.part) {
    case 'slug':
      return [[story.slug, t?.keyword, t?.takeKey, t?.wordCount, t?.desk].join(' ')];
    case 'headline':
    case 'flag':
      return [story.headline, ...story.flags];
    case 'deck':
      return [story.deck];
    case 'byline':
      return [story.byline, story.credit, `${story.byline} ${story.credit}`];
    case 'dateline':
      return [story.dateline?.text];
    case 'body': {
      const paragraph = story.body[k];
      const last = k === story.body.length - 1;
      const footer = story.footer.lines.join(' ');
      return [
        // The dateline opens the first paragraph.
        k === 0 ? `${story.dateline?.text ?? ''} ${paragraph}` : paragraph,
        // An end marker glued to the last paragraph is split off into the footer (GRAMMAR.md
        // section 8), also inside a word (`URGENTEnditem`), and may open the line.
        last ? `${k === 0 ? (story.dateline?.text ?? '') : ''} ${paragraph}${footer}` : null,
        last ? `${footer} ${paragraph}` : null,
        ...story.tables.flatMap((table) => table.rows),
      ];
    }
    case 'caption': {
      const c = story.captions[k];
      return c ? [`${c.text} ${c.credit ?? ''} ${c.restrictions.join(' ')}`] : [];
    }
    case 'note':
      return [story.notes[k]?.text];
    case 'footer':
      return [story.footer.lines.join(' ')];
    case 'trailer':
      return [t?.trailer];
    default:
      return [];
  }
}

/** The words of `wanted` not found, in order, in `found` (words closed up, as a field may write them). */
function missingInOrder(found: string, wanted: readonly string[]): string[] {
  const missing: string[] = [];
  let at = 0;
  for (const word of wanted) {
    const i = found.indexOf(word, at);
    if (i === -1) missing.push(word);
    else at = i + word.length;
  }
  return missing;
}

/** The input's lines, split apart from the parser: on LF, CRLF and lone CR. */
function inputLines(bytes: Uint8Array): string[] {
  const { text } = decodeBytes(bytes);
  if (text === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * What cannot be rebuilt of the input from the explained stories, as `source:line ...`: a line no
 * story has, or more than one has; a line whose raw text is not the input's; a line whose part in
 * the story's `layout` is not the one it was given; an ignored line without its reason; and a line
 * whose words are not, in order, in the output of its part.
 */
function lostLines(explained: readonly ExplainedStory[], source: string, input?: readonly string[]): string[] {
  const lost: string[] = [];
  const seen = new Map<number, number>();
  for (const { story, lines } of explained) {
    for (const l of lines) {
      seen.set(l.no, (seen.get(l.no) ?? 0) + 1);
      if (input !== undefined && l.raw !== input[l.no - 1]) lost.push(`${source}:${l.no} raw text is not the input's: ${JSON.stringify(l.raw.slice(0, 120))}`);
      // A line cut into pieces is in `layout` as one of its pieces.
      const run = story.layout.find((r) => r.start <= l.no && l.no <= r.end);
      const claims = l.pieces ?? [l];
      if (run === undefined || !claims.some((c) => run.part === c.part && (run.reason ?? null) === (c.part === 'ignored' ? c.reason : null))) {
        lost.push(`${source}:${l.no} layout says ${run === undefined ? 'nothing' : `${run.part}${run.reason === undefined ? '' : ` (${run.reason})`}`}, the line went to ${l.part}`);
      }
    }
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
      const wanted = lineWords(line.text);
      if (wanted.length === 0) continue;
      // A slug line's fields are taken apart and kept in fields of their own, not in its order.
      const inOrder = line.part !== 'slug';
      const found = partTexts(story, line).some((text) => {
        const have = words(text).join('');
        return inOrder ? missingInOrder(have, wanted).length === 0 : wanted.every((w) => have.includes(w));
      });
      if (!found) lost.push(`${source}:${line.no} ${line.part}${line.index === null ? '' : `[${line.index}]`}: ${line.text.slice(0, 120)}`);
    }
  }
  const count = input?.length ?? Math.max(0, ...seen.keys());
  for (let no = 1; no <= count; no++) {
    const times = seen.get(no) ?? 0;
    if (times !== 1) lost.push(`${source}:${no} is in ${times} stories`);
  }
  return lost;
}

/** lostLines of the bytes as the CLI reads them. */
function lostOf(bytes: Uint8Array, source: string): string[] {
  return lostLines(explainBytes(bytes), source, inputLines(bytes));
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

  it('the check finds words out of order, a line its layout run does not name, a raw line changed and a line in no story', () => {
    const bytes = encode('Gallery opens late\nOSLO, Jan 5 (Reuters) - The museum opens late.\nIt said so.\n');
    const input = inputLines(bytes);
    expect(input).toEqual(['Gallery opens late', 'OSLO, Jan 5 (Reuters) - The museum opens late.', 'It said so.']);
    expect(lostLines(explainBytes(bytes), 'x', input)).toEqual([]);
    const reordered = explainBytes(bytes);
    reordered[0]!.story.body[1] = 'So it said.';
    expect(lostLines(reordered, 'x', input)).toEqual(['x:3 body[1]: It said so.']);
    const relaid = explainBytes(bytes);
    relaid[0]!.story.layout = relaid[0]!.story.layout.map((run) => (run.start === 3 ? { ...run, part: 'ignored', reason: 'blank' } : run));
    expect(lostLines(relaid, 'x', input)).toEqual(['x:3 layout says ignored (blank), the line went to body']);
    expect(lostLines(explainBytes(bytes), 'x', [...input.slice(0, 2), 'It said no.'])).toEqual(['x:3 raw text is not the input\'s: "It said so."']);
    const dropped = explainBytes(bytes);
    dropped[0]!.lines.splice(1, 1);
    expect(lostLines(dropped, 'x', input)).toEqual(['x:2 is in 0 stories']);
  });

  it('after an empty transmission, the text that follows is a story of its own, not its trailer', () => {
    const text = '\u0001a0001 r BC-Test 01-05 0001\n\u0002\n\u0003\nGallery opens late\nOSLO, Jan 5 (Reuters) - The gallery opens late.\nIt said so.\n(END)\n';
    const explained = explainBytes(encode(text));
    expect(lostLines(explained, 'x')).toEqual([]);
    expect(explained.map((e) => e.story.headline)).toEqual([null, 'Gallery opens late']);
    expect(explained[1]!.story.body).toEqual(['The gallery opens late.', 'It said so.']);
  });

  it('in every fixture', () => {
    const lost = filesBelow(FIXTURES).filter((f) => INPUT.test(f)).flatMap((f) => lostOf(readFileSync(f), f.slice(FIXTURES.length)));
    expect(lost).toEqual([]);
  });

  it('in generated wire-like text, whose stories the streaming path gives alike, however the bytes come in chunks', async () => {
    await fc.assert(
      fc.asyncProperty(wireish, fc.integer({ min: 1, max: 64 }), async (text, size) => {
        const bytes = encode(text);
        expect(lostOf(bytes, 'generated')).toEqual([]);
        const stories = explainBytes(bytes).map((e) => e.story);
        expect([...storiesOfBytes(bytes)]).toEqual(stories);
        const streamed: Story[] = [];
        for await (const story of parseStream(chunked(bytes, size))) streamed.push(story);
        expect(streamed).toEqual(stories);
      }),
      { numRuns: 400 },
    );
  });

  it.skipIf(!existsSync(join(SHARED, 'corpora')))('in the seeds and the corpora', () => {
    const files = [
      ...filesBelow(join(SHARED, 'seeds')).filter((f) => f.endsWith('.txt')),
      ...filesBelow(join(SHARED, 'corpora/samples-dev')).filter((f) => f.endsWith('.txt')),
      ...readdirSync(join(SHARED, 'corpora/reuters21578/feed')).map((f) => join(SHARED, 'corpora/reuters21578/feed', f)),
      ...filesBelow(join(SHARED, 'corpora/reuters21578/plain')),
    ];
    const lost = files.flatMap((f) => lostOf(readFileSync(f), f.slice(SHARED.length)));
    expect(lost).toEqual([]);
  });
});
