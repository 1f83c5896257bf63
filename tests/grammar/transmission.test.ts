import { describe, expect, it } from 'vitest';
import { CONTROL, has, toLine } from '../../src/lines/line.js';
import { bareIptcHeaderEnd, deskOfKeyword, headerEndWithoutStx, readHeader, readTrailer, slugOfKeyword } from '../../src/grammar/transmission.js';

/** Reads raw header lines as the parser does: up to the STX line, or all of them. */
function header(...raw: string[]) {
  const lines = raw.map((r, i) => toLine(i + 1, r));
  const stx = lines.findIndex((l) => has(l, CONTROL.STX));
  return readHeader(lines, stx < 0 ? lines.length : stx);
}

describe('transmission header without STX', () => {
  const lines = (...raw: string[]) => raw.map((r, i) => toLine(i + 1, r));
  it('ends after the framing lines and the keyword line that follows them', () => {
    const anpa = lines('\u0005\u0005\u0005A', '\u0016\u0016\u0001f0704\u001freute', 'u f BC-TEA-AUCTION   03-02 0031', 'TEA AUCTION PRICES FIRM');
    expect(headerEndWithoutStx(anpa)).toBe(3);
    const iptc = lines('\u0001dpa0127 4 pl 312 dpa 0318', '', 'Germany-transport/buses/', 'Night buses =');
    expect(headerEndWithoutStx(iptc)).toBe(3);
  });
  it('ends after the framing lines when no keyword line follows', () => {
    expect(headerEndWithoutStx(lines('\u0001dpa0127 4 pl 312 dpa 0318', 'Night buses to be tested'))).toBe(1);
  });
  it('is not found where the story does not open with SOH', () => {
    expect(headerEndWithoutStx(lines('u f BC-TEA-AUCTION   03-02 0031', 'TEA AUCTION PRICES FIRM'))).toBe(-1);
    expect(headerEndWithoutStx(lines('\u0005\u0005\u0005A', 'TEA AUCTION PRICES FIRM'))).toBe(-1);
  });
});

describe('transmission header', () => {
  it('ANPA-1312: service, sequence, selector, then priority, category, keyword, take key, date and word count', () => {
    const t = header('\u0016\u0016\u0001a0412\u001fAAA', 'r f BC-HARBOUR-CRANES 1stLd-Writethru 11-13 0538', '\u0002');
    expect(t).toMatchObject({
      format: 'anpa', service: 'a', sequence: '0412', selector: 'AAA', priority: 'r', category: 'f',
      keyword: 'BC-HARBOUR-CRANES', takeKey: '1stLd-Writethru', date: '11-13', wordCount: 538, trailer: null,
    });
  });
  it('IPTC 7901: header fields and a keyword line ending in a slash', () => {
    const t = header('\u0001dpa0123 4 pl 389', 'Wirtschaft/Hafen/Kräne/', '\u0002');
    expect(t).toMatchObject({ format: 'iptc', service: 'dpa', sequence: '0123', priority: '4', category: 'pl', wordCount: 389, keyword: 'Wirtschaft/Hafen/Kräne/' });
  });
  it('a header it cannot read leaves every field empty', () => {
    const t = header('\u0001', '\u0002');
    expect(t).toMatchObject({
      format: 'anpa', service: null, sequence: null, selector: null, priority: null, category: null,
      keyword: null, takeKey: null, date: null, wordCount: null, trailer: null,
    });
  });
});

describe('keyword → slug', () => {
  it.each([
    ['BC-BAHIA-COCOA-REVIEW', 'BAHIA-COCOA-REVIEW'],
    ['AM-Harbour-Cranes', 'Harbour-Cranes'],
    ['Wirtschaft/Hafen/', 'Wirtschaft/Hafen'],
    ['PLAIN', 'PLAIN'],
  ])('%j → %j', (keyword, slug) => {
    expect(slugOfKeyword(keyword)).toBe(slug);
  });
});

