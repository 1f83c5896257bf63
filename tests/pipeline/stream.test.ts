/**
 * The streaming path must give exactly the stories of the whole-file path, however the input is
 * cut into chunks: both use the same boundary rules (StoryBoundaries) and line splitting.
 */
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/pipeline/parse.js';
import { InputRefused, MAX_STORY_CHARS, MAX_STORY_LINES, parseStream, storiesOfBytes } from '../../src/pipeline/stream.js';
import { UnclosedOnStream } from '../../src/stories/continuity.js';
import { LineSplitter } from '../../src/text/split-lines.js';
import { splitLines, type RawLine } from '../support/lines.js';
import type { BytesOptions } from '../../src/pipeline/parse.js';
import type { Story } from '../../src/schema/story.js';
import { inventedFeed, inventedStory } from '../support/cli.js';

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function streamed(bytes: Uint8Array, size: number, options: BytesOptions = {}): Promise<Story[]> {
  const out: Story[] = [];
  for await (const story of parseStream(chunks(bytes, size), options)) out.push(story);
  return out;
}

const FRAMED = [
  '\u0005\u0005\u0005A',
  '\u0016\u0016\u0001f0704\u001freute',
  'u f BC-TEA-AUCTION   03-02 0031',
  '\u0002',
  'TEA AUCTION PRICES FIRM',
  '    COLOMBO, March 2 - Prices at the weekly tea auction firmed on',
  'good demand, brokers said.',
  ' Reuter',
  '\u0003',
  '\u0005\u0005\u0005B',
  '\u0016\u0016\u0001f0705\u001freute',
  'u f BC-RUBBER-OUTPUT   03-02 0022',
  '\u0002',
  'RUBBER OUTPUT STEADY',
  '    KUALA LUMPUR, March 2 - Rubber output was steady in February.',
  ' Reuter',
  '\u0003',
].join('\r\n');

/** UTF-16LE bytes as UTF-16BE, and back. */
const swapped = (bytes: Buffer) => Buffer.from(bytes.map((_, i) => bytes[i ^ 1]!));

const INPUTS: Record<string, Buffer> = {
  'plain stories, LF': Buffer.from(inventedFeed(12)),
  'framed stories, CRLF': Buffer.from(`${FRAMED}\r\n`),
  'lone CR line ends': Buffer.from(inventedFeed(3).replace(/\n/g, '\r')),
  'no final newline': Buffer.from(inventedFeed(2).trimEnd()),
  'empty input': Buffer.alloc(0),
  'UTF-8 with multibyte text': Buffer.from(inventedFeed(3).replace(/port/g, 'pört — 港口')),
  'UTF-8 BOM': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(inventedFeed(2))]),
  'UTF-16LE BOM': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(inventedFeed(2), 'utf16le')]),
  'UTF-16BE BOM, text beyond the BMP': swapped(Buffer.from(`\ufeff${inventedFeed(2).replace(/port/g, 'port 𠮷')}`, 'utf16le')),
  'UTF-16LE without a BOM': Buffer.from(inventedFeed(2), 'utf16le'),
  'UTF-16BE without a BOM': swapped(Buffer.from(inventedFeed(2), 'utf16le')),
  // `항구` in EUC-KR: the whole input is read as EUC-KR in both paths.
  'EUC-KR Korean': Buffer.concat(inventedFeed(3).split('port').flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from([0xc7, 0xd7, 0xb1, 0xb8]), Buffer.from(part)]))),
  // Invalid UTF-8 in the first story: the whole input falls back in both paths.
  'Windows-1252 from the start': Buffer.from(inventedFeed(3).replace('port', 'p\xf6rt'), 'latin1'),
};

/** An invented story whose sign-off was lost. */
const openEnded = (n: number) => inventedStory(n).replace(' Reuter\n', '');

/** Each story's warnings about how it ends beside its neighbours (stories/continuity.ts). */
const continuity = (stories: Story[]) =>
  stories.map((s) => s.warnings.map((w) => w.code).filter((c) => c === 'text-after-footer' || c === 'unclosed-story'));

