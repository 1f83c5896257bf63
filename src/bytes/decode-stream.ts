/**
 * A stream of bytes → text, pushed chunk by chunk, decoded as decodeBytes decodes a whole file,
 * with memory for one chunk and the detection window, not the input. A forced encoding, a
 * byte-order mark or BOM-less UTF-16 (sniffed on the first chunk) fixes the encoding from the
 * start. Else the text is read as strict UTF-8 while it is UTF-8; at the first block that is not,
 * up to DETECTION_WINDOW more bytes are held and detectEncoding chooses the code page of the rest
 * on them (the window starts where a whole file's would: the line of the first byte above 0x7F).
 * Text handed on before stays UTF-8: the Decoding changes from the story that holds the first
 * invalid line on, and so do its warnings. A NUL in the text refuses the stream as binary there.
 *
 * It is pushed rather than pulled so that the commands can feed it from a file descriptor, a
 * pipe or a worker's message alike, and stop it between two chunks when a signal comes.
 */
import { decoderOf, unsureDoubt, type Decoding, type TextDecoderOf } from './decode.js';
import { DETECTION_WINDOW, detectEncoding, detectionStart } from './detect.js';
import { byteOrderMark, type EncodingName } from './encodings.js';
import { binaryInput, InputRefused } from './refused.js';
import { sniffUtf16 } from './utf16.js';

const LF = 10;
const CR = 13;

export interface StreamOptions {
  encoding?: EncodingName;
  /**
   * The most bytes a line may hold before its end is seen while the encoding is still being
   * judged: a stream without line breaks would otherwise be held whole.
   */
  maxLineBytes?: number;
}

