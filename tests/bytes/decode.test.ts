import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asciiSlice, decodeBytes, decodesAsAscii, decodingWarnings } from '../../src/bytes/decode.js';
import { utf16be, utf16le } from '../support/bytes.js';


describe('decode: byte-order marks', () => {
  it('UTF-8 BOM is removed', () => {
    expect(decodeBytes(Buffer.from('\ufeffSeoul', 'utf8'))).toEqual({ text: 'Seoul', encoding: 'utf-8', bom: true, fellBack: false, doubts: [] });
  });
  it('UTF-16LE and UTF-16BE BOMs', () => {
    expect(decodeBytes(utf16le('\ufeff서울 news'))).toEqual({ text: '서울 news', encoding: 'utf-16le', bom: true, fellBack: false, doubts: [] });
    expect(decodeBytes(utf16be('\ufeff서울 news'))).toEqual({ text: '서울 news', encoding: 'utf-16be', bom: true, fellBack: false, doubts: [] });
  });
});

describe('decode: strict UTF-8, then Windows-1252', () => {
  it('valid UTF-8 is read as UTF-8', () => {
    expect(decodeBytes(Buffer.from('Café “news” 한국', 'utf8'))).toEqual({ text: 'Café “news” 한국', encoding: 'utf-8', bom: false, fellBack: false, doubts: [] });
  });
  it('invalid UTF-8 falls back to Windows-1252', () => {
    const d = decodeBytes(Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    expect(d).toMatchObject({ text: 'Café', encoding: 'windows-1252', bom: false, fellBack: true });
  });
  it('maps 0x80-0x9F to the Windows-1252 characters, keeping the five undefined bytes', () => {
    const bytes = Buffer.from([0xff, ...Array.from({ length: 32 }, (_, i) => 0x80 + i)]);
    const text = decodeBytes(bytes).text;
    expect(text).toBe('ÿ€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });
  it('a forced encoding is used as is', () => {
    expect(decodeBytes(Buffer.from([0x93, 0x41]), 'latin1').text).toBe('\u0093A');
    expect(decodeBytes(Buffer.from([0x93, 0x41]), 'windows-1252').text).toBe('“A');
    expect(decodeBytes(Buffer.from([0xe9, 0x41]), 'utf-8')).toMatchObject({ text: '\ufffdA', encoding: 'utf-8', bom: false, fellBack: false });
  });
  it('large inputs decode in chunks without losing bytes', () => {
    const text = 'Le café de Genève ouvre à l’aube. '.repeat(4_000);
    expect(decodeBytes(Buffer.from(text.replaceAll('’', "'"), 'latin1')).text).toBe(text.replaceAll('’', "'"));
  });
});

/** `서울 항구` in EUC-KR (KS X 1001): two bytes per syllable, both at or above 0xA1. */
const SEOUL_PORT_EUC_KR = [0xbc, 0xad, 0xbf, 0xef, 0x20, 0xc7, 0xd7, 0xb1, 0xb8];

describe('decode: EUC-KR', () => {
  it('Korean text that is not UTF-8 is read as EUC-KR, and says it fell back', () => {
    const bytes = Buffer.from([...Buffer.from('SEOUL -- '), ...SEOUL_PORT_EUC_KR, 0x0a]);
    expect(decodeBytes(bytes)).toMatchObject({ text: 'SEOUL -- 서울 항구\n', encoding: 'euc-kr', bom: false, fellBack: true });
  });
  it('Latin-1 and Windows-1252 text, whose upper-half bytes stand between ASCII letters, is not', () => {
    const quoted = Buffer.from([...Buffer.from('the '), 0x93, ...Buffer.from('port'), 0x94, 0x20, 0x97, ...Buffer.from(' closed')]);
    const texts = ['Müller said the café opened', 'Ångström, São Paulo, Kraków', 'INFORMAÇÃO DA ELEIÇÃO, a ação', 'Die Gebühren für Großschiffe steigen. '.repeat(100)];
    for (const bytes of [quoted, ...texts.map((text) => Buffer.from(text, 'latin1'))]) {
      expect(decodeBytes(bytes).encoding, bytes.toString('latin1')).toBe('windows-1252');
    }
  });
  it('can be forced', () => {
    expect(decodeBytes(Buffer.from(SEOUL_PORT_EUC_KR), 'euc-kr')).toEqual({ text: '서울 항구', encoding: 'euc-kr', bom: false, fellBack: false, doubts: [] });
  });
});

describe('decode: what the stories are told', () => {
  it('a detected code page is encoding-fallback; bytes its table lacks are undecodable-bytes', () => {
    // 0xC9 0xA1 is no EUC-KR character: the pair is read as U+FFFD, and said so.
    const bytes = Buffer.from([...Buffer.from('SEOUL -- '), ...SEOUL_PORT_EUC_KR, 0x20, ...SEOUL_PORT_EUC_KR, 0x20, 0xc9, 0xa1, 0x0a]);
    const decoded = decodeBytes(bytes, 'euc-kr');
    expect(decoded.text).toContain('\ufffd');
    expect(decodingWarnings(decoded).map((w) => w.code)).toEqual(['undecodable-bytes']);
    const story = readFileSync(new URL('../../fixtures/encodings/yonhap-euc-kr.txt', import.meta.url));
    expect(decodingWarnings(decodeBytes(story))).toEqual([{ code: 'encoding-fallback', message: 'not valid UTF-8; decoded as euc-kr', line: null }]);
  });
  it('a few syllables are read as Korean, but said to be a guess', () => {
    const sniffed = decodeBytes(Buffer.from([...Buffer.from('SEOUL -- '), ...SEOUL_PORT_EUC_KR, 0x0a]));
    expect(decodingWarnings(sniffed).map((w) => w.code)).toEqual(['encoding-fallback', 'encoding-unsure']);
  });
  it('forced UTF-8 says when it replaced bytes, not when the text spells U+FFFD itself', () => {
    expect(decodeBytes(Buffer.from('a \ufffd b', 'utf8'), 'utf-8').doubts).toEqual([]);
    expect(decodeBytes(Buffer.from([0x41, 0xe9, 0x42]), 'utf-8').doubts.map((d) => d.code)).toEqual(['undecodable-bytes']);
  });
  it('UTF-8 text that is valid reads with no warning', () => {
    expect(decodingWarnings(decodeBytes(Buffer.from('Café “news” 한국', 'utf8')))).toEqual([]);
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
