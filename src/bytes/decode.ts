/**
 * bytes → text, for a whole file (StreamDecoder reads a stream the same way). A byte-order mark or
 * a forced encoding wins; else BOM-less UTF-16 is sniffed, then strict UTF-8 is tried, and bytes
 * that are not UTF-8 are read in the code page detectEncoding finds (EUC-KR, GBK, Windows-1251,
 * Windows-1252, ...). How the text was read travels with it (Decoding) and is said on every story:
 * a detected code page as `encoding-fallback`, a doubtful guess as `encoding-unsure`, and bytes
 * the encoding does not map as `undecodable-bytes`. The layers above read bytes through this module
 * (and StreamDecoder).
 */
import { isAscii } from 'node:buffer';
import type { StoryWarning } from '../schema/story.js';
import type { StoryWarningCode } from '../schema/warnings.js';
import { detectEncoding, type Detection } from './detect.js';
import { byteOrderMark, codePageDecoder, decodeSingleByte, isCodePage, type EncodingName } from './encodings.js';
import { sniffUtf16, Utf16Decoder } from './utf16.js';

export { looksBinary } from './binary.js';
export { BINARY_INPUT, InputRefused } from './refused.js';
export { encodingNamed, ENCODINGS, type EncodingName } from './encodings.js';

/** Something that makes the decoded text doubtful, said as a warning on the stories. */
export interface Doubt {
  code: Extract<StoryWarningCode, 'encoding-unsure' | 'undecodable-bytes'>;
  message: string;
}

/** How the text of an input was decoded. A stream's may change as it is read (StreamDecoder). */
export interface Decoding {
  encoding: string;
  /** The bytes are not UTF-8 and their code page was detected: said as `encoding-fallback`. */
  fellBack: boolean;
  doubts: Doubt[];
}

export interface Decoded extends Decoding {
  text: string;
  encoding: EncodingName;
  /** True when a BOM was present (and removed). */
  bom: boolean;
}

/** The warnings every story of an input decoded so carries. */
export function decodingWarnings(decoding: Decoding): StoryWarning[] {
  const warnings: StoryWarning[] = [];
  if (decoding.fellBack) warnings.push({ code: 'encoding-fallback', message: `not valid UTF-8; decoded as ${decoding.encoding}`, line: null });
  for (const doubt of decoding.doubts) warnings.push({ ...doubt, line: null });
  return warnings;
}

export function unsureDoubt(detection: Detection): Doubt[] {
  return detection.unsure === null ? [] : [{ code: 'encoding-unsure', message: `${detection.unsure}; name the encoding with --encoding if it is wrong` }];
}

export function undecodableDoubt(encoding: EncodingName): Doubt {
  return { code: 'undecodable-bytes', message: `bytes that are not valid ${encoding} were read as U+FFFD` };
}

export const DANGLING_UTF16: Doubt = {
  code: 'undecodable-bytes',
  message: 'the UTF-16 text has an odd number of bytes: its last byte, half a code unit, was read as U+FFFD',
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes bytes with a forced encoding, or sniffs one when `forced` is undefined. */
export function decodeBytes(bytes: Uint8Array, forced?: EncodingName): Decoded {
  if (forced !== undefined) return decodeAs(bytes, forced);
  const mark = byteOrderMark(bytes);
  if (mark !== null) return { ...decodeAs(bytes.subarray(mark.length), mark.encoding), bom: true };
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null) return decodeAs(bytes, utf16);
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', bom: false, fellBack: false, doubts: [] };
  } catch {
    const detection = detectEncoding(bytes);
    const decoded = decodeAs(bytes, detection.encoding);
    return { ...decoded, fellBack: true, doubts: [...unsureDoubt(detection), ...decoded.doubts] };
  }
}

/**
 * Whether the bytes read as the same ASCII text whichever encoding decodeBytes takes for them:
 * they hold ASCII only (one native scan), and are not UTF-16 (whose ASCII has a NUL in every
 * code unit) by sniffing or by `forced`. Such bytes can be decoded piece by piece (asciiSlice).
 */
