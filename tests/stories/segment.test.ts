import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/bytes/decode.js';
import { toLine } from '../../src/lines/line.js';
import { segment } from '../../src/stories/segment.js';
import { splitLines } from '../support/lines.js';

const segmentsOf = (text: string) => segment(splitLines(text).map((l) => toLine(l.no, l.raw)));

describe('segment', () => {
  it('does not end a framed story on a paragraph that ends like a sign-off', () => {
    const feed = [
      '\u0001f0735\u001freute', 'u f BC-TAIWAN-BANK 03-02 0085', '\u0002', 'TAIWAN BANK ISSUES CDS',
      '    TAIPEI, March 2 - The bank issued certificates, an official told', 'Reuters.',
      '    The new certificates mature in six months.', ' Reuter', '\u0003',
      '\u0001f0741\u001freute', 'b f BC-ICO-TALKS 03-02 0106', '\u0002', 'ICO TALKS RESUME', '    LONDON, March 2 - Talks resumed.', '\u0003',
    ].join('\n');
    const segments = segmentsOf(feed);
    expect(segments.map((s) => [s.from, s.to, s.framed])).toEqual([[0, 9, true], [9, 15, true]]);
  });

  it('still ends unframed copy on an end marker', () => {
    const segments = segmentsOf('One\nSEOUL, Oct. 3 (Yonhap) -- Text.\n(END)\nTwo\nSEOUL, Oct. 3 (Yonhap) -- More.\n');
    expect(segments.map((s) => [s.from, s.to, s.framed])).toEqual([[0, 3, false], [3, 5, false]]);
  });

  it('does not end unframed copy on a sign-off word that ends an open sentence', () => {
    const text = 'BANK ISSUES CDS\n    TAIPEI, March 2 - The bank issued certificates, an official told\nReuters.\n    They mature in six months.\n Reuter\n';
    expect(segmentsOf(text)).toHaveLength(1);
    // After a finished sentence the same line is a sign-off and closes the story.
    expect(segmentsOf('HEAD ONE\n    TAIPEI, March 2 - Text.\nReuters.\nHEAD TWO\n    TAIPEI, March 2 - More.\n')).toHaveLength(2);
  });

  it('keeps site chrome after an end marker with the story', () => {
    const segments = segmentsOf('Head\nSEOUL, Oct. 3 (Yonhap) -- Text.\n(END)\nRelated stories\nTags: rail, Busan\n');
    expect(segments).toHaveLength(1);
  });

  it('keeps the trailer, DEL and EOT after ETX with the story', () => {
    const segments = segmentsOf('\u0001dpa0001 4 pl 20\n\u0002Head =\n\nBremen (dpa) - Text.\n\u0003\n140700 GMT Nov 26\u007f\n\u0004\n\u0001dpa0002 4 pl 20\n\u0002Two =\n\u0003\n');
    expect(segments.map((s) => [s.from, s.to])).toEqual([[0, 7], [7, 10]]);
  });

  it('puts every line of every dialect fixture in exactly one segment', () => {
    const root = new URL('../../fixtures/dialects/', import.meta.url).pathname;
    for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const name of readdirSync(join(root, dir.name)).filter((f) => f.endsWith('.txt'))) {
        const lines = splitLines(decodeBytes(readFileSync(join(root, dir.name, name))).text).map((l) => toLine(l.no, l.raw));
        const segments = segment(lines);
        expect(segments[0]!.from).toBe(0);
        expect(segments[segments.length - 1]!.to).toBe(lines.length);
        for (let k = 1; k < segments.length; k++) expect(segments[k]!.from).toBe(segments[k - 1]!.to);
      }
    }
  });
});

describe('segment: feed items without controls', () => {
  it('opens an item at ZCZC and closes it at NNNN, whatever its lines end like', () => {
    const text = 'ZCZC AAP\n#A_BC1\n$One\nText told\nReuters.\nNNNN\nZCZC AAP\n#B_BC1\n$Two\nMore.\nNNNN\n';
    expect(segmentsOf(text).map((s) => [s.from, s.to])).toEqual([[0, 6], [6, 11]]);
  });

  it('opens a document at <DOC> and closes it at </DOC>; (END) inside does not close it', () => {
    const doc = (n: string) => `<DOC>\n<DOCNO> X${n} </DOCNO>\n<TEXT>\nStory ${n}.\n(END)\nStill story ${n}.\n</TEXT>\n</DOC>\n`;
    expect(segmentsOf(doc('1') + doc('2') + doc('3')).map((s) => [s.from, s.to])).toEqual([[0, 8], [8, 16], [16, 24]]);
  });

  it('closes an IPTC story whose controls were lost at its date-time group', () => {
    const story = (n: string) => `eca0001${n} 3 i 20    dpa 0001\n\n/weather/\nFog ${n} =\n\nBremen (dpa) - Fog.\n\ndpa xy\n\n14070${n} GMT Nov 26\n`;
    expect(segmentsOf(story('1') + story('2')).map((s) => [s.from, s.to])).toEqual([[0, 10], [10, 20]]);
  });

  it('does not open an item at ZCZC or <DOC> inside a line', () => {
    expect(segmentsOf('Head\nThe code ZCZC opens items.\nA <DOC> tag opens documents.\n')).toHaveLength(1);
  });
});
