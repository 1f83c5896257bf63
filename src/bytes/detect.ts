/**
 * Which code page bytes that are not UTF-8 are in. chardet (ICU's detector: byte-sequence
 * validity and character-frequency statistics per code page) ranks the code pages; the first it
 * ranks that wireparse decodes, and that decodes the bytes without a character its table lacks,
 * is taken. Choices chardet cannot make are made here: GBK or its extension GB18030 (a four-byte
 * sequence says GB18030), which single-byte Latin code page (latinCodePage), and a few Korean
 * syllables, too few for its statistics (looksEucKr). A Latin reading of bytes that stand in runs,
 * as multi-byte characters do, is doubted. chardet and iconv-lite are loaded the first time an
 * input needs them. bench/RESULTS.md has the measurement these choices rest on.
 */
import { createRequire } from 'node:module';
import { codePageDecoder, CP1252_UNDEFINED, isCodePage, type EncodingName } from './encodings.js';

export interface Detection {
  encoding: EncodingName;
  /** Why the choice may be wrong (said on the stories as `encoding-unsure`), or null. */
  unsure: string | null;
}

/** How many bytes the detector reads, from the start of the line of the first byte above 0x7F. */
export const DETECTION_WINDOW = 16 * 1024;

/**
 * Below this confidence (chardet's 0-100) a guess is called unsure. Measured (bench/RESULTS.md):
 * right guesses on a line or two of Cyrillic score 25-29, wrong ones on so little text 10-23.
 */
const SURE_FROM = 25;

/** chardet's verdicts that say nothing about a code page (the window is not UTF-8, whatever they say). */
const NO_CODE_PAGE = new Set(['ASCII', 'UTF-8']);

type Match = { name: string; confidence: number };
let analyse: ((bytes: Uint8Array) => Match[]) | undefined;

/** Where the window of `bytes` that detection reads starts: the line of the first byte above 0x7F. */
export function detectionStart(bytes: Uint8Array): number {
  let first = 0;
  while (first < bytes.length && bytes[first]! < 0x80) first++;
  if (first === bytes.length) return 0;
  let start = first;
  while (start > 0 && bytes[start - 1] !== 0x0a && bytes[start - 1] !== 0x0d) start--;
  return start;
}

/** The single-byte Latin code pages chardet tells apart; wireparse reads them all as latinCodePage does. */
const LATIN = new Set(['ISO-8859-1', 'ISO-8859-2', 'ISO-8859-9', 'windows-1250', 'windows-1252', 'windows-1254']);

/** chardet's name → the encoding wireparse reads it as, or undefined for one it does not read. */
function encodingOf(name: string, window: Uint8Array): EncodingName | undefined {
  if (LATIN.has(name)) return latinCodePage(window);
  switch (name) {
    case 'windows-1251':
      return 'windows-1251';
    case 'GB18030':
      return hasFourByteGb18030(window) ? 'gb18030' : 'gbk';
    case 'Big5':
      return 'big5';
    case 'Shift_JIS':
      return 'shift_jis';
    case 'EUC-JP':
      return 'euc-jp';
    case 'EUC-KR':
      return 'euc-kr';
    default:
      return undefined;
  }
}

/** Whether the bytes hold a GB18030 four-byte sequence (lead, digit, lead, digit), which GBK lacks. */
function hasFourByteGb18030(bytes: Uint8Array): boolean {
  const isLead = (b: number) => b >= 0x81 && b <= 0xfe;
  const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
  for (let i = 0; i + 3 < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x81) continue;
    if (isLead(b) && isDigit(bytes[i + 1]!) && isLead(bytes[i + 2]!) && isDigit(bytes[i + 3]!)) return true;
    // A two-byte character: its trail byte is no lead.
    i++;
  }
  return false;
}

/** Bytes that ISO-8859-15 reads as letters (Š š Œ œ) where Latin-1 and Windows-1252 read ¦ ¨ ¼ ½. */
const LATIN9_LETTERS = new Set([0xa6, 0xa8, 0xbc, 0xbd]);
const isLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b >= 0xc0);

/**
 * Windows-1252 or ISO-8859-15. Both read every Latin-1 letter as Latin-1 does; they differ in
 * eight bytes. ISO-8859-15 text shows itself by € (0xA4, Latin-1's ¤, a sign text does not use)
 * or œ Œ š Š (Latin-1's ½ ¼ ¨ ¦) inside words, where those symbols do not stand; and it has
 * no byte 0x80-0x9F, which in Windows-1252 are € ‚ „ … ‘ ’ “ ” – — and more. Without such signs
 * it is Windows-1252 (ISO-8859-1 text reads the same in it).
 */
