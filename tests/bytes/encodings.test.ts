import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/bytes/decode.js';
import { encodingNamed, ENCODINGS, type EncodingName } from '../../src/bytes/encodings.js';

/**
 * Known mappings of each table, from the code pages' published charts: a few letters per table,
 * and the bytes where decoders are known to go wrong (Windows-1252's 0x80-0x9F, its five
 * undefined bytes, the eight bytes ISO-8859-15 changes from Latin-1).
 */
const KNOWN: Record<Exclude<EncodingName, 'utf-8' | 'utf-16le' | 'utf-16be'>, [number[], string][]> = {
  'windows-1252': [
    [[0x80], '€'],
    [[0x81], '\u0081'],
    [[0x8d, 0x8f, 0x90, 0x9d], '\u008d\u008f\u0090\u009d'],
    [[0x84, 0x93, 0x94, 0x96, 0x97], '„“”–—'],
    [[0x8a, 0x9a, 0x8c, 0x9c], 'ŠšŒœ'],
    [[0x9f], 'Ÿ'],
    [[0xa4, 0xe9, 0xfc, 0xdf], '¤éüß'],
  ],
  latin1: [
    [[0x80, 0x93, 0x9f], '\u0080\u0093\u009f'],
    [[0xa4, 0xe9, 0xff], '¤éÿ'],
  ],
  'iso-8859-15': [
    [[0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe], '€ŠšŽžŒœŸ'],
    [[0xe9, 0xfc, 0xa3], 'éü£'],
  ],
  'windows-1251': [
    [[0xc0, 0xe0, 0xdf, 0xff], 'АаЯя'],
    [[0xa8, 0xb8], 'Ёё'],
    [[0xcc, 0xce, 0xd1, 0xca, 0xc2, 0xc0], 'МОСКВА'],
    [[0x88, 0xb9], '€№'],
  ],
  gbk: [
    [[0xd6, 0xd0, 0xb9, 0xfa], '中国'],
    [[0xb1, 0xb1, 0xbe, 0xa9], '北京'],
    [[0x80], '€'],
    [[0x81, 0x40], '丂'],
  ],
  gb18030: [
    [[0xd6, 0xd0, 0xb9, 0xfa], '中国'],
    [[0x81, 0x30, 0x81, 0x30], '\u0080'],
    [[0x81, 0x30, 0x8b, 0x32], 'ö'],
    [[0x95, 0x32, 0x82, 0x36], '𠀀'],
  ],
  big5: [
    [[0xa4, 0xa4, 0xb0, 0xea], '中國'],
    [[0xbb, 0x4f, 0xa5, 0x5f], '臺北'],
    [[0xa4, 0x40], '一'],
  ],
  shift_jis: [
    [[0x93, 0xfa, 0x96, 0x7b], '日本'],
    [[0x82, 0xa0, 0x83, 0x41], 'あア'],
    [[0xb1], 'ｱ'],
    [[0x5c], '\\'],
  ],
  'euc-jp': [
    [[0xc6, 0xfc, 0xcb, 0xdc], '日本'],
    [[0xa4, 0xa2, 0xa5, 0xa2], 'あア'],
    [[0x8e, 0xb1], 'ｱ'],
  ],
  'euc-kr': [
    [[0xc7, 0xd1, 0xb1, 0xb9], '한국'],
    [[0xbc, 0xad, 0xbf, 0xef], '서울'],
    [[0x81, 0x41], '갂'],
  ],
};

describe('encodings: each table against known mappings', () => {
  for (const [encoding, cases] of Object.entries(KNOWN) as [EncodingName, [number[], string][]][]) {
    it(encoding, () => {
      for (const [bytes, text] of cases) {
        expect(decodeBytes(Buffer.from(bytes), encoding).text, `${encoding} ${Buffer.from(bytes).toString('hex')}`).toBe(text);
      }
    });
  }
  it('every encoding is tested here or decoded by the UTF decoders', () => {
    expect(ENCODINGS.filter((e) => !(e in KNOWN) && !e.startsWith('utf-'))).toEqual([]);
  });
});

describe('encodings: names', () => {
  it('each name, in any case, names itself', () => {
    for (const name of ENCODINGS) {
      expect(encodingNamed(name)).toBe(name);
      expect(encodingNamed(name.toUpperCase())).toBe(name);
    }
  });
  it('common aliases, written as feeds and mail headers write them', () => {
    expect(encodingNamed('CP1251')).toBe('windows-1251');
    expect(encodingNamed('Shift-JIS')).toBe('shift_jis');
    expect(encodingNamed('SJIS')).toBe('shift_jis');
    expect(encodingNamed('GB2312')).toBe('gbk');
    expect(encodingNamed('Big5-HKSCS')).toBe('big5');
    expect(encodingNamed('EUC_JP')).toBe('euc-jp');
    expect(encodingNamed('ks_c_5601-1987')).toBe('euc-kr');
    expect(encodingNamed('ISO-8859-1')).toBe('latin1');
    expect(encodingNamed('Latin-9')).toBe('iso-8859-15');
    expect(encodingNamed('UTF8')).toBe('utf-8');
    expect(encodingNamed('x-sjis')).toBe('shift_jis');
    expect(encodingNamed('KS_C_5601')).toBe('euc-kr');
    expect(encodingNamed('cp 1252')).toBe('windows-1252');
  });
  it('names it does not read are refused', () => {
    expect(encodingNamed('koi8-r')).toBeUndefined();
    expect(encodingNamed('ebcdic')).toBeUndefined();
    expect(encodingNamed('')).toBeUndefined();
  });
});
