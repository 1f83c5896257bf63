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
import { decodeAs, decodeFallback, looksBinary, sniffUtf16, Utf16Decoder, type EncodingName } from '../bytes/decode.js';
import { PIECE, StoryReader, wholeText, type BytesOptions, type Decoding } from './parse.js';
import type { Story } from '../schema/story.js';
import { UnclosedOnStream } from '../stories/continuity.js';

/** Why an input gives no (more) stories: said by the commands with the input's name. */
export class InputRefused extends Error {
  constructor(
    readonly code: 'binary-input' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

/** What the commands say of a binary input. */
export const BINARY_INPUT = 'binary file (NUL bytes), skipped';

/**
 * The most text (and lines) one story, or one line still without its end, may hold. Parsing a
 * story holds its lines, their parts and its rendering at once, many times its size (a story of
 * a million short lines took 280 MB): with these bounds a run stays within 200 MB whatever the
 * input, and an input with a larger story is refused rather than ending the process out of
 * memory. A wire story is a few kilobytes; 2 MiB is some 300 pages.
 */
export const MAX_STORY_CHARS = 2 * 1024 * 1024;
export const MAX_STORY_LINES = 100_000;

function tooLarge(line: number): InputRefused {
  return new InputRefused('too-large', `the story from line ${line} on is longer than ${MAX_STORY_CHARS / (1024 * 1024)} MiB or ${MAX_STORY_LINES.toLocaleString('en')} lines; not read (split the input)`);
}

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
  let carried = 0;
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
        carried += chunk.length;
        // A line without end is held whole until its end comes: bounded as a story is.
        if (carried > MAX_STORY_CHARS) throw new InputRefused('too-large', `a line is longer than ${MAX_STORY_CHARS / (1024 * 1024)} MiB; not read (split the input)`);
        return '';
      }
      carried = chunk.length - cut;
      const block = carry.length === 0 ? chunk.subarray(0, cut) : Buffer.concat([...carry, chunk.subarray(0, cut)]);
      carry = cut === chunk.length ? [] : [chunk.subarray(cut)];
      return decodeBlock(block);
    },
    end() {
      const rest = Buffer.concat(carry);
      carry = [];
      carried = 0;
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

/**
 * The encoding the first bytes of a stream declare or show: a forced one, a byte-order mark, or
 * UTF-16 without a mark, sniffed as decodeBytes sniffs a whole file, on the even bytes of the
 * first chunk (the parity of the whole is not known yet). Undefined: UTF-8 with its fallback.
 */
function streamEncoding(head: Uint8Array, done: boolean, forced: EncodingName | undefined): EncodingName | undefined {
  if (forced !== undefined) return forced;
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(head, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(head, [0xfe, 0xff])) return 'utf-16be';
  return sniffUtf16(done ? head : head.subarray(0, head.length & ~1)) ?? undefined;
}

const isUtf16 = (encoding: EncodingName | undefined) => encoding === 'utf-16le' || encoding === 'utf-16be';

/**
 * Text pieces → stories, through the reader the whole-text parse uses, with unclosed-story
 * given as a stream allows (UnclosedOnStream) and each story bounded (MAX_STORY_CHARS).
 */
export class TextStories {
  private readonly reader: StoryReader;
  private readonly unclosed = new UnclosedOnStream();
  private readonly read: Story[] = [];
  /** Text read since the last story was complete, and the line that story ended on. */
  private pending = 0;
  private lastLine = 0;

  constructor(options: BytesOptions, decoding: Decoding) {
    this.reader = new StoryReader(options, decoding);
  }

  /** Reads a piece of text; the stories that can go on are appended to `out`. */
  push(text: string, out: Story[]): void {
    this.reader.push(text, this.read);
    if (this.read.length === 0) {
      this.pending += text.length;
      if (this.pending > MAX_STORY_CHARS || this.reader.gatheredLines > MAX_STORY_LINES) throw tooLarge(this.lastLine + 1);
      return;
    }
    this.pending = 0;
    this.pass(out);
  }

  end(out: Story[]): void {
    this.reader.end(this.read);
    this.pass(out);
    this.unclosed.end(out);
  }

  private pass(out: Story[]): void {
    for (const story of this.read) this.unclosed.push(story, out);
    this.lastLine = this.read[this.read.length - 1]?.lines.end ?? this.lastLine;
    this.read.length = 0;
  }
}

/**
 * Bytes pushed chunk by chunk → stories. The encoding is taken from the first bytes
 * (streamEncoding); unless it is UTF-16, a NUL byte anywhere makes the input binary, and it is
 * refused from there on (InputRefused).
 */
export class ByteStories {
  private head: Uint8Array[] = [];
  private headLength = 0;
  private decoder: ChunkDecoder | null = null;
  private text: TextStories | null = null;
  private nulIsBinary = true;

  constructor(private readonly options: BytesOptions) {}

  push(chunk: Uint8Array, out: Story[]): void {
    if (this.decoder !== null) {
      this.feed(chunk, out);
      return;
    }
    // The first chunk, or the first three bytes if it is shorter (a byte-order mark): waiting for
    // more would hold back the first story of a slow feed.
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength >= 3) this.start(false, out);
  }

  end(out: Story[]): void {
    if (this.decoder === null) this.start(true, out);
    this.text!.push(this.decoder!.end(), out);
    this.text!.end(out);
  }

  private start(done: boolean, out: Story[]): void {
    let head = this.head.length === 1 ? this.head[0]! : Buffer.concat(this.head);
    this.head = [];
    const encoding = streamEncoding(head, done, this.options.encoding);
    this.nulIsBinary = !isUtf16(encoding);
    // The even bytes are judged, as streamEncoding sniffs them: a pipe's first chunk may end
    // inside a UTF-16 code unit.
    if (looksBinary(head.subarray(0, done ? head.length : head.length & ~1))) throw new InputRefused('binary-input', BINARY_INPUT);
    if (encoding === undefined) this.decoder = sniffingDecoder();
    else if (encoding === 'utf-8' && this.options.encoding === undefined) {
      // The mark is not text: decodeBytes drops it too.
      this.decoder = fixedDecoder('utf-8');
      head = head.subarray(3);
    } else this.decoder = fixedDecoder(encoding);
    this.text = new TextStories(this.options, this.decoder.decoding);
    this.feed(head, out);
  }

  private feed(chunk: Uint8Array, out: Story[]): void {
    if (this.nulIsBinary && chunk.indexOf(0) !== -1) throw new InputRefused('binary-input', BINARY_INPUT);
    this.text!.push(this.decoder!.decode(chunk), out);
  }
}

