/**
 * bytes → text. Sniffs a byte-order mark (or BOM-less UTF-16), then tries strict UTF-8, then falls
 * back to EUC-KR when the bytes read as Korean in it, else to Windows-1252 (a superset of Latin-1
 * for printable text). Node 20's TextDecoder maps 0x80-0x9F of 'windows-1252' to C1 controls, so
 * the upper half is decoded with our own table.
 */

import { isAscii } from 'node:buffer';

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'euc-kr' | 'windows-1252' | 'latin1';

export const ENCODINGS: readonly EncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'euc-kr', 'windows-1252', 'latin1'];

export interface Decoded {
  text: string;
  encoding: EncodingName;
  /** True when a BOM was present (and removed). */
  bom: boolean;
  /** True when strict UTF-8 failed and a single-byte fallback was used. */
  fellBack: boolean;
}

/** Windows-1252 code points for bytes 0x80-0x9F; undefined slots keep the byte's Latin-1 value. */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function decodeSingleByte(bytes: Uint8Array, table: readonly number[] | null): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = table !== null && b >= 0x80 && b <= 0x9f ? table[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Decodes bytes with a forced encoding, or sniffs one when `forced` is undefined. */
export function decodeBytes(bytes: Uint8Array, forced?: EncodingName): Decoded {
  if (forced !== undefined) return decodeAs(bytes, forced);
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) return { ...decodeAs(bytes.subarray(3), 'utf-8'), bom: true };
  if (hasPrefix(bytes, [0xff, 0xfe])) return { ...decodeAs(bytes.subarray(2), 'utf-16le'), bom: true };
  if (hasPrefix(bytes, [0xfe, 0xff])) return { ...decodeAs(bytes.subarray(2), 'utf-16be'), bom: true };
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null) return decodeAs(bytes, utf16);
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', bom: false, fellBack: false };
  } catch {
    return decodeFallback(bytes);
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

/** What bytes that are not UTF-8 are read as: EUC-KR if they look like it and decode, else Windows-1252. */
export function decodeFallback(bytes: Uint8Array): Decoded {
  if (looksEucKr(bytes)) {
    try {
      return { text: new TextDecoder('euc-kr', { fatal: true }).decode(bytes), encoding: 'euc-kr', bom: false, fellBack: true };
    } catch {
      // A byte pair EUC-KR does not map: not EUC-KR after all.
    }
  }
  return { text: decodeSingleByte(bytes, CP1252_HIGH), encoding: 'windows-1252', bom: false, fellBack: true };
}

/**
 * Whether bytes that are not UTF-8 read as Korean in EUC-KR (KS X 1001, as Korean wire copy and
 * older Korean web pages use it). Its characters are pairs of bytes both at or above 0xA1; Korean
 * text is mostly Hangul syllables (first byte 0xB0-0xC8), and most of its words have two
 * syllables or more, so most pairs stand next to another pair. Latin-1 and Windows-1252 text has
 * its upper-half bytes mostly alone between ASCII letters (`Müller`, `“quote”`); where two stand
 * together (`INFORMAÇÃO`, `ação`) they make one pair between letters, not a run of pairs. So:
 * nearly every upper-half byte in a pair, most pairs Hangul and in runs, and a few of them at
 * least. Only the first SNIFF_BYTES are looked at.
 */
export function looksEucKr(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let pairs = 0;
  let hangul = 0;
  let inRuns = 0;
  let lone = 0;
  /** Pairs in the run of pairs that ends at the current byte. */
  let run = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    const next = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    if (b >= 0xa1 && b <= 0xfe && next >= 0xa1 && next <= 0xfe) {
      pairs++;
      if (b >= 0xb0 && b <= 0xc8) hangul++;
      // The run's first pair counts once the run has a second.
      run++;
      if (run === 2) inRuns += 2;
      else if (run > 2) inRuns++;
      i++;
      continue;
    }
    run = 0;
    if (b >= 0x80) lone++;
  }
  return hangul >= 2 && hangul * 2 > pairs && inRuns * 2 > pairs && lone * 20 <= pairs;
}

