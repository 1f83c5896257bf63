/**
 * Binary input: bytes whose text would hold U+0000. No text wireparse reads holds NUL, and every
 * encoding it reads spells U+0000 as a NUL byte and never uses that byte inside another
 * character; UTF-16 spells it as a code unit of two NULs, while its ASCII letters hold one NUL
 * each. The whole input is judged, not a first window: a file (looksBinary) before it is parsed,
 * a stream (StreamDecoder) as its text is decoded, refused where its first NUL comes.
 */
import { byteOrderMark } from './encodings.js';
import { sniffUtf16 } from './utf16.js';

/** True when the bytes are a binary file rather than text: see above. */
export function looksBinary(bytes: Uint8Array): boolean {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const firstNul = buffer.indexOf(0);
  if (firstNul === -1) return false;
  const mark = byteOrderMark(bytes);
  const utf16 = mark !== null && mark.encoding !== 'utf-8' ? mark.encoding : sniffUtf16(bytes);
  if (utf16 === null) return true;
  // Code units start at even offsets, after a mark too (it is two bytes long).
  for (let at = firstNul & ~1; at + 1 < bytes.length; at += 2) if (bytes[at] === 0 && bytes[at + 1] === 0) return true;
  return false;
}