describe('parseStream', () => {
  for (const [name, bytes] of Object.entries(INPUTS)) {
    it(`gives the stories of parseBytes: ${name}`, async () => {
      const whole = parseBytes(bytes, { source: 'in.txt' });
      // UTF-16 without a mark is sniffed on the first chunk, which must hold a few code units.
      const sizes = name.includes('without a BOM') ? [64, 601, 65536] : [1, 2, 3, 5, 64, 65536];
      for (const size of sizes) {
        expect(await streamed(bytes, size, { source: 'in.txt' }), `chunks of ${size}`).toEqual(whole);
      }
    });
  }

  it('gives text-after-footer as the whole-file parse does, as each story is read', async () => {
    const bytes = Buffer.from(`${inventedFeed(2)}Lone words after the sign-off\n`);
    const whole = parseBytes(bytes);
    expect(continuity(whole)).toEqual([[], [], ['text-after-footer']]);
    expect(await streamed(bytes, 5)).toEqual(whole);
  });

  it('gives unclosed-story as the whole-file parse does, holding open-ended stories until a marker is seen', async () => {
    const cases: [string, string[][]][] = [
      // The last story lost its sign-off, after stories that have one.
      [`${inventedFeed(2)}${openEnded(2)}`, [[], [], ['unclosed-story']]],
      // Open-ended stories (cut by form feeds) before the first one with a marker: held, then warned.
      [`${openEnded(0)}\f\n${openEnded(1)}\f\n${inventedFeed(1, 2)}${openEnded(3)}`, [['unclosed-story'], ['unclosed-story'], [], ['unclosed-story']]],
      // No story has a marker: nothing is unclosed.
      [`${openEnded(0)}\f\n${openEnded(1)}`, [[], []]],
      // Stray text after the last sign-off is not an unclosed story.
      [`${inventedFeed(2)}Lone words after the sign-off\n`, [[], [], ['text-after-footer']]],
    ];
    for (const [text, expected] of cases) {
      const whole = parseBytes(Buffer.from(text));
      expect(continuity(whole), text).toEqual(expected);
      for (const size of [5, 4096]) expect(await streamed(Buffer.from(text), size), `chunks of ${size}: ${text}`).toEqual(whole);
    }
  });

  it('passes held open-ended stories on without the warning beyond the bound, and warns later ones', () => {
    const stories = parseBytes(Buffer.from(`${openEnded(0)}\f\n${openEnded(1)}\f\n${inventedFeed(1, 2)}${openEnded(3)}`));
    for (const story of stories) story.warnings = story.warnings.filter((w) => w.code !== 'unclosed-story');
    const unclosed = new UnclosedOnStream(8);
    const out: Story[] = [];
    for (const story of stories) unclosed.push(story, out);
    unclosed.end(out);
    // The first two (five lines each) were held past the bound of 8 lines before the marker came,
    // so they went on, in order, without the warning; the last, after the marker, has it.
    expect(out.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(continuity(out)).toEqual([[], [], [], ['unclosed-story']]);
  });

  it('honours a forced encoding', async () => {
    const bytes = Buffer.from(inventedFeed(2).replace('port', 'p\xe9rt'), 'latin1');
    expect(await streamed(bytes, 7, { encoding: 'latin1' })).toEqual(parseBytes(bytes, { encoding: 'latin1' }));
  });

  it('falls back to Windows-1252 from the story where invalid UTF-8 is met, and says so there', async () => {
    const first = Buffer.from(inventedFeed(2));
    const bytes = Buffer.concat([first, Buffer.from(inventedFeed(2, 2).replace('port', 'p\xf6rt'), 'latin1')]);
    const stories = await streamed(bytes, 16);
    expect(stories.map((s) => s.encoding)).toEqual(['utf-8', 'utf-8', 'windows-1252', 'windows-1252']);
    expect(stories.map((s) => s.warnings.some((w) => w.code === 'encoding-fallback'))).toEqual([false, false, true, true]);
    expect(stories[2]!.body[0]).toContain('pört');
  });

  it('hands each story on before the rest of the input has arrived', async () => {
    let released!: () => void;
    const gate = new Promise<void>((r) => (released = r));
    async function* slow(): AsyncGenerator<Uint8Array> {
      yield Buffer.from(inventedFeed(2));
      await gate;
      yield Buffer.from(inventedFeed(1, 2));
    }
    const iterator = parseStream(slow())[Symbol.asyncIterator]();
    // The first story is complete as soon as the second one begins, before the gate opens.
    expect((await iterator.next()).value?.index).toBe(0);
    released();
    const rest: number[] = [];
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) rest.push(next.value.index);
    expect(rest).toEqual([1, 2]);
  });
});

