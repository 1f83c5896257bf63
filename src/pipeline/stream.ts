/**
 * The pipeline over a stream, story by story: bytes arrive in chunks, are decoded and split into
 * lines as they come, and each story is parsed and handed on as soon as the next one begins
 * (StoryBoundaries, the same rules as `segment`). Memory holds one story's lines and one chunk,
 * not the input; stories without an end marker wait, up to a bound, until the stream shows
 * whether its stories carry markers (continuity.ts).
 *
 * Decoding follows decodeBytes: a byte-order mark or a forced encoding wins, else strict UTF-8
 * with an EUC-KR or Windows-1252 fallback. A whole file can be checked before anything is
 * parsed; a stream cannot, so the fallback starts where the first invalid UTF-8 is met: the stories handed on
 * before stay UTF-8, and the story holding that line and every later one carry the
 * `encoding-fallback` warning. UTF-16, marked or sniffed from the first chunk, is decoded chunk by
 * chunk too (Utf16Decoder keeps a code unit cut between chunks).
 */
import { decodeAs, decodeFallback, sniffUtf16, Utf16Decoder, type EncodingName } from '../bytes/decode.js';
import { StoryReader, type BytesOptions, type Decoding } from './parse.js';
import type { Story } from '../schema/story.js';
import { UnclosedOnStream } from '../stories/continuity.js';

const LF = 10;
const CR = 13;

/** Turns byte chunks into text pieces, and says which encoding the text came from. */
interface ChunkDecoder {
  decoding: Decoding;
  decode(chunk: Uint8Array): string;
  end(): string;
}

/**
 * Strict UTF-8 falling back to what decodeFallback makes of the first block that is not UTF-8
 * (EUC-KR or Windows-1252). Chunks are cut after their last line break so that a block never ends
 * inside a UTF-8 sequence or an EUC-KR pair (CR and LF bytes never occur inside either) and a
 * failure can be told apart from a sequence that continues in the next chunk.
 */
function sniffingDecoder(): ChunkDecoder {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const decoding: Decoding = { encoding: 'utf-8', fellBack: false };
  /** Bytes after the last line break seen: kept as parts so a long line is not copied again per chunk. */
  let carry: Uint8Array[] = [];
  /** The encoding read since the first block that was not UTF-8. */
  let fallback: EncodingName | null = null;
  const decodeBlock = (block: Uint8Array): string => {
    if (fallback !== null) return decodeAs(block, fallback).text;
    try {
      return strict.decode(block);
    } catch {
      const decoded = decodeFallback(block);
      fallback = decoded.encoding;
      decoding.encoding = fallback;
      decoding.fellBack = true;
      return decoded.text;
    }
  };
  return {
    decoding,
    decode(chunk) {
      let cut = chunk.length;
      while (cut > 0 && chunk[cut - 1] !== LF && chunk[cut - 1] !== CR) cut--;
      if (cut === 0) {
        carry.push(chunk);
        return '';
      }
      const block = carry.length === 0 ? chunk.subarray(0, cut) : Buffer.concat([...carry, chunk.subarray(0, cut)]);
      carry = cut === chunk.length ? [] : [chunk.subarray(cut)];
      return decodeBlock(block);
    },
    end() {
      const rest = Buffer.concat(carry);
      carry = [];
      return rest.length === 0 ? '' : decodeBlock(rest);
    },
  };
}

function fixedDecoder(encoding: EncodingName): ChunkDecoder {
  const decoding: Decoding = { encoding, fellBack: false };
  if (encoding === 'utf-8') {
    // Forced UTF-8 is lenient, as in decodeBytes; the streaming decoder keeps split sequences.
    const lenient = new TextDecoder('utf-8');
    return { decoding, decode: (chunk) => lenient.decode(chunk, { stream: true }), end: () => lenient.decode() };
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const utf16 = new Utf16Decoder(encoding);
    return { decoding, decode: (chunk) => utf16.decode(chunk), end: () => utf16.end() };
  }
  return { decoding, decode: (chunk) => decodeAs(chunk, encoding).text, end: () => '' };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Reads from `chunks` until at least `n` bytes are in hand (or the stream ends). */
async function readHead(source: AsyncIterator<Uint8Array>, n: number): Promise<{ head: Uint8Array; done: boolean }> {
  const parts: Uint8Array[] = [];
  let length = 0;
  while (length < n) {
    const next = await source.next();
    if (next.done) return { head: Buffer.concat(parts), done: true };
    parts.push(next.value);
    length += next.value.length;
  }
  return { head: parts.length === 1 ? parts[0]! : Buffer.concat(parts), done: false };
}

/**
 * The encoding the first bytes of a stream declare or show: a forced one, a byte-order mark, or
 * UTF-16 without a mark, sniffed as decodeBytes sniffs a whole file, on the even bytes of the
 * first chunk (the parity of the whole is not known yet; the CLI's binary check reads the same
 * chunk). Undefined: UTF-8 with its fallback.
 */
function streamEncoding(head: Uint8Array, done: boolean, forced: EncodingName | undefined): EncodingName | undefined {
  if (forced !== undefined) return forced;
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(head, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(head, [0xfe, 0xff])) return 'utf-16be';
  return sniffUtf16(done ? head : head.subarray(0, head.length & ~1)) ?? undefined;
}

/** Parses a stream of bytes, yielding each story as soon as it is complete. */
export async function* parseStream(chunks: AsyncIterable<Uint8Array>, options: BytesOptions = {}): AsyncGenerator<Story> {
  const source = chunks[Symbol.asyncIterator]();
  // The first chunk, or the first three bytes if it is shorter (a byte-order mark): waiting for
  // more would hold back the first story of a slow feed.
  let { head, done } = await readHead(source, 3);
  const encoding = streamEncoding(head, done, options.encoding);
  let decoder: ChunkDecoder;
  if (encoding === undefined) decoder = sniffingDecoder();
  else if (encoding === 'utf-8' && options.encoding === undefined) {
    // The mark is not text: decodeBytes drops it too.
    decoder = fixedDecoder('utf-8');
    head = head.subarray(3);
  } else decoder = fixedDecoder(encoding);

  async function* texts(): AsyncGenerator<string> {
    yield decoder.decode(head);
    while (!done) {
      const next = await source.next();
      if (next.done) done = true;
      else yield decoder.decode(next.value);
    }
    yield decoder.end();
  }
  yield* storiesOf(texts(), decoder.decoding, options);
}

/** Text pieces → stories, through the reader the whole-text parse uses. */
async function* storiesOf(texts: AsyncIterable<string>, decoding: Decoding, options: BytesOptions): AsyncGenerator<Story> {
  const reader = new StoryReader(options, decoding);
  const unclosed = new UnclosedOnStream();
  const read: Story[] = [];
  const ready: Story[] = [];
  for await (const text of texts) {
    reader.push(text, read);
    for (const story of read) unclosed.push(story, ready);
    read.length = 0;
    yield* ready;
    ready.length = 0;
  }
  reader.end(read);
  for (const story of read) unclosed.push(story, ready);
  unclosed.end(ready);
  yield* ready;
}
