import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/bytes/decode.js';
import { StreamDecoder, type StreamOptions } from '../../src/bytes/decode-stream.js';
import { InputRefused } from '../../src/bytes/refused.js';
import { DETECTION_WINDOW } from '../../src/bytes/detect.js';
import { chunked, utf16le } from '../support/bytes.js';

const folder = new URL('../../fixtures/encodings/', import.meta.url);
const fixtures = readdirSync(folder).filter((f) => f.endsWith('.txt'));

async function decodeAll(chunks: AsyncIterable<Uint8Array>, options: StreamOptions = {}) {
  const decoder = new StreamDecoder(options);
  let text = '';
  for await (const chunk of chunks) text += decoder.push(chunk);
  text += decoder.end();
  return { text, decoding: decoder.decoding };
}

describe('StreamDecoder: as decodeBytes decodes a whole file', () => {
  for (const name of fixtures) {
    it(name, async () => {
      const bytes = readFileSync(new URL(name, folder));
      const whole = decodeBytes(bytes);
      for (const size of [1, 7, 64, 65536]) {
        const { text, decoding } = await decodeAll(chunked(bytes, size));
        expect(text, `chunks of ${size}`).toBe(whole.text);
        expect(decoding, `chunks of ${size}`).toEqual({ encoding: whole.encoding, fellBack: whole.fellBack, doubts: whole.doubts });
      }
    });
  }
  it('a forced encoding, and a code page behind a long ASCII head', async () => {
    const story = readFileSync(new URL('kyodo-shift_jis.txt', folder));
    expect((await decodeAll(chunked(story, 5), { encoding: 'shift_jis' })).decoding).toEqual({ encoding: 'shift_jis', fellBack: false, doubts: [] });
    const headed = Buffer.concat([Buffer.from('BC-Wire header line\n'.repeat(5_000)), story]);
    const { text, decoding } = await decodeAll(chunked(headed, 4096));
    expect(decoding.encoding).toBe('shift_jis');
    expect(text).toBe(decodeBytes(headed).text);
  });
  it('UTF-16 of odd length: its last byte is U+FFFD, said as undecodable-bytes', async () => {
    const bytes = Buffer.concat([utf16le('Harbour news\n'.repeat(100)), Buffer.from([0x41])]);
    const { text, decoding } = await decodeAll(chunked(bytes, 33));
    expect(text).toBe(`${'Harbour news\n'.repeat(100)}\ufffd`);
    expect(decoding.encoding).toBe('utf-16le');
    expect(decoding.doubts.map((d: { code: string }) => d.code)).toEqual(['undecodable-bytes']);
  });
});

describe('StreamDecoder: binary input', () => {
  const text = Buffer.from('A line of wire copy.\n'.repeat(10_000));
  it('a NUL after the first 64 KiB refuses the stream', async () => {
    const bytes = Buffer.concat([text, Buffer.from('more\0text\n')]);
    await expect(decodeAll(chunked(bytes, 65536))).rejects.toThrow(new InputRefused('binary-input', 'binary file (NUL bytes), skipped'));
  });
  it('in any encoding, UTF-16 as a U+0000 code unit', async () => {
    await expect(decodeAll(chunked(Buffer.concat([text, Buffer.from([0xe9, 0, 0x0a])]), 4096))).rejects.toThrow(InputRefused);
    await expect(decodeAll(chunked(utf16le(`\ufeff${'Harbour news\n'.repeat(6_000)}\0`), 4096))).rejects.toThrow(InputRefused);
  });
  it('UTF-16 text, whose letters hold NUL bytes, is not refused', async () => {
    expect((await decodeAll(chunked(utf16le('Harbour news\n'.repeat(6_000)), 4096))).text).toBe('Harbour news\n'.repeat(6_000));
  });
});

describe('StreamDecoder: memory', () => {
  it('holds no more than the detection window before handing text on', async () => {
    const story = readFileSync(new URL('tass-windows-1251.txt', folder));
    let pulled = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled += story.length;
        yield story;
      }
    }
    const decoder = new StreamDecoder();
    let decoded = 0;
    for await (const chunk of endless()) {
      decoded += decoder.push(chunk).length;
      expect(pulled).toBeLessThanOrEqual(decoded + DETECTION_WINDOW + 2 * story.length);
      if (decoded > 1_000_000) break;
    }
    const { decoding } = decoder;
    expect(decoding.encoding).toBe('windows-1251');
  });
});

describe('StreamDecoder: a line without end', () => {
  it('is refused past maxLineBytes while the encoding is judged, not held whole', () => {
    const decoder = new StreamDecoder({ maxLineBytes: 10_000 });
    const run = Buffer.from('x'.repeat(4096));
    expect(() => {
      for (let i = 0; i < 4; i++) decoder.push(run);
    }).toThrow(expect.objectContaining({ code: 'too-large' }));
  });
  it('a line as long as the bound is read', () => {
    const decoder = new StreamDecoder({ maxLineBytes: 10_000 });
    const text = decoder.push(Buffer.from('y'.repeat(10_000))) + decoder.push(Buffer.from('\n')) + decoder.end();
    expect(text).toBe(`${'y'.repeat(10_000)}\n`);
  });
});
