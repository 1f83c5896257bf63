/**
 * A stream of bytes → a stream of text pieces, decoded as decodeBytes decodes a whole file, with
 * memory for one chunk and the detection window, not the input. A forced encoding, a byte-order
 * mark or BOM-less UTF-16 (sniffed on the first chunk) fixes the encoding from the start. Else
 * the text is read as strict UTF-8 while it is UTF-8; at the first block that is not, up to
 * DETECTION_WINDOW more bytes are read ahead and detectEncoding chooses the code page of the rest
 * on them (the window starts where a whole file's would: the line of the first byte above 0x7F).
 * Text handed on before stays UTF-8: the Decoding changes from the story that holds the first
 * invalid line on, and so do its warnings. A NUL in the text refuses the stream as binary there.
 */
import { BinaryInputError } from './binary.js';
import { decoderOf, unsureDoubt, type Decoding, type TextDecoderOf } from './decode.js';
import { DETECTION_WINDOW, detectEncoding, detectionStart } from './detect.js';
import { byteOrderMark, type EncodingName } from './encodings.js';
import { sniffUtf16 } from './utf16.js';

const LF = 10;
const CR = 13;

export interface StreamOptions {
  encoding?: EncodingName;
  /** The input's name, in the message of a refusal. */
  source?: string;
}

/**
 * Cuts chunks after their last line break, for strict UTF-8: a block never ends inside a
 * character (CR and LF bytes never occur inside one, in UTF-8 or in the code pages detected), so
 * a failure is told apart from a sequence that the next chunk completes.
 */
class LineBlocks {
  /** Bytes after the last line break seen: kept as parts so a long line is not copied again per chunk. */
  private carry: Uint8Array[] = [];

  /** The bytes up to the last line break in `chunk`, with those carried before it; null when it has none. */
  push(chunk: Uint8Array): Uint8Array | null {
    let cut = chunk.length;
    while (cut > 0 && chunk[cut - 1] !== LF && chunk[cut - 1] !== CR) cut--;
    if (cut === 0) {
      this.carry.push(chunk);
      return null;
    }
    const block = this.carry.length === 0 ? chunk.subarray(0, cut) : Buffer.concat([...this.carry, chunk.subarray(0, cut)]);
    this.carry = cut === chunk.length ? [] : [chunk.subarray(cut)];
    return block;
  }

  /** The bytes carried after the last line break, taken out. */
  rest(): Uint8Array {
    const rest = this.carry.length === 1 ? this.carry[0]! : Buffer.concat(this.carry);
    this.carry = [];
    return rest;
  }
}

/** Reads from `source` until at least `n` bytes are in hand (or the stream ends). */
async function readAtLeast(source: AsyncIterator<Uint8Array>, parts: Uint8Array[], n: number): Promise<{ bytes: Uint8Array; done: boolean }> {
  let length = parts.reduce((sum, part) => sum + part.length, 0);
  let done = false;
  while (length < n) {
    const next = await source.next();
    if (next.done) {
      done = true;
      break;
    }
    parts.push(next.value);
    length += next.value.length;
  }
  return { bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts), done };
}

/**
 * The decoding of `chunks`, and its text piece by piece. `decoding` is settled before the first
 * piece is handed on, and may change later (see above): read it as each story is made.
 */
export function decodeStream(chunks: AsyncIterable<Uint8Array>, options: StreamOptions = {}): { decoding: Decoding; texts: AsyncGenerator<string> } {
  const decoding: Decoding = { encoding: options.encoding ?? 'utf-8', fellBack: false, doubts: [] };
  const textOnly = (text: string) => {
    if (text.includes('\0')) throw new BinaryInputError(options.source);
    return text;
  };

  async function* texts(): AsyncGenerator<string> {
    const source = chunks[Symbol.asyncIterator]();
    // The first chunk, or the first three bytes if it is shorter (a byte-order mark): waiting for
    // more would hold back the first story of a slow feed.
    let { bytes: head, done } = await readAtLeast(source, [], 3);
    let fixed: EncodingName | undefined = options.encoding;
    if (fixed === undefined) {
      const mark = byteOrderMark(head);
      // The UTF-8 mark is not text (decodeBytes drops it too); TextDecoder drops UTF-16's.
      if (mark?.encoding === 'utf-8') head = head.subarray(3);
      fixed = mark?.encoding ?? sniffUtf16(head) ?? undefined;
    }
    let decoder: TextDecoderOf | null = null;
    if (fixed !== undefined) {
      decoding.encoding = fixed;
      decoder = decoderOf(fixed, decoding.doubts);
      yield textOnly(decoder.decode(head));
    } else {
      const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
      const blocks = new LineBlocks();
      /** The chunk to read next; undefined once the stream has ended and what it carried is read. */
      let chunk: Uint8Array | undefined = head;
      for (;;) {
        const block = chunk === undefined ? blocks.rest() : blocks.push(chunk);
        let text: string | null = '';
        try {
          if (block !== null) text = strict.decode(block);
        } catch {
          text = null;
        }
        if (text === null) {
          // Not UTF-8: read ahead for the detection window, then decode the rest in its code page.
          const ahead = await readAtLeast(source, [block!, ...(chunk === undefined ? [] : [blocks.rest()])], detectionStart(block!) + DETECTION_WINDOW);
          done ||= ahead.done;
          const detection = detectEncoding(ahead.bytes);
          decoding.encoding = detection.encoding;
          decoding.fellBack = true;
          decoding.doubts.push(...unsureDoubt(detection));
          decoder = decoderOf(detection.encoding, decoding.doubts);
          yield textOnly(decoder.decode(ahead.bytes));
          break;
        }
        if (text !== '') yield textOnly(text);
        if (chunk === undefined) break;
        const next = done ? null : await source.next();
        if (next === null || next.done) {
          done = true;
          chunk = undefined;
        } else chunk = next.value;
      }
    }
    if (decoder === null) return;
    while (!done) {
      const next = await source.next();
      if (next.done) done = true;
      else yield textOnly(decoder.decode(next.value));
    }
    yield textOnly(decoder.end());
  }

  return { decoding, texts: texts() };
}
