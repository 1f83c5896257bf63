/**
 * The pipeline over a stream, story by story: bytes arrive in chunks, are decoded and split into
 * lines as they come, and each story is parsed and handed on as soon as the next one begins
 * (StoryBoundaries, the same rules as `segment`). Memory holds one story's lines and one chunk,
 * not the input; stories without an end marker wait, up to a bound, until the stream shows
 * whether its stories carry markers (continuity.ts).
 *
 * Decoding is src/bytes/decode-stream.ts's: a stream is decoded as a whole file is, chunk by
 * chunk.
 */
import { decodeStream } from '../bytes/decode-stream.js';
import type { Decoding } from '../bytes/decode.js';
import { StoryReader, type BytesOptions } from './parse.js';
import type { Story } from '../schema/story.js';
import { UnclosedOnStream } from '../stories/continuity.js';

/** Parses a stream of bytes, yielding each story as soon as it is complete. */
export async function* parseStream(chunks: AsyncIterable<Uint8Array>, options: BytesOptions = {}): AsyncGenerator<Story> {
  const { decoding, texts } = decodeStream(chunks, options);
  yield* storiesOf(texts, decoding, options);
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
