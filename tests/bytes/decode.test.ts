import { describe, expect, it } from 'vitest';
import { asciiSlice, decodeBytes, decodesAsAscii, looksBinary, looksEucKr, sniffUtf16, Utf16Decoder } from '../../src/bytes/decode.js';

const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => {
  const le = utf16le(s);
  return Buffer.from(le.map((_, i) => le[i ^ 1]!));
};

describe('decode: byte-order marks', () => {
  it('UTF-8 BOM is removed', () => {
    expect(decodeBytes(Buffer.from('\ufeffSeoul', 'utf8'))).toEqual({ text: 'Seoul', encoding: 'utf-8', bom: true, fellBack: false });
  });
  it('UTF-16LE and UTF-16BE BOMs', () => {
    expect(decodeBytes(utf16le('\ufeff서울 news'))).toEqual({ text: '서울 news', encoding: 'utf-16le', bom: true, fellBack: false });
    expect(decodeBytes(utf16be('\ufeff서울 news'))).toEqual({ text: '서울 news', encoding: 'utf-16be', bom: true, fellBack: false });
  });
});

describe('decode: UTF-16 without a BOM', () => {
  it('is recognised by where its NULs fall', () => {
    expect(sniffUtf16(utf16le('Harbour news\r\n'))).toBe('utf-16le');
    expect(sniffUtf16(utf16be('Harbour news\r\n'))).toBe('utf-16be');
    expect(decodeBytes(utf16be('Harbour news')).text).toBe('Harbour news');
  });
  it('binary data with NULs is not UTF-16', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
    expect(sniffUtf16(jpeg)).toBeNull();
    expect(looksBinary(jpeg)).toBe(true);
    expect(sniffUtf16(Buffer.from([0x41, 0x00, 0x00, 0x42]))).toBeNull();
    expect(sniffUtf16(Buffer.from([0x47, 0x00, 0x01, 0x02]))).toBeNull();
    expect(sniffUtf16(utf16le('A\u0201\u0202\u0203\u0204'))).toBeNull();
  });
  it('an odd number of bytes is not UTF-16', () => {
    expect(sniffUtf16(Buffer.concat([utf16le('Harbour'), Buffer.from([0x41])]))).toBeNull();
  });
});

describe('decode: UTF-16 in chunks', () => {
  const text = '\ufeffSeoul 서울 𠮷 news\r\n';
  const encodings = { 'utf-16le': utf16le, 'utf-16be': utf16be } as const;
  for (const [encoding, encode] of Object.entries(encodings) as [keyof typeof encodings, (s: string) => Buffer][]) {
    it(`${encoding}: any cut into two chunks gives the whole text, without its mark`, () => {
      const bytes = encode(text);
      for (let cut = 0; cut <= bytes.length; cut++) {
        const decoder = new Utf16Decoder(encoding);
        const got = decoder.decode(bytes.subarray(0, cut)) + decoder.decode(bytes.subarray(cut)) + decoder.end();
        expect(got, `cut at ${cut}`).toBe(text.slice(1));
      }
    });
    it(`${encoding}: a lone last byte becomes U+FFFD, not nothing`, () => {
      expect(decodeBytes(Buffer.concat([encode('News'), Buffer.from([0x41])]), encoding).text).toBe('News\ufffd');
    });
  }
});