/** Parses a stream of bytes, yielding each story as soon as it is complete. */
export async function* parseStream(chunks: AsyncIterable<Uint8Array>, options: BytesOptions = {}): AsyncGenerator<Story> {
  const reader = new ByteStories(options);
  const out: Story[] = [];
  for await (const chunk of chunks) {
    reader.push(chunk, out);
    if (out.length === 0) continue;
    yield* out;
    out.length = 0;
  }
  reader.end(out);
  yield* out;
}

/**
 * Whether a whole input is binary: NUL bytes anywhere, unless it is UTF-16 (marked, sniffed or
 * forced), whose ASCII has a NUL in every code unit.
 */
export function isBinary(bytes: Uint8Array, forced?: EncodingName): boolean {
  if (isUtf16(forced) || isUtf16(streamEncoding(bytes, true, undefined))) return false;
  return looksBinary(bytes) || bytes.indexOf(0) !== -1;
}

/**
 * The stories of a whole input read into memory, handed on one at a time as they are parsed:
 * decoded as parseBytes decodes it (the encoding judged on all of it), parsed as the stream is.
 */
export function* storiesOfBytes(bytes: Uint8Array, options: BytesOptions = {}): Generator<Story> {
  if (isBinary(bytes, options.encoding)) throw new InputRefused('binary-input', BINARY_INPUT);
  const text = wholeText(bytes, options);
  const reader = new TextStories(options, text.decoding);
  const out: Story[] = [];
  for (let at = 0; at < text.length; at += PIECE) {
    reader.push(text.piece(at, Math.min(text.length, at + PIECE)), out);
    if (out.length === 0) continue;
    yield* out;
    out.length = 0;
  }
  reader.end(out);
  yield* out;
}
