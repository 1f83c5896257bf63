/** UTF-16: recognised without a byte-order mark, and decoded chunk by chunk. */

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
 * last lone byte becomes U+FFFD, as in little-endian text, rather than being dropped, and
 * `dangling` says there was one.
 */
export class Utf16Decoder {
  private readonly decoder = new TextDecoder('utf-16le', { ignoreBOM: false });
  /** Big-endian: the first byte of a pair whose second is in the next chunk. */
  private cut: Uint8Array | null = null;
  /** Bytes seen: odd at the end means a last byte that is half a code unit. */
  private length = 0;

  constructor(private readonly encoding: 'utf-16le' | 'utf-16be') {}

  get dangling(): boolean {
    return this.length % 2 === 1;
  }

  decode(chunk: Uint8Array): string {
    this.length += chunk.length;
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

/** How many bytes sniffUtf16 looks at. */
export const UTF16_SNIFF_BYTES = 65536;
/** Control characters that neither text nor wire framing (SOH-ENQ, SYN, US, FF) holds. */
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000\u0006-\u0008\u000e-\u0015\u0017-\u001e\ufffe\uffff]/;

/**
 * UTF-16 without a byte-order mark. Latin-script text in UTF-16 has a NUL in every code unit of
 * an ASCII character: NULs at odd offsets only (little-endian) or at even offsets only
 * (big-endian), in most code units. (BOM-less UTF-16 of mostly non-Latin text is not
 * recognised.) Binary data has NULs at both, or decodes to control characters that text does not
 * hold, or to broken surrogates. Only whole code units of the first UTF16_SNIFF_BYTES are judged:
 * a last odd byte (a file cut short, or a stream's first chunk) does not make text binary.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  // Text of any other kind has no NUL at all: one native search instead of the count below.
  if (n < 2 || bytes.subarray(0, n).indexOf(0) === -1) return null;
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