describe('decode: strict UTF-8, then Windows-1252', () => {
  it('valid UTF-8 is read as UTF-8', () => {
    expect(decodeBytes(Buffer.from('Café “news” 한국', 'utf8'))).toEqual({ text: 'Café “news” 한국', encoding: 'utf-8', bom: false, fellBack: false });
  });
  it('invalid UTF-8 falls back to Windows-1252', () => {
    const d = decodeBytes(Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    expect(d).toEqual({ text: 'Café', encoding: 'windows-1252', bom: false, fellBack: true });
  });
  it('maps 0x80-0x9F to the Windows-1252 characters, keeping the five undefined bytes', () => {
    const bytes = Buffer.from([0xff, ...Array.from({ length: 32 }, (_, i) => 0x80 + i)]);
    const text = decodeBytes(bytes).text;
    expect(text).toBe('ÿ€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });
  it('a forced encoding is used as is', () => {
    expect(decodeBytes(Buffer.from([0x93, 0x41]), 'latin1').text).toBe('\u0093A');
    expect(decodeBytes(Buffer.from([0x93, 0x41]), 'windows-1252').text).toBe('“A');
    expect(decodeBytes(Buffer.from([0xe9, 0x41]), 'utf-8')).toEqual({ text: '\ufffdA', encoding: 'utf-8', bom: false, fellBack: false });
  });
  it('large inputs decode in chunks without losing bytes', () => {
    const bytes = Buffer.alloc(100_000, 0xe9);
    expect(decodeBytes(bytes).text).toBe('é'.repeat(100_000));
  });
});

/** `서울 항구` in EUC-KR (KS X 1001): two bytes per syllable, both at or above 0xA1. */
const SEOUL_PORT_EUC_KR = [0xbc, 0xad, 0xbf, 0xef, 0x20, 0xc7, 0xd7, 0xb1, 0xb8];

describe('decode: EUC-KR', () => {
  it('Korean text that is not UTF-8 is read as EUC-KR, and says it fell back', () => {
    const bytes = Buffer.from([...Buffer.from('SEOUL -- '), ...SEOUL_PORT_EUC_KR, 0x0a]);
    expect(decodeBytes(bytes)).toEqual({ text: 'SEOUL -- 서울 항구\n', encoding: 'euc-kr', bom: false, fellBack: true });
  });
  it('Latin-1 and Windows-1252 text, whose upper-half bytes stand between ASCII letters, is not', () => {
    const quoted = Buffer.from([...Buffer.from('the '), 0x93, ...Buffer.from('port'), 0x94, 0x20, 0x97, ...Buffer.from(' closed')]);
    const texts = ['Müller said the café opened', 'Ångström, São Paulo, Kraków', 'INFORMAÇÃO DA ELEIÇÃO, a ação', 'é'.repeat(1000)];
    for (const bytes of [quoted, ...texts.map((text) => Buffer.from(text, 'latin1'))]) {
      expect(looksEucKr(bytes), bytes.toString('latin1')).toBe(false);
      expect(decodeBytes(bytes).encoding, bytes.toString('latin1')).toBe('windows-1252');
    }
  });
  it('pairs that EUC-KR does not map fall back to Windows-1252', () => {
    const bytes = Buffer.from([...SEOUL_PORT_EUC_KR, 0xad, 0xa1]);
    expect(looksEucKr(bytes)).toBe(true);
    expect(decodeBytes(bytes).encoding).toBe('windows-1252');
  });
  it('can be forced', () => {
    expect(decodeBytes(Buffer.from(SEOUL_PORT_EUC_KR), 'euc-kr')).toEqual({ text: '서울 항구', encoding: 'euc-kr', bom: false, fellBack: false });
  });
});

describe('decode: binary detection', () => {
  it('NUL bytes outside UTF-16 mean binary', () => {
    expect(looksBinary(Buffer.from('text\0more'))).toBe(true);
    expect(looksBinary(Buffer.from('plain text\n'))).toBe(false);
    expect(looksBinary(utf16le('\ufeffHarbour'))).toBe(false);
    expect(looksBinary(Buffer.alloc(0))).toBe(false);
  });
});

describe('decode: ASCII read piece by piece', () => {
  it('ASCII bytes, wire controls included, read alike in every encoding but UTF-16', () => {
    const framed = Buffer.from('\u0001a0704 BC-Harbor\r\n\u0002SEOUL, Oct. 3 - Ships.\r\n\u0003', 'latin1');
    expect(decodesAsAscii(framed)).toBe(true);
    expect(decodesAsAscii(framed, 'windows-1252')).toBe(true);
    expect(decodesAsAscii(framed, 'utf-16le')).toBe(false);
    expect(asciiSlice(framed, 0, framed.length)).toBe(decodeBytes(framed).text);
    expect(asciiSlice(framed.subarray(5), 2, 9)).toBe(framed.toString('latin1', 7, 14));
  });
  it('not bytes above 0x7F, nor UTF-16 whose ASCII holds NULs', () => {
    expect(decodesAsAscii(Buffer.from('Müller', 'utf8'))).toBe(false);
    expect(decodesAsAscii(Buffer.from('M\xfcller', 'latin1'))).toBe(false);
    expect(decodesAsAscii(utf16le('Harbour news\r\n'))).toBe(false);
  });
});
