import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectEncoding, detectionStart, DETECTION_WINDOW } from '../../src/bytes/detect.js';
// @ts-expect-error: the fixture generator is plain JavaScript.
import { STORIES } from '../../fixtures/encodings/make-fixtures.mjs';

const folder = new URL('../../fixtures/encodings/', import.meta.url);
const stories = STORIES as Record<string, { encoding: string; lines: string[] }>;

/** ISO-8859-1 text is read, and named, as Windows-1252: the same text for every printable byte. */
const reported = (encoding: string) => (encoding === 'iso-8859-1' ? 'windows-1252' : encoding);

describe('detect: the code page of each fixture', () => {
  it('covers every fixture file', () => {
    expect(readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()).toEqual(Object.keys(stories).map((n) => `${n}.txt`).sort());
  });
  for (const [name, { encoding }] of Object.entries(stories)) {
    it(`${name}: ${reported(encoding)}, and sure of it`, () => {
      expect(detectEncoding(readFileSync(new URL(`${name}.txt`, folder)))).toEqual({ encoding: reported(encoding), unsure: null });
    });
  }
});

describe('detect: choices chardet does not make', () => {
  const gbk = readFileSync(new URL('xinhua-gbk.txt', folder));
  it('GB18030 only where a four-byte sequence says so', () => {
    expect(detectEncoding(gbk).encoding).toBe('gbk');
    expect(detectEncoding(Buffer.concat([gbk, Buffer.from([0x81, 0x30, 0x8b, 0x32, 0x0a])])).encoding).toBe('gb18030');
  });
  it('ISO-8859-15 by € or œ; Windows-1252 when 0x80-0x9F are used, or with neither sign', () => {
    const latin = (s: string) => Buffer.from(s, 'latin1');
    expect(detectEncoding(latin('Le billet co\xfbte 8 \xa4 au c\xbdur de la ville.\n')).encoding).toBe('iso-8859-15');
    expect(detectEncoding(latin('\x93Le billet co\xfbte 8 \x80\x94 au c\x9cur de la ville.\n')).encoding).toBe('windows-1252');
    expect(detectEncoding(latin('Le billet co\xfbte 1\xbd euro \xe0 la gare.\n')).encoding).toBe('windows-1252');
  });
});

describe('detect: doubts are said', () => {
  it('a code page wireparse does not read, ranked first, makes the choice unsure', () => {
    // KOI8-R Russian: chardet knows it, wireparse does not read it.
    const koi8 = Buffer.from([...'В Калуге открылся новый завод по выпуску электробусов, сообщили в министерстве.\n'].map((c) => {
      const table = 'юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ';
      const at = table.indexOf(c);
      return at === -1 ? c.charCodeAt(0) : 0xc0 + at;
    }));
    const detection = detectEncoding(koi8);
    expect(detection.unsure).toMatch(/KOI8-R/);
  });
  it('a Latin reading of bytes that stand in runs is doubted', () => {
    // Eight Big5 characters alone: too few for statistics, and all of them pairs in one run.
    const detection = detectEncoding(Buffer.from([0xa4, 0xa4, 0xb0, 0xea, 0xbb, 0x4f, 0xa5, 0x5f, 0x0a]));
    expect(detection.unsure).not.toBeNull();
  });
  it('bytes no code page reads cleanly fall back to Windows-1252, unsure', () => {
    const detection = detectEncoding(Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x0a]));
    expect(detection.encoding).toBe('windows-1252');
    expect(detection.unsure).not.toBeNull();
  });
});

describe('detect: the window', () => {
  it('starts at the line of the first byte above 0x7F', () => {
    const bytes = Buffer.from('ASCII head\nsecond line\nthird \xe9 line\n', 'latin1');
    expect(detectionStart(bytes)).toBe('ASCII head\nsecond line\n'.length);
    expect(detectionStart(Buffer.from('only ASCII\n'))).toBe(0);
  });
  it('reads the same code page behind a long ASCII head', () => {
    const story = readFileSync(new URL('tass-windows-1251.txt', folder));
    const head = Buffer.from('ASCII wire header line\n'.repeat(Math.ceil((2 * DETECTION_WINDOW) / 23)));
    expect(detectEncoding(Buffer.concat([head, story])).encoding).toBe('windows-1251');
  });
});