const MIB = 1024 * 1024;
const sizeOf = (bytes: number): string => (bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${bytes} bytes`);
const concat = (parts: Uint8Array[]): Uint8Array => (parts.length === 1 ? parts[0]! : Buffer.concat(parts));
const total = (parts: readonly Uint8Array[]): number => parts.reduce((sum, part) => sum + part.length, 0);

/**
 * Cuts chunks after their last line break, for strict UTF-8: a block never ends inside a
 * character (CR and LF bytes never occur inside one, in UTF-8 or in the code pages detected), so
 * a failure is told apart from a sequence that the next chunk completes.
 */
class LineBlocks {
  /** Bytes after the last line break seen: kept as parts so a long line is not copied again per chunk. */
  private carry: Uint8Array[] = [];
  private carried = 0;

  constructor(private readonly maxLineBytes: number) {}

  /** The bytes up to the last line break in `chunk`, with those carried before it; null when it has none. */
  push(chunk: Uint8Array): Uint8Array | null {
    let cut = chunk.length;
    while (cut > 0 && chunk[cut - 1] !== LF && chunk[cut - 1] !== CR) cut--;
    if (cut === 0) {
      this.carry.push(chunk);
      this.carried += chunk.length;
      if (this.carried > this.maxLineBytes) throw new InputRefused('too-large', `a line is longer than ${sizeOf(this.maxLineBytes)}; not read (split the input)`);
      return null;
    }
    const block = this.carry.length === 0 ? chunk.subarray(0, cut) : Buffer.concat([...this.carry, chunk.subarray(0, cut)]);
    this.carry = cut === chunk.length ? [] : [chunk.subarray(cut)];
    this.carried = chunk.length - cut;
    return block;
  }

  /** The bytes carried after the last line break, taken out. */
  rest(): Uint8Array[] {
    const rest = this.carry;
    this.carry = [];
    this.carried = 0;
    return rest;
  }
}

/**
 * Where the decoder is: gathering the first bytes (a mark needs three), reading strict UTF-8,
 * holding the detection window after the first block that is not UTF-8, or decoding with an
 * encoding fixed from then on.
 */
type State =
  | { kind: 'head'; parts: Uint8Array[] }
  | { kind: 'utf-8'; blocks: LineBlocks }
  | { kind: 'window'; parts: Uint8Array[]; held: number; until: number }
  | { kind: 'fixed'; decoder: TextDecoderOf };

export class StreamDecoder {
  /** Settled before the first text is handed on; may change later (see above): read it as each story is made. */
  readonly decoding: Decoding;
  private state: State = { kind: 'head', parts: [] };
  private readonly strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  constructor(private readonly options: StreamOptions = {}) {
    this.decoding = { encoding: options.encoding ?? 'utf-8', fellBack: false, doubts: [] };
  }

  /** The text of `chunk` that can be decoded now ('' while bytes are held). */
  push(chunk: Uint8Array): string {
    const state = this.state;
    switch (state.kind) {
      case 'head':
        state.parts.push(chunk);
        // The first chunk, or the first three bytes if it is shorter (a byte-order mark): waiting
        // for more would hold back the first story of a slow feed.
        return total(state.parts) >= 3 ? this.start(concat(state.parts), false) : '';
      case 'utf-8':
        // Bytes are judged for NUL as they come, before they are decoded: a stream of NULs
        // without a line break is binary at once, not at its end. Neither UTF-8 nor a code page
        // detected uses the NUL byte inside another character, so text decoded from bytes judged
        // so holds no U+0000 and is not searched again.
        nulFree(chunk);
        return this.utf8(state.blocks.push(chunk), state.blocks, false);
      case 'window':
        nulFree(chunk);
        state.parts.push(chunk);
        state.held += chunk.length;
        return state.held >= state.until ? this.detect(state.parts) : '';
      case 'fixed':
        return textOnly(state.decoder.decode(chunk));
    }
  }

  /** The text still held, once the stream has ended. */
  end(): string {
    const state = this.state;
    switch (state.kind) {
      case 'head':
        return this.start(concat(state.parts), true) + this.end();
      case 'utf-8': {
        const rest = state.blocks.rest();
        const text = rest.length === 0 ? '' : this.utf8(concat(rest), state.blocks, true);
        // The last block may have been the first that is not UTF-8: its decoder has an end too.
        return this.state === state ? text : text + this.end();
      }
      case 'window':
        return this.detect(state.parts) + this.end();
      case 'fixed':
        return textOnly(state.decoder.end());
    }
  }

  private start(head: Uint8Array, ended: boolean): string {
    let fixed = this.options.encoding;
    if (fixed === undefined) {
      const mark = byteOrderMark(head);
      // The UTF-8 mark is not text (decodeBytes drops it too); TextDecoder drops UTF-16's.
      if (mark?.encoding === 'utf-8') head = head.subarray(3);
      fixed = mark?.encoding ?? sniffUtf16(ended ? head : head.subarray(0, head.length & ~1)) ?? undefined;
    }
    if (fixed !== undefined) {
      this.decoding.encoding = fixed;
      const decoder = decoderOf(fixed, this.decoding.doubts);
      this.state = { kind: 'fixed', decoder };
      return textOnly(decoder.decode(head));
    }
    nulFree(head);
    const blocks = new LineBlocks(this.options.maxLineBytes ?? Infinity);
    this.state = { kind: 'utf-8', blocks };
    return this.utf8(blocks.push(head), blocks, false);
  }

  /** Decodes a block as strict UTF-8; at the first that is not, starts holding the detection window. */
  private utf8(block: Uint8Array | null, blocks: LineBlocks, last: boolean): string {
    if (block === null) return '';
    let text: string;
    try {
      text = this.strict.decode(block);
    } catch {
      const parts = [block, ...blocks.rest()];
      const held = total(parts);
      const until = detectionStart(block) + DETECTION_WINDOW;
      this.state = { kind: 'window', parts, held, until };
      return last || held >= until ? this.detect(parts) : '';
    }
    return text;
  }

  /** Chooses the code page on the bytes held (judged NUL-free), and decodes them and all that follows in it. */
  private detect(parts: Uint8Array[]): string {
    const bytes = concat(parts);
    const detection = detectEncoding(bytes);
    this.decoding.encoding = detection.encoding;
    this.decoding.fellBack = true;
    this.decoding.doubts.push(...unsureDoubt(detection));
    const decoder = decoderOf(detection.encoding, this.decoding.doubts);
    this.state = { kind: 'fixed', decoder };
    return decoder.decode(bytes);
  }
}

function nulFree(bytes: Uint8Array): void {
  if (bytes.indexOf(0) !== -1) throw binaryInput();
}

function textOnly(text: string): string {
  if (text.includes('\0')) throw binaryInput();
  return text;
}
