/** Text as UTF-16 bytes, without a byte-order mark unless the text starts with U+FEFF. */
export const utf16le = (s: string): Buffer => Buffer.from(s, 'utf16le');

export const utf16be = (s: string): Buffer => {
  const le = utf16le(s);
  return Buffer.from(le.map((_, i) => le[i ^ 1]!));
};

/** The bytes in chunks of `size` (the last one shorter), as a stream hands them on. */
export async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}
