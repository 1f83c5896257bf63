import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/pipeline/parse.js';

const doc = (...lines: string[]) => parseText(['<DOC>', '<DOCNO> X1 </DOCNO>', ...lines, '</DOC>', ''].join('\n'));

describe('LDC SGML documents', () => {
  it('read slug, wrapped headline, byline and credit, and one paragraph per <P>', () => {
    const [story] = doc('<BODY>', '<SLUG> BC-FERRY-NYT </SLUG>', '<HEADLINE>', 'FERRIES ADD', 'NIGHT RUNS', '</HEADLINE>',
      '   (ab)', ' By ANN EXAMPLE', ' c.2026 N.Y. Times News Service', '<TEXT>', '<P>', '   BOSTON _ Ferries will', 'run at night.', '</P>',
      '<P>', 'Fares stay the same.', '</P>', '</TEXT>', '</BODY>');
    expect(story).toMatchObject({
      dialect: 'sgml', slug: 'FERRY-NYT', headline: 'FERRIES ADD NIGHT RUNS', byline: 'By ANN EXAMPLE',
      credit: 'c.2026 N.Y. Times News Service', agency: 'NYT', dateline: { location: 'BOSTON', text: 'BOSTON —' },
      body: ['Ferries will run at night.', 'Fares stay the same.'],
    });
    expect(story!.layout.filter((r) => r.reason === 'framing').map((r) => r.start)).toEqual([9]);
  });

  it('decode control, typesetting and character entities out of the text', () => {
    const [story] = doc('<TEXT>', '<P>', 'Ferries &AMP; buses&Cx1f; run late&QL;&#2;.', '</P>', '</TEXT>');
    expect(story!.body).toEqual(['Ferries & buses run late.']);
  });

  it('read the wire header in <HEADER>, its controls written as entities', () => {
    const [story] = doc('<HEADER>', 'A0101 &Cx1f; taf-z', 'u a &Cx14;  &Cx12;  BC-SCORES-NYT &LR;  05-02 0040', '</HEADER>',
      '<BODY>', '<HEADLINE> Scores </HEADLINE>', '<TEXT>', 'Gulls 3, Herons 2.', '</TEXT>', '</BODY>');
    expect(story!.transmission).toMatchObject({ format: 'sgml', service: 'A', sequence: '0101', selector: 'taf-z', priority: 'u',
      category: 'a', keyword: 'BC-SCORES-NYT', contentFormat: 'tabular', date: '05-02', wordCount: 40 });
    expect(story!.layout[0]).toEqual({ part: 'header', start: 1, end: 6 });
  });

  it('date a document by its trailer, else by its DATE_TIME', () => {
    const [trailed] = doc('<TEXT>', 'Text.', '</TEXT>', '<TRAILER>', 'NYT-05-02-26 2310EDT &QL;', '</TRAILER>');
    expect(trailed!.transmission).toMatchObject({ trailer: 'NYT-05-02-26 2310EDT', issued: '2026-05-03T03:10Z' });
    const [dated] = parseText('<DOC>\n<DATE_TIME> 2026-05-02 23:10 </DATE_TIME>\n<TEXT>\nText.\n</TEXT>\n</DOC>\n');
    expect(dated!.transmission!.issued).toBe('2026-05-02T23:10');
  });

  it('split a file into one story per <DOC>', () => {
    const stories = parseText('<DOC>\n<TEXT>\nOne.\n</TEXT>\n</DOC>\n<DOC>\n<TEXT>\nTwo.\n</TEXT>\n</DOC>\n');
    expect(stories.map((s) => s.body)).toEqual([['One.'], ['Two.']]);
  });
});
