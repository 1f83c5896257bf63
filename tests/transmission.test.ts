import { describe, expect, it } from 'vitest';
import { CONTROL, has, toLine } from '../src/lines/line.js';
import { deskOfKeyword, readHeader, readTrailer, slugOfKeyword } from '../src/grammar/transmission.js';

/** Reads raw header lines as the parser does: up to the STX line, or all of them. */
function header(...raw: string[]) {
  const lines = raw.map((r, i) => toLine(i + 1, r));
  const stx = lines.findIndex((l) => has(l, CONTROL.STX));
  return readHeader(lines, stx < 0 ? lines.length : stx);
}

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