describe('storiesOfBytes', () => {
  for (const [name, bytes] of Object.entries(INPUTS)) {
    it(`gives the stories of parseBytes one at a time: ${name}`, () => {
      expect([...storiesOfBytes(bytes, { source: 'in.txt' })]).toEqual(parseBytes(bytes, { source: 'in.txt' }));
    });
  }
});

describe('the bounds of a stream', () => {
  const refusal = async (bytes: Buffer, size: number) => {
    try {
      await streamed(bytes, size);
    } catch (err) {
      return err instanceof InputRefused ? err.code : `not refused: ${String(err)}`;
    }
    return 'read';
  };
  const wholeRefusal = (bytes: Buffer) => {
    try {
      [...storiesOfBytes(bytes)];
    } catch (err) {
      return err instanceof InputRefused ? err.code : `not refused: ${String(err)}`;
    }
    return 'read';
  };

  it('refuses a story of more lines or text than the bound, streamed or whole, and reads one just under it', async () => {
    const lines = Buffer.from('x\n'.repeat(MAX_STORY_LINES + 10));
    const text = Buffer.from(`${'word '.repeat(MAX_STORY_CHARS / 5 + 10)}\n`);
    const under = Buffer.from('x\n'.repeat(MAX_STORY_LINES - 10));
    for (const bytes of [lines, text]) {
      expect(await refusal(bytes, 65536)).toBe('too-large');
      expect(wholeRefusal(bytes)).toBe('too-large');
    }
    expect(await refusal(under, 65536)).toBe('read');
    expect(wholeRefusal(under)).toBe('read');
  });

  it('refuses a NUL byte anywhere but in UTF-16', async () => {
    const late = Buffer.concat([Buffer.from(inventedFeed(400)), Buffer.from([0]), Buffer.from(inventedFeed(1))]);
    expect(await refusal(late, 4096)).toBe('binary-input');
    expect(wholeRefusal(late)).toBe('binary-input');
    const utf16 = Buffer.from(`\ufeff${inventedFeed(400)}`, 'utf16le');
    expect(await refusal(utf16, 4096)).toBe('read');
    expect(wholeRefusal(utf16)).toBe('read');
  });
});

describe('parseStream: UTF-16', () => {
  it('is decoded chunk by chunk, not read whole', async () => {
    let released!: () => void;
    const gate = new Promise<void>((r) => (released = r));
    const first = Buffer.from(`\ufeff${inventedFeed(2)}`, 'utf16le');
    async function* slow(): AsyncGenerator<Uint8Array> {
      // Cut inside a code unit, and big-endian: the decoder must carry the odd byte.
      const be = swapped(first);
      yield be.subarray(0, 601);
      yield be.subarray(601);
      await gate;
      yield swapped(Buffer.from(inventedFeed(1, 2), 'utf16le'));
    }
    const iterator = parseStream(slow())[Symbol.asyncIterator]();
    const story = (await iterator.next()).value;
    expect(story?.index).toBe(0);
    expect(story?.encoding).toBe('utf-16be');
    released();
    const rest: number[] = [];
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) rest.push(next.value.index);
    expect(rest).toEqual([1, 2]);
  });
});

describe('LineSplitter', () => {
  it('splits text pushed in pieces as splitLines splits the whole, CRLF across pieces included', () => {
    const text = 'one\r\ntwo\rthree\n\nfour\r\n';
    for (let cut = 0; cut <= text.length; cut++) {
      const splitter = new LineSplitter((no, raw): RawLine => ({ no, raw }));
      const out: RawLine[] = [];
      splitter.push(text.slice(0, cut), out);
      splitter.push(text.slice(cut), out);
      splitter.end(out);
      expect(out, `cut at ${cut}`).toEqual(splitLines(text));
    }
  });
});
