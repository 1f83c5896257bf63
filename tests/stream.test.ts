/**
 * The streaming path must give exactly the stories of the whole-file path, however the input is
 * cut into chunks: both use the same boundary rules (StoryBoundaries) and line splitting.
 */
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/parse.js';
import { parseStream } from '../src/stories/stream.js';
import { LineSplitter, splitLines, type RawLine } from '../src/text/split-lines.js';
import type { BytesOptions } from '../src/parse.js';
import type { Story } from '../src/schema/story.js';
import { inventedFeed, inventedStory } from './support/cli.js';

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

const INPUTS: Record<string, Buffer> = {
  'plain stories, LF': Buffer.from(inventedFeed(12)),
  'framed stories, CRLF': Buffer.from(`${FRAMED}\r\n`),
  'lone CR line ends': Buffer.from(inventedFeed(3).replace(/\n/g, '\r')),
  'no final newline': Buffer.from(inventedFeed(2).trimEnd()),
  'empty input': Buffer.alloc(0),
  'UTF-8 with multibyte text': Buffer.from(inventedFeed(3).replace(/port/g, 'pört — 港口')),
  'UTF-8 BOM': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(inventedFeed(2))]),
  'UTF-16LE BOM': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(inventedFeed(2), 'utf16le')]),
  // Invalid UTF-8 in the first story: the whole input falls back in both paths.
  'Windows-1252 from the start': Buffer.from(inventedFeed(3).replace('port', 'p\xf6rt'), 'latin1'),
};

/** Each story's warnings about how it ends beside its neighbours (stories/continuity.ts). */
const continuity = (stories: Story[]) =>
  stories.map((s) => s.warnings.map((w) => w.code).filter((c) => c === 'text-after-footer' || c === 'unclosed-story'));

describe('parseStream', () => {
  for (const [name, bytes] of Object.entries(INPUTS)) {
    it(`gives the stories of parseBytes: ${name}`, async () => {
      const whole = parseBytes(bytes, { source: 'in.txt' });
      for (const size of [1, 2, 3, 5, 64, 65536]) {
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

  it('gives unclosed-story only on the whole-file parse, which sees the other stories of the file', async () => {
    const bytes = Buffer.from(`${inventedFeed(2)}${inventedStory(2).replace(' Reuter\n', '')}`);
    expect(continuity(parseBytes(bytes))).toEqual([[], [], ['unclosed-story']]);
    expect(continuity(await streamed(bytes, 5))).toEqual([[], [], []]);
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