function latinCodePage(bytes: Uint8Array): 'windows-1252' | 'iso-8859-15' {
  let latin9 = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (b <= 0x9f) return 'windows-1252';
    const before = bytes[i - 1];
    const after = bytes[i + 1];
    if (b === 0xa4) latin9++;
    else if (LATIN9_LETTERS.has(b) && (isLetter(before) || isLetter(after))) latin9++;
  }
  return latin9 > 0 ? 'iso-8859-15' : 'windows-1252';
}

/**
 * Whether most bytes above 0x7F stand in runs of three or more. In Latin-script text they are
 * mostly letters alone between ASCII ones (`Müller`, `“quote”`), two at most (`ação`); in
 * Chinese, Japanese or Korean text every character is two of them, one after the other.
 */
function mostlyInRuns(bytes: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i]! >= 0x80) {
      high++;
      run++;
      continue;
    }
    if (run >= 3) inRuns += run;
    run = 0;
  }
  return inRuns * 2 > high;
}

/**
 * Whether bytes that are not UTF-8 read as Korean in EUC-KR (KS X 1001, as Korean wire copy and
 * older Korean web pages use it). Its characters are pairs of bytes both at or above 0xA1; Korean
 * text is mostly Hangul syllables (first byte 0xB0-0xC8), and most of its words have two
 * syllables or more, so most pairs stand next to another pair. Latin-1 and Windows-1252 text has
 * its upper-half bytes mostly alone between ASCII letters (`Müller`, `“quote”`); where two stand
 * together (`INFORMAÇÃO`, `ação`) they make one pair between letters, not a run of pairs. So:
 * nearly every upper-half byte in a pair, most pairs Hangul and in runs, and a few of them at
 * least. chardet's statistics say nothing of a few syllables; this does.
 */
function looksEucKr(bytes: Uint8Array): boolean {
  const n = bytes.length;
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

/** Whether the bytes decode in `encoding` without a byte its table leaves undefined. */
function decodesCleanly(bytes: Uint8Array, encoding: EncodingName): boolean {
  if (encoding === 'windows-1252') return !bytes.some((b) => CP1252_UNDEFINED.includes(b));
  if (!isCodePage(encoding)) return true;
  const decoder = codePageDecoder(encoding);
  return !(decoder.write(bytes) + decoder.end()).includes('\ufffd');
}

/**
 * The code page of bytes that are not UTF-8, judged on DETECTION_WINDOW bytes from the line of
 * their first byte above 0x7F. Windows-1252, the fallback wireparse always had, when no code page
 * fits; unsure when chardet's confidence is low, when its first choice is a code page wireparse
 * does not read or that leaves bytes undecoded, or when nothing fits.
 */
export function detectEncoding(bytes: Uint8Array): Detection {
  const start = detectionStart(bytes);
  // A window cut inside a character would count as a byte the table lacks: end it at a line break.
  let end = Math.min(bytes.length, start + DETECTION_WINDOW);
  if (end < bytes.length) {
    let cut = end;
    while (cut > start && bytes[cut - 1] !== 0x0a) cut--;
    if (cut > start) end = cut;
  }
  const window = bytes.subarray(start, end);
  analyse ??= (createRequire(import.meta.url)('chardet') as { analyse: (bytes: Uint8Array) => Match[] }).analyse;
  const matches = analyse(window).filter((match) => !NO_CODE_PAGE.has(match.name));
  const best = matches[0];
  if ((best === undefined || best.confidence < SURE_FROM) && looksEucKr(window) && decodesCleanly(window, 'euc-kr')) {
    return { encoding: 'euc-kr', unsure: `read as euc-kr, as its bytes pair up as Korean syllables do, but with too little text to be sure` };
  }
  for (const match of matches) {
    const encoding = encodingOf(match.name, window);
    if (encoding === undefined || !decodesCleanly(window, encoding)) continue;
    if (match !== best) {
      const why = encodingOf(best!.name, window) === undefined ? 'which wireparse does not read' : 'whose table lacks some of them';
      return { encoding, unsure: `the bytes read best as ${best!.name}, ${why}; read as ${encoding} (${match.confidence}%)` };
    }
    if (match.confidence < SURE_FROM) return { encoding, unsure: `read as ${encoding}, but with low confidence (${match.confidence}%)` };
    if ((encoding === 'windows-1252' || encoding === 'iso-8859-15') && mostlyInRuns(window)) {
      return { encoding, unsure: `read as ${encoding}, but most of its bytes above 0x7F stand in runs, as the characters of a multi-byte code page do` };
    }
    return { encoding, unsure: null };
  }
  return { encoding: 'windows-1252', unsure: 'no code page wireparse knows fits the bytes; read as windows-1252' };
}
