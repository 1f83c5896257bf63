/**
 * The pipeline over a stream, story by story: bytes arrive in chunks, are decoded and split into
 * lines as they come, and each story is parsed and handed on as soon as the next one begins
 * (StoryBoundaries, the same rules as `segment`). Memory holds one story's lines and one chunk,
 * not the input; stories without an end marker wait, up to a bound, until the stream shows
 * whether its stories carry markers (continuity.ts).
 *
 * Decoding is src/bytes/decode-stream.ts's: a stream is decoded as a whole file is, chunk by
 * chunk. Whole inputs read into memory (storiesOfBytes) are decoded on all their bytes first and
 * then parsed by the same reader, so both hand stories on one at a time.
 */
import { StreamDecoder } from '../bytes/decode-stream.js';
import { BINARY_INPUT, InputRefused, looksBinary } from '../bytes/decode.js';
import { StoryReader, wholeText, type BytesOptions, type Decoding, type PiecedText } from './parse.js';
import type { Story } from '../schema/story.js';
import { UnclosedOnStream } from '../stories/continuity.js';

export { BINARY_INPUT, InputRefused };

/**
 * The most text (and lines) one story, or one line still without its end, may hold. Parsing a
 * story holds its lines, their parts and its rendering at once, many times its size (a story of
 * a million short lines took 280 MB): with these bounds a run stays within about 200 MB whatever the
 * input, and an input with a larger story is refused rather than ending the process out of
 * memory. A wire story is a few kilobytes; 2 MiB is some 300 pages.
 */
export const MAX_STORY_CHARS = 2 * 1024 * 1024;
export const MAX_STORY_LINES = 100_000;

function tooLarge(line: number): InputRefused {
  return new InputRefused('too-large', `the story from line ${line} on is longer than ${MAX_STORY_CHARS / (1024 * 1024)} MiB or ${MAX_STORY_LINES.toLocaleString('en')} lines; not read (split the input)`);
}

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
 * The most text the reader is given at a time, so that a story is handed on soon after it is
 * parsed. The stories completed by one piece are all alive until the last of them is written: a
 * whole chunk of one-line stories made tens of thousands at once, which outlived
 * young-generation collections, were promoted, and grew the old generation before a full
 * collection freed them. A smaller piece keeps tiny stories young, and wire stories of a few
 * kilobytes are read as fast (bench/RESULTS.md, "Comment figures moved here").
 */
export const STORY_PIECE = 4 * 1024;

/**
 * Reads a text a piece at a time, handing on the stories of each piece before the next is read;
 * with `last`, the text ends the input, and the stories it leaves waiting follow. (The end is
 * read here rather than by the caller: storiesOfBytes, a generator around this one, was
 * optimized while the code after its loop had never run, and thrown away when it first did.)
 */
function* storiesOfText(reader: TextStories, text: Pick<PiecedText, 'length' | 'piece'>, out: Story[], last: boolean): Generator<Story> {
  for (let at = 0; at < text.length; at += STORY_PIECE) {
    reader.push(text.piece(at, Math.min(text.length, at + STORY_PIECE)), out);
    yield* out;
    out.length = 0;
  }
  if (!last) return;
  reader.end(out);
  yield* out;
  out.length = 0;
}

const stringText = (text: string): Pick<PiecedText, 'length' | 'piece'> => ({ length: text.length, piece: (from, to) => text.slice(from, to) });

/**
 * Parses a stream of bytes, yielding for each chunk read the stories it completes, as a run read
 * a piece at a time: a story is parsed as its run is iterated, and handed on at once. A caller
 * reads each run to its end before it asks for the next (the runs share the reader). One await
 * a chunk rather than one a story: a wire story is a kilobyte or two, a chunk 64 KiB. A binary
 * input or a story over the bounds is refused there (InputRefused).
 */
export async function* parseStreamRuns(chunks: AsyncIterable<Uint8Array>, options: BytesOptions = {}): AsyncGenerator<Iterable<Story>> {
  const decoder = new StreamDecoder({ encoding: options.encoding, maxLineBytes: MAX_STORY_CHARS });
  const reader = new TextStories(options, decoder.decoding);
  const out: Story[] = [];
  for await (const chunk of chunks) yield storiesOfText(reader, stringText(decoder.push(chunk)), out, false);
  yield storiesOfText(reader, stringText(decoder.end()), out, true);
}

/** Parses a stream of bytes, yielding each story as soon as it is complete (parseStreamRuns). */
export async function* parseStream(chunks: AsyncIterable<Uint8Array>, options: BytesOptions = {}): AsyncGenerator<Story> {
  for await (const run of parseStreamRuns(chunks, options)) yield* run;
}

/**
 * The stories of a whole input read into memory, handed on one at a time as they are parsed:
 * decoded as parseBytes decodes it (the encoding judged on all of it), parsed as the stream is.
 * A binary input is refused (InputRefused) at the call, before any story.
 */
export function storiesOfBytes(bytes: Uint8Array, options: BytesOptions = {}): Generator<Story> {
  // Forced UTF-16 spells every ASCII letter with a NUL; looksBinary judges marked and sniffed UTF-16 itself.
  const utf16 = options.encoding === 'utf-16le' || options.encoding === 'utf-16be';
  if (!utf16 && looksBinary(bytes)) throw new InputRefused('binary-input', BINARY_INPUT);
  const text = wholeText(bytes, options);
  return storiesOfText(new TextStories(options, text.decoding), text, [], true);
}
