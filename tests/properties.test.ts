/**
 * Property-based tests (fast-check) over arbitrary text and bytes, over text built from the
 * pieces wire copy is made of, and over generated feeds of wire stories:
 * - the parser never throws;
 * - lossless: the `layout` runs of all stories cover every line of the input exactly once, in
 *   order, and only blank lines are ignored as `blank`;
 * - a story's JSON read back through the zod schema is the same story;
 * - a generated feed yields one story per end marker or transmission.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toLine } from '../src/lines/line.js';
import { parseBytes, parseText } from '../src/pipeline/parse.js';
import { Story } from '../src/schema/story.js';
import { splitLines } from './support/lines.js';
import { wireish } from './support/wire-pieces.js';

const RUNS = { numRuns: 300 };

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), wireish);

/** The invariants every parse must keep. */
function expectLossless(text: string): void {
  const stories = parseText(text, { source: 'prop' });
  const lines = splitLines(text);
  const covered: number[] = [];
  for (const story of stories) {
    for (const run of story.layout) {
      for (let no = run.start; no <= run.end; no++) {
        covered.push(no);
        if (run.part === 'ignored' && run.reason === 'blank') expect(toLine(no, lines[no - 1]!.raw).blank, `line ${no}`).toBe(true);
      }
    }
  }
  expect(covered).toEqual(lines.map((l) => l.no));
}

describe('over arbitrary and wire-like text', () => {
  it('the parser never throws, on text or on bytes', () => {
    fc.assert(fc.property(anyText, (text) => void parseText(text)), RUNS);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void parseBytes(bytes)), RUNS);
  });

  it('lossless: every line lands in exactly one layout run, in order', () => {
    fc.assert(fc.property(anyText, (text) => expectLossless(text)), RUNS);
  });

  it('ASCII bytes, read a piece at a time, give the stories of their text read whole', () => {
    // Filler puts the text's line breaks (a CRLF among them) on and around the 16 KiB piece edge.
    const filler = (length: number) => 'Harbour news\r\n'.repeat(Math.ceil(length / 14)).slice(0, length);
    fc.assert(
      fc.property(fc.integer({ min: 16_370, max: 16_400 }), wireish, (edge, tail) => {
        const text = filler(edge) + tail.replace(/[^\x00-\x7f]/g, '?');
        expect(parseBytes(Buffer.from(text, 'latin1'))).toEqual(parseText(text));
      }),
      { numRuns: 60 },
    );
  });

  it("a story's JSON read back through the schema is the same story", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const story of parseText(text)) expect(Story.parse(JSON.parse(JSON.stringify(story)))).toEqual(story);
      }),
      RUNS,
    );
  });
});

// -- generated wire stories -------------------------------------------------------------------

const WORDS = ['harbour', 'council', 'river', 'bridge', 'market', 'school', 'festival', 'railway', 'farmers', 'museum', 'quietly', 'announced', 'opened', 'twelve'];
const PLACES = ['SEOUL', 'BUSAN', 'NEW YORK', 'BEIJING', 'LONDON'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'Oct.', 'Dec.'];

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 })
  .map((w) => `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
const headline = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 7 }).map((w) => w.join(' ').replace(/^./, (c) => c.toUpperCase()));
const dateline = fc
  .record({ place: fc.constantFrom(...PLACES), month: fc.constantFrom(...MONTHS), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ place, month, day }) => `${place}, ${month} ${day} (Yonhap) -- `);

interface GeneratedStory {
  headline: string;
  byline: string | null;
  dateline: string;
  paragraphs: string[];
  blankBetween: boolean;
}

const story: fc.Arbitrary<GeneratedStory> = fc.record({
  headline,
  byline: fc.option(fc.constantFrom('By Jane Roe', 'By Kim Min-ji'), { nil: null }),
  dateline,
  paragraphs: fc.array(sentence, { minLength: 1, maxLength: 5 }),
  blankBetween: fc.boolean(),
});

function storyLines(s: GeneratedStory): string[] {
  const between = s.blankBetween ? [''] : [];
  const body = s.paragraphs.flatMap((p, i) => [...(i > 0 ? between : []), i === 0 ? `${s.dateline}${p}` : p]);
  return [s.headline, ...(s.byline ? [s.byline] : []), ...between, ...body];
}

const EOL = fc.constantFrom('\n', '\r\n', '\r');

describe('over generated feeds', () => {
  it('stories closed by end markers: one story per (END), each read whole', () => {
    fc.assert(
      fc.property(fc.array(story, { minLength: 1, maxLength: 6 }), EOL, (stories, eol) => {
        const text = stories.map((s) => [...storyLines(s), '(END)', ''].join(eol)).join(eol);
        const parsed = parseText(text);
        expect(parsed).toHaveLength(stories.length);
        parsed.forEach((p, i) => {
          const s = stories[i]!;
          expect(p.headline).toBe(s.headline);
          expect(p.byline).toBe(s.byline);
          expect(p.dateline?.text).toBe(s.dateline.trim());
          expect(p.footer.endMarker).toBe('(END)');
          expect(p.body.join(' ')).toBe(s.paragraphs.join(' '));
        });
        expectLossless(text);
      }),
      { numRuns: 150 },
    );
  });

  it('framed transmissions: one story per SOH ... ETX', () => {
    fc.assert(
      fc.property(fc.array(story, { minLength: 1, maxLength: 6 }), (stories) => {
        const text = stories
          .map((s, i) => [`\u0016\u0016\u0001a${String(1000 + i)}\u001fAAA`, `r f BC-STORY-${i} 11-13 0${100 + i}`, `\u0002${s.headline}`, ...storyLines(s).slice(1), '\u0003', ''].join('\n'))
          .join('');
        const parsed = parseText(text);
        expect(parsed).toHaveLength(stories.length);
        parsed.forEach((p, i) => {
          expect(p.transmission?.keyword).toBe(`BC-STORY-${i}`);
          expect(p.headline).toBe(stories[i]!.headline);
          expect(p.warnings.map((w) => w.code)).not.toContain('unclosed-transmission');
        });
        expectLossless(text);
      }),
      { numRuns: 150 },
    );
  });
});