export function decodesAsAscii(bytes: Uint8Array, forced?: EncodingName): boolean {
  if (forced === 'utf-16le' || forced === 'utf-16be' || !isAscii(bytes)) return false;
  return forced !== undefined || sniffUtf16(bytes) === null;
}

/**
 * The text of bytes [from, to) of ASCII bytes (decodesAsAscii). Decoding a large file whole makes
 * one string of its size, in memory the process has not touched yet: on this machine's VM the page
 * faults alone made that five times dearer per byte than strings of a few kilobytes, which are
 * made in the young generation's pages, used again and again.
 */
export function asciiSlice(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1');
}

/** A decoder of one known encoding fed chunk by chunk, that notes the doubts it meets. */
export interface TextDecoderOf {
  decode(chunk: Uint8Array): string;
  end(): string;
}

const countOf = (text: string, char: string): number => {
  let n = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) n++;
  return n;
};

/** U+FFFD spelled as UTF-8 (EF BF BD) in `tail` (the last bytes before `chunk`) and `chunk`. */
function spelledReplacements(tail: Uint8Array, chunk: Uint8Array): number {
  const bytes = Buffer.concat([tail, chunk]);
  let n = 0;
  for (let at = bytes.indexOf('\ufffd'); at !== -1; at = bytes.indexOf('\ufffd', at + 3)) n++;
  return n;
}

/**
 * Decodes chunk after chunk in `encoding`, adding to `doubts` (once) when bytes the encoding does
 * not map are read as U+FFFD. Forced UTF-8 is lenient: invalid sequences become U+FFFD rather than
 * failing the input. Single-byte tables are stateless, so their chunks decode alone.
 */
export function decoderOf(encoding: EncodingName, doubts: Doubt[]): TextDecoderOf {
  let doubted = false;
  const note = (doubt: Doubt) => {
    if (doubted) return;
    doubted = true;
    doubts.push(doubt);
  };
  switch (encoding) {
    case 'utf-8': {
      const lenient = new TextDecoder('utf-8');
      // A U+FFFD in a chunk's text is either spelled by the bytes (a sequence completed in this
      // chunk, maybe begun in the last two bytes before it) or made for bytes that are not UTF-8.
      let tail: Uint8Array = new Uint8Array(0);
      const check = (text: string, chunk: Uint8Array) => {
        if (text.includes('\ufffd') && countOf(text, '\ufffd') > spelledReplacements(tail, chunk)) note(undecodableDoubt('utf-8'));
        tail = chunk.length >= 2 ? chunk.subarray(chunk.length - 2) : Buffer.concat([tail, chunk]).subarray(-2);
        return text;
      };
      return { decode: (chunk) => check(lenient.decode(chunk, { stream: true }), chunk), end: () => check(lenient.decode(), new Uint8Array(0)) };
    }
    case 'utf-16le':
    case 'utf-16be': {
      const utf16 = new Utf16Decoder(encoding);
      return {
        decode: (chunk) => utf16.decode(chunk),
        end() {
          if (utf16.dangling) note(DANGLING_UTF16);
          return utf16.end();
        },
      };
    }
    case 'windows-1252':
    case 'latin1':
      return { decode: (chunk) => decodeSingleByte(chunk, encoding === 'windows-1252'), end: () => '' };
    default: {
      if (!isCodePage(encoding)) throw new Error(`no decoder for ${encoding satisfies never}`);
      const table = codePageDecoder(encoding);
      const check = (text: string) => {
        if (text.includes('\ufffd')) note(undecodableDoubt(encoding));
        return text;
      };
      return { decode: (chunk) => check(table.write(chunk)), end: () => check(table.end()) };
    }
  }
}

/** Decodes with a known encoding. */
export function decodeAs(bytes: Uint8Array, encoding: EncodingName): Decoded {
  const doubts: Doubt[] = [];
  const decoder = decoderOf(encoding, doubts);
  const text = decoder.decode(bytes) + decoder.end();
  return { text, encoding, bom: false, fellBack: false, doubts };
}
