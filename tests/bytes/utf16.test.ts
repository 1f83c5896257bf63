import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/bytes/decode.js';
import { sniffUtf16, Utf16Decoder } from '../../src/bytes/utf16.js';
import { utf16be, utf16le } from '../support/bytes.js';

describe('utf16: without a BOM', () => {
  it('is recognised by where its NULs fall', () => {
    expect(sniffUtf16(utf16le('Harbour news\r\n'))).toBe('utf-16le');
    expect(sniffUtf16(utf16be('Harbour news\r\n'))).toBe('utf-16be');
    expect(decodeBytes(utf16be('Harbour news')).text).toBe('Harbour news');
  });
  it('binary data with NULs is not UTF-16', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
    expect(sniffUtf16(jpeg)).toBeNull();
    expect(sniffUtf16(Buffer.from([0x41, 0x00, 0x00, 0x42]))).toBeNull();
    expect(sniffUtf16(Buffer.from([0x47, 0x00, 0x01, 0x02]))).toBeNull();
    expect(sniffUtf16(utf16le('A\u0201\u0202\u0203\u0204'))).toBeNull();
  });
  it('of odd length is still UTF-16: its last byte is read as U+FFFD, and said so', () => {
    for (const [encoding, encode] of [['utf-16le', utf16le], ['utf-16be', utf16be]] as const) {
      const bytes = Buffer.concat([encode('Harbour news\n'), Buffer.from([0x41])]);
      expect(sniffUtf16(bytes)).toBe(encoding);
      const decoded = decodeBytes(bytes);
      expect(decoded).toMatchObject({ text: 'Harbour news\n\ufffd', encoding, fellBack: false });
      expect(decoded.doubts.map((d) => d.code)).toEqual(['undecodable-bytes']);
    }
  });
  it('of even length has no doubt', () => {
    expect(decodeBytes(utf16le('Harbour news\n')).doubts).toEqual([]);
  });
});

describe('utf16: in chunks', () => {
  const text = '\ufeffSeoul 서울 𠮷 news\r\n';
  const encodings = { 'utf-16le': utf16le, 'utf-16be': utf16be } as const;
  for (const [encoding, encode] of Object.entries(encodings) as [keyof typeof encodings, (s: string) => Buffer][]) {
    it(`${encoding}: any cut into two chunks gives the whole text, without its mark`, () => {
      const bytes = encode(text);
      for (let cut = 0; cut <= bytes.length; cut++) {
        const decoder = new Utf16Decoder(encoding);
        const got = decoder.decode(bytes.subarray(0, cut)) + decoder.decode(bytes.subarray(cut)) + decoder.end();
        expect(got, `cut at ${cut}`).toBe(text.slice(1));
        expect(decoder.dangling).toBe(false);
      }
    });
    it(`${encoding}: a lone last byte becomes U+FFFD, not nothing`, () => {
      expect(decodeBytes(Buffer.concat([encode('News'), Buffer.from([0x41])]), encoding).text).toBe('News\ufffd');
    });
  }
});