describe('keyword prefixes, read by character code', () => {
  it('are taken off as /^(?:BC|AP|AM|PM)-/i takes them off', () => {
    const heads = ['BC-', 'bc-', 'Bc-', 'aP-', 'AM-', 'pm-', 'PM', 'BC', 'BB-', 'CB-', 'AC-', 'PA-', 'ap_', 'BĆ-', 'bC-', '@C-', 'b\u0063-', '', '-', '/'];
    for (const head of heads) {
      for (const rest of ['', 'X', 'Harbour-Cranes', 'A/B/', '/']) {
        const keyword = head + rest;
        const expected = keyword.replace(/^(?:BC|AP|AM|PM)-|^\//i, '').replace(/\/$/, '');
        expect(slugOfKeyword(keyword), JSON.stringify(keyword)).toBe(expected);
      }
    }
  });
});

describe('the IPTC header gate', () => {
  it('lets through a header opening with any letter, in either case', () => {
    for (const letter of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      const t = header(`${letter}pa0127 4 pl 312 dpa 0318`, '\u0002');
      expect(t.format, letter).toBe('iptc');
      expect(t.service, letter).toBe(`${letter}pa`);
    }
  });

  it('turns away a line opening with any other printable ASCII character', () => {
    for (let c = 33; c < 127; c++) {
      const first = String.fromCharCode(c);
      if (/[A-Za-z]/.test(first)) continue;
      expect(header(`${first}dpa0127 4 pl 312 dpa 0318`, '\u0002').format, first).toBe('anpa');
    }
  });

  it('reads the service, sequence and fields only in their shape', () => {
    const read = (line: string) => header(line, '\u0002').format === 'iptc';
    expect(read('dpa0127 4 pl 312 dpa 0318')).toBe(true);
    expect(read('  dpa0127 4 pl 312')).toBe(true);
    expect(read('dpa0127\u00a04 pl 312')).toBe(true);
    expect(read('abcd12345 1 ab 12')).toBe(true);
    expect(read('abcde0127 4 pl 312')).toBe(false);
    expect(read('dpa12 4 pl 312')).toBe(false);
    expect(read('dpa123456 4 pl 312')).toBe(false);
    expect(read('dpa0127x 4 pl 312')).toBe(false);
    expect(read('f0704 reute')).toBe(false);
  });
});

describe('an IPTC header without its controls', () => {
  const lines = (...raw: string[]) => raw.map((r, i) => toLine(i + 1, r));
  it('is a header line with a keyword line under it', () => {
    expect(bareIptcHeaderEnd(lines('eca00412 3 i 290    dpa 0912', '', '/economy/Germany/', 'Exports fall'))).toBe(3);
    expect(bareIptcHeaderEnd(lines('', 'dpa0127 4 pl 312 dpa 0318', 'Germany-transport/buses/', 'Night buses'))).toBe(3);
  });
  it('is not read without the keyword line, or from a line that only looks like a header', () => {
    expect(bareIptcHeaderEnd(lines('eca00412 3 i 290    dpa 0912', 'Exports fall', '/economy/'))).toBe(-1);
    expect(bareIptcHeaderEnd(lines('Route 66 3 a 200 miles', '/a/b/'))).toBe(-1);
    expect(bareIptcHeaderEnd(lines('abc123456 3 i 290', '/a/b/'))).toBe(-1);
  });
  it('reads a five-digit sequence and a keyword opening with a slash', () => {
    const t = readHeader(lines('eca00412 3 i 290    dpa 0912', '', '/economy/Germany/'), 3);
    expect([t.format, t.service, t.sequence, t.priority, t.category, t.wordCount, t.keyword]).toEqual(['iptc', 'eca', '00412', '3', 'i', 290, '/economy/Germany/']);
    expect(slugOfKeyword('/economy/Germany/')).toBe('economy/Germany');
  });
});

describe('trailers', () => {
  it('read a US time zone to GMT', () => {
    expect(readTrailer(['NYT-06-01-26 0002EDT'])).toEqual({ trailer: 'NYT-06-01-26 0002EDT', issued: '2026-06-01T04:02Z' });
    expect(readTrailer(['NYT-12-31-26 2130EST'])).toEqual({ trailer: 'NYT-12-31-26 2130EST', issued: '2027-01-01T02:30Z' });
    expect(readTrailer(['AP-WF-11-13-26 1509GMT<']).issued).toBe('2026-11-13T15:09Z');
  });
  it('read Kyodo\'s operator and time group as day, month and year, with no zone', () => {
    expect(readTrailer(['KWS-21:37-09-12-26'])).toEqual({ trailer: 'KWS-21:37-09-12-26', issued: '2026-12-09T21:37' });
    expect(readTrailer(['KWS-21:37-31-13-26']).issued).toBeNull();
  });
  it('read a German month in a date-time group with its year', () => {
    expect(readTrailer(['101137 GMT Dez 26']).issued).toBe('2026-12-10T11:37Z');
  });
});

describe('ANPA keywords with spaces', () => {
  it('are read with their spaces, the last word as the take key', () => {
    const t = header('\u0001a0733\u001fw', 'r a BC-EU--Spain-Almond Harve 10-21 0300', '\u0002');
    // The header alone cannot tell a cut keyword from a take key; the display keyword line mends it (anpa.ts).
    expect([t.keyword, t.takeKey, t.date, t.wordCount]).toEqual(['BC-EU--Spain-Almond', 'Harve', '10-21', 300]);
    const three = header('\u0001a0820\u001fs', 'u s BC-BBO--Harbor League Glance 10-22 0090', '\u0002');
    expect(three.keyword).toBe('BC-BBO--Harbor League');
    expect(three.takeKey).toBe('Glance');
  });
});

describe('readHeader', () => {
  it('reads an ANPA header with format bytes and a take key', () => {
    const t = header('\u0016\u0016\u0001a0412\u001fw', 'r i \u0013\u0011BC-US--Harbor-Bridge 1stLd-Writethru 11-13 0412');
    expect(t).toMatchObject({
      format: 'anpa', service: 'a', sequence: '0412', selector: 'w', priority: 'r', category: 'i',
      keyword: 'BC-US--Harbor-Bridge', takeKey: '1stLd-Writethru', date: '11-13', wordCount: 412, contentFormat: 'prose',
    });
  });

  it('reads a keyword line run on after the service line', () => {
    const t = header('\u0016\u0016\u0001a0414\u001fw r a BC-US--Flood-Watch 11-13 0200');
    expect(t).toMatchObject({ sequence: '0414', selector: 'w', priority: 'r', category: 'a', keyword: 'BC-US--Flood-Watch', wordCount: 200 });
  });

  it('tells tabular copy by DC4 DC2', () => {
    const t = header('\u0001a0413\u001fs', 'u s \u0014\u0012BC-SPT--Results 11-13 0120');
    expect(t.contentFormat).toBe('tabular');
    expect(t.takeKey).toBeNull();
  });

  it('takes a doubled priority letter as written (a transmission glitch)', () => {
    const t = header('\u0001f1234\u001freute', 'nu f BC-ECUADOR-EXPORTS   03-09 0114');
    expect(t).toMatchObject({ priority: 'nu', category: 'f', keyword: 'BC-ECUADOR-EXPORTS', wordCount: 114 });
  });

  it('reads an IPTC-7901 header and keyword line', () => {
    const t = header('\u0001dpa0127 4 pl 312 dpa 0318', '', 'Germany-transport/buses/');
    expect(t).toMatchObject({ format: 'iptc', service: 'dpa', sequence: '0127', priority: '4', category: 'pl', wordCount: 312, keyword: 'Germany-transport/buses/' });
  });
});

describe('keywords', () => {
  it('splits an AP desk off the slug', () => {
    expect(deskOfKeyword('BC-US--Storm-Damage')).toEqual({ desk: 'US', slug: 'Storm-Damage' });
    expect(deskOfKeyword('AM-Obit--Jane-Example')).toEqual({ desk: 'Obit', slug: 'Jane-Example' });
  });

  it('does not split keywords without a short desk', () => {
    expect(deskOfKeyword('BC--ECONOMIC-SPOTLIGHT--')).toBeNull();
    expect(deskOfKeyword('BC-BURLINGTON-<BUR>--GET')).toBeNull();
    expect(deskOfKeyword('BC-(CORRECTED)---BANPONC')).toBeNull();
  });

  it('strips the prefix and the final slash', () => {
    expect(slugOfKeyword('BC-BAHIA-COCOA-REVIEW')).toBe('BAHIA-COCOA-REVIEW');
    expect(slugOfKeyword('Germany-weather/')).toBe('Germany-weather');
  });
});

describe('readTrailer', () => {
  it('reads the AP trailer and drops its closing <', () => {
    expect(readTrailer(['AP-WF-11-13-26 1509GMT<'])).toEqual({ trailer: 'AP-WF-11-13-26 1509GMT', issued: '2026-11-13T15:09Z' });
  });

  it('reads a 1980s AP trailer as 19YY', () => {
    expect(readTrailer(['AP-NR-02-26-87 0912GMT']).issued).toBe('1987-02-26T09:12Z');
  });

  it('reads an IPTC date-time group, German month names included', () => {
    expect(readTrailer(['', '131137 GMT Nov 26'])).toEqual({ trailer: '131137 GMT Nov 26', issued: '2026-11-13T11:37Z' });
    expect(readTrailer(['040915 GMT Mär 26']).issued).toBe('2026-03-04T09:15Z');
    expect(readTrailer(['011200 GMT Okt 2025']).issued).toBe('2025-10-01T12:00Z');
  });

  it('gives no date without a year, or for an impossible time', () => {
    expect(readTrailer(['131137 GMT Nov'])).toEqual({ trailer: '131137 GMT Nov', issued: null });
    expect(readTrailer(['139937 GMT Nov 26']).issued).toBeNull();
    expect(readTrailer(['AP-WF-13-13-26 1509GMT<']).issued).toBeNull();
  });

  it('gives nothing when there is no trailer', () => {
    expect(readTrailer(['', '  '])).toEqual({ trailer: null, issued: null });
  });
});