/** Decodes with a known encoding. Single-byte encodings are stateless, so chunks decode alone. */
export function decodeAs(bytes: Uint8Array, encoding: EncodingName): Decoded {
  let text: string;
  switch (encoding) {
    case 'utf-8':
      // Forced UTF-8 is lenient: invalid sequences become U+FFFD rather than failing the file.
      text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
      break;
    case 'utf-16le':
    case 'utf-16be': {
      const decoder = new Utf16Decoder(encoding);
      text = decoder.decode(bytes) + decoder.end();
      break;
    }
    case 'euc-kr':
      text = new TextDecoder('euc-kr').decode(bytes);
      break;
    case 'windows-1252':
      text = decodeSingleByte(bytes, CP1252_HIGH);
      break;
    case 'latin1':
      text = decodeSingleByte(bytes, null);
      break;
  }
  return { text, encoding, bom: false, fellBack: false };
}

/** The bytes with each pair swapped (a trailing odd byte is dropped): UTF-16BE ⇄ UTF-16LE. */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  return swapped;
}

/**
 * UTF-16 fed in chunks, as a stream gives them: a code unit or surrogate pair cut between two
 * chunks is completed by the next. A byte-order mark opening the text is removed. Big-endian text
 * is swapped to little-endian pairs, the byte of a pair cut between chunks kept for the next; a
 * last lone byte becomes U+FFFD, as in little-endian text, rather than being dropped.
 */
export class Utf16Decoder {
  private readonly decoder = new TextDecoder('utf-16le', { ignoreBOM: false });
  /** Big-endian: the first byte of a pair whose second is in the next chunk. */
  private cut: Uint8Array | null = null;

  constructor(private readonly encoding: 'utf-16le' | 'utf-16be') {}

  decode(chunk: Uint8Array): string {
    if (this.encoding === 'utf-16le') return this.decoder.decode(chunk, { stream: true });
    const bytes = this.cut === null ? chunk : Buffer.concat([this.cut, chunk]);
    this.cut = bytes.length % 2 === 0 ? null : bytes.subarray(bytes.length - 1);
    return this.decoder.decode(swapPairs(bytes), { stream: true });
  }

  end(): string {
    const rest = this.cut ?? new Uint8Array(0);
    this.cut = null;
    return this.decoder.decode(rest);
  }
}

const SNIFF_BYTES = 65536;
/** Control characters that neither text nor wire framing (SOH-ENQ, SYN, US, FF) holds. */
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000\u0006-\u0008\u000e-\u0015\u0017-\u001e\ufffe\uffff]/;

/**
 * UTF-16 without a byte-order mark. Latin-script text in UTF-16 has a NUL in every code unit of
 * an ASCII character: NULs at odd offsets only (little-endian) or at even offsets only
 * (big-endian), in most code units. (BOM-less UTF-16 of mostly non-Latin text is not recognised.) Binary data has NULs at both, or decodes to control characters that text does
 * not hold, or to broken surrogates.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 2 || bytes.length % 2 !== 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  // Mostly ASCII: three code units in four at least, of four at least (a few stray NULs are binary).
  const pairs = n / 2;
  const enough = (nuls: number) => pairs >= 4 && nuls >= pairs * 0.75;
  const encoding = evenNul === 0 && enough(oddNul) ? 'utf-16le' : oddNul === 0 && enough(evenNul) ? 'utf-16be' : null;
  if (encoding === null) return null;
  const sample = bytes.subarray(0, n);
  const units = encoding === 'utf-16le' ? sample : swapPairs(sample);
  try {
    const text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(units);
    return NOT_TEXT.test(text) ? null : encoding;
  } catch {
    return null;
  }
}

/** True when the bytes look like a binary file rather than text (NUL bytes outside UTF-16). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasPrefix(bytes, [0xff, 0xfe]) || hasPrefix(bytes, [0xfe, 0xff]) || sniffUtf16(bytes) !== null) return false;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
