/**
 * The encodings wireparse reads, by the names it reports, the other names each is known by, and
 * the code page tables behind them. Tables come from iconv-lite, loaded the first time an input
 * needs one (most wire copy is ASCII or UTF-8, and a run that never needs a table never pays for
 * loading them). Windows-1252 and Latin-1 are decoded here: iconv-lite turns the five bytes
 * Windows-1252 leaves undefined into U+FFFD, where the WHATWG Encoding Standard (and wireparse
 * before these tables) keeps them as U+0081, U+008D, U+008F, U+0090 and U+009D; and Node 20's own
 * TextDecoder('windows-1252') reads 0x80-0x9F as those C1 controls instead of € ‚ ƒ ….
 */
import { createRequire } from 'node:module';

export type EncodingName =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1251'
  | 'gbk'
  | 'gb18030'
  | 'big5'
  | 'shift_jis'
  | 'euc-jp'
  | 'euc-kr'
  | 'iso-8859-15'
  | 'windows-1252'
  | 'latin1';

/** The names encodings are reported by, as `--encoding` accepts them. */
export const ENCODINGS: readonly EncodingName[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1251',
  'gbk',
  'gb18030',
  'big5',
  'shift_jis',
  'euc-jp',
  'euc-kr',
  'iso-8859-15',
  'windows-1252',
  'latin1',
];

/**
 * Other names of each encoding, as feeds, mail headers and HTML declare them. Names are compared
 * lower-cased without `-`, `_`, `.` and spaces, so `Shift-JIS`, `SHIFT_JIS` and `sjis` alike work.
 * GB2312 text is GBK text (GBK extends it); EUC-KR is read as Windows-949, its extension, as the
 * WHATWG standard reads it. ISO-8859-1 keeps 0x80-0x9F as C1 controls (`latin1`); browsers read
 * that label as Windows-1252, which wireparse names as such.
 */
const ENCODING_ALIASES: Readonly<Record<string, EncodingName>> = {
  utf8: 'utf-8',
  unicode11utf8: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  cp1251: 'windows-1251',
  win1251: 'windows-1251',
  xcp1251: 'windows-1251',
  gb2312: 'gbk',
  cp936: 'gbk',
  ms936: 'gbk',
  windows936: 'gbk',
  euccn: 'gbk',
  xgbk: 'gbk',
  cp950: 'big5',
  big5hkscs: 'big5',
  xxbig5: 'big5',
  sjis: 'shift_jis',
  mskanji: 'shift_jis',
  cp932: 'shift_jis',
  windows31j: 'shift_jis',
  xsjis: 'shift_jis',
  xeucjp: 'euc-jp',
  cp949: 'euc-kr',
  windows949: 'euc-kr',
  uhc: 'euc-kr',
  ksc5601: 'euc-kr',
  ksc56011987: 'euc-kr',
  latin9: 'iso-8859-15',
  l9: 'iso-8859-15',
  cp1252: 'windows-1252',
  win1252: 'windows-1252',
  iso88591: 'latin1',
  l1: 'latin1',
  cp819: 'latin1',
};

const squeeze = (name: string) => name.toLowerCase().replace(/[-_.\s]/g, '');
const BY_NAME = new Map<string, EncodingName>([
  ...ENCODINGS.map((name) => [squeeze(name), name] as const),
  ...Object.entries(ENCODING_ALIASES).map(([alias, name]) => [squeeze(alias), name] as const),
]);

/** The encoding a name (or alias, in any case) stands for, or undefined when wireparse has none. */
export function encodingNamed(name: string): EncodingName | undefined {
  return BY_NAME.get(squeeze(name));
}

/** The encoding a byte-order mark at the start of `bytes` declares, and the mark's length. */
export function byteOrderMark(bytes: Uint8Array): { encoding: EncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The code pages whose tables iconv-lite gives, by iconv-lite's name for them. */
const ICONV_NAMES = {
  'windows-1251': 'windows1251',
  gbk: 'gbk',
  gb18030: 'gb18030',
  big5: 'big5',
  shift_jis: 'shiftjis',
  'euc-jp': 'eucjp',
  'euc-kr': 'euckr',
  'iso-8859-15': 'iso885915',
} as const satisfies Partial<Record<EncodingName, string>>;

export type CodePage = keyof typeof ICONV_NAMES;

export function isCodePage(encoding: EncodingName): encoding is CodePage {
  return Object.hasOwn(ICONV_NAMES, encoding);
}

/** A decoder of one code page fed chunk by chunk: a character cut between chunks is completed. */
export interface ChunkDecoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

type Iconv = { getDecoder(encoding: string): { write(chunk: Buffer): string; end(): string | undefined } };
let iconv: Iconv | undefined;

export function codePageDecoder(encoding: CodePage): ChunkDecoder {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  const decoder = iconv.getDecoder(ICONV_NAMES[encoding]);
  const asBuffer = (chunk: Uint8Array) => (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
  return { write: (chunk) => decoder.write(asBuffer(chunk)), end: () => decoder.end() ?? '' };
}

/** Windows-1252 code points for bytes 0x80-0x9F; undefined slots keep the byte's Latin-1 value. */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** The bytes Windows-1252 leaves undefined: text in it does not hold them. */
export const CP1252_UNDEFINED: readonly number[] = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/** Windows-1252 or Latin-1 bytes to text; single-byte, so chunks decode alone. */
export function decodeSingleByte(bytes: Uint8Array, windows1252: boolean): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = windows1252 && b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
