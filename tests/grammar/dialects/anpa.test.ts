import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/pipeline/parse.js';

const ap = (header: string, ...lines: string[]) =>
  parseText(['\u0016\u0016\u0001a0100\u001fw', header, `\u0002${lines[0]}`, ...lines.slice(1), '\u0003AP-WF-10-21-26 1700GMT<', ''].join('\n'))[0]!;

describe('AP-style ANPA', () => {
  it('takes the slug from the display keyword line, not the header\'s cut keyword', () => {
    const story = ap('r a BC-EU--Spain-Fig Harve 10-21 0200', '^BC-EU--Spain-Fig Harvest,0198<', '^Fig harvest shrinks<', '\t   MADRID (AP) _ Figs are scarce.');
    expect(story.slug).toBe('Spain-Fig Harvest');
    expect(story.transmission).toMatchObject({ keyword: 'BC-EU--Spain-Fig Harve', takeKey: null, wordCount: 198, desk: 'EU' });
  });

  it('names the agency from `By The Associated Press` when no dateline does', () => {
    const story = ap('r a BC-US--Digest 10-21 0100', '^Evening digest<', '^By The Associated Press=', '\t   Ferries resume Tuesday.');
    expect(story).toMatchObject({ agency: 'AP', byline: 'By The Associated Press', bylineIsAgency: true, dateline: null });
  });

  it('reads a digest\'s list as its body and the same lines over a body as the deck', () => {
    const digest = ap('r a BC-US--Digest 10-21 0100', '^Evening digest<', '^ONE _ First item.<', '^TWO _ Second item.<');
    expect([digest.deck, digest.body]).toEqual([null, ['ONE — First item.', 'TWO — Second item.']]);
    const deck = ap('r a BC-US--Fares 10-21 0100', '^Fares frozen<', '^Council acts on fares<', '\t   PORTVILLE, Maine (AP) _ Fares stay.');
    expect([deck.deck, deck.body]).toEqual(['Council acts on fares', ['Fares stay.']]);
  });

  it('reads `^` header rows and tab-separated rows as one table', () => {
    const story = ap('u s BC-SPT--Glance 10-21 0100', '^Glance<', '^Team\tW\tL<', '\tGulls\t9\t2', '\tHerons\t7\t4');
    expect(story.tables.map((t) => t.cells)).toEqual([[['Team', 'W', 'L'], ['Gulls', '9', '2'], ['Herons', '7', '4']]]);
    expect(story.body).toEqual(['Team\tW\tL\nGulls\t9\t2\nHerons\t7\t4']);
  });

  it('reads a closing ___ rule and the contributor lines under it as footer, but not a rule between sections', () => {
    const closing = ap('r a BC-US--Fares 10-21 0100', '^Fares frozen<', '\t   PORTVILLE, Maine (AP) _ Fares stay.', '\t   ___', '\t   Jo Example contributed to this report.');
    expect(closing.body).toEqual(['Fares stay.']);
    expect(closing.footer.lines).toEqual(['___', 'Jo Example contributed to this report.']);
    const section = ap('r a BC-US--Fares 10-21 0100', '^Fares frozen<', '\t   PORTVILLE, Maine (AP) _ Fares stay.', '\t   ___', '\t   Buses will also run later from May, the council said.');
    expect(section.body).toHaveLength(3);
    expect(section.footer.lines).toEqual([]);
  });
});

describe('the gates of AP-style lines', () => {
  it('reads a display line after any white space, and a line opening with other printable ASCII as none', () => {
    for (const indent of ['', '  ', '\t', '\u00a0 ']) {
      const story = ap('r a BC-US--Fares 10-21 0100', `${indent}^Fares frozen<`, '\t   Fares stay.');
      expect(story.headline, JSON.stringify(indent)).toBe('Fares frozen');
    }
    for (let c = 33; c < 127; c++) {
      const first = String.fromCharCode(c);
      if (first === '^') continue;
      const story = ap('r a BC-US--Fares 10-21 0100', `${first}^Fares frozen<`, '\t   Fares stay.');
      expect(story.headline, first).not.toBe('Fares frozen');
    }
  });

  it('reads copy with tab-led paragraphs and no display line as AP-style (its typography too)', () => {
    const tabbed = ap('r a BC-US--Fares 10-21 0100', 'FARES FROZEN', '\t   Fares stay _ for now.', '\t   Buses run.');
    expect(tabbed.body).toEqual(['Fares stay — for now.', 'Buses run.']);
    const spaced = ap('r a BC-US--Fares 10-21 0100', 'FARES FROZEN', '    Fares stay _ for now.', '    Buses run.');
    expect(spaced.body).toEqual(['Fares stay _ for now.', 'Buses run.']);
  });
});

describe('Kyodo ANPA', () => {
  it('reads the repeated keyword as the slug line and drops the headline\'s + end code', () => {
    const story = parseText(['\u0001a0100KYODO\u001fkoko-', 'u a\u0013\u0011 BC-Ferry   14-01 0050', '\u0002BC-Ferry', 'Ferry resumes +',
      '     TOKYO, Jan. 14 Kyodo - The ferry resumed.', '==Kyodo', '\u0003KWS-10:00-14-01-26\u0004', ''].join('\n'))[0]!;
    expect(story).toMatchObject({ slug: 'Ferry', headline: 'Ferry resumes', body: ['The ferry resumed.'], footer: { signOff: '==Kyodo' } });
    expect(story.layout.slice(0, 3).map((r) => r.part)).toEqual(['header', 'slug', 'headline']);
  });

  it('leaves a headline without the end code to the common grammar', () => {
    const story = parseText(['\u0001a0100KYODO\u001fkoko-', 'u a BC-Ferry   14-01 0050', '\u0002', 'FERRY RESUMES',
      '    TOKYO, Jan. 14 - The ferry resumed.', '\u0003', ''].join('\n'))[0]!;
    expect(story.headline).toBe('FERRY RESUMES');
  });
});
