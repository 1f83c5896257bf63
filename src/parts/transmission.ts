/**
 * transmission header and trailer: the feed framing around a story (wire-formats.md section 4).
 * ANPA-1312: `SYN SYN SOH` + service letter + sequence + `US` + selector, then a line with
 * priority, category, keyword (`BC-SLUG`), optional take key, `MM-DD` and word count.
 * IPTC-7901: `SOH` + header fields, then a keyword line ending in `/`.
 */

export interface Transmission {
  format: 'anpa' | 'iptc';
  service: string | null;
  sequence: string | null;
  selector: string | null;
  priority: string | null;
  category: string | null;
  keyword: string | null;
  takeKey: string | null;
  /** `MM-DD` from the header, as written. */
  date: string | null;
  wordCount: number | null;
  /** The trailer after ETX: `AP-WF-11-13-13 1509GMT`, `131137 GMT Nov 13`. */
  trailer: string | null;
}

const SERVICE = /\u0001([A-Za-z])?(\d{4})\u001f?([^\s\u0000-\u001f]*)/;
const ANPA_KEYWORD = /^([a-z]{1,2})\s+([a-z])\s+((?:BC|AP|AM|PM)-\S*)(?:\s+(\S+))?\s+(\d\d-\d\d)\s+(\d{1,5})\s*$/i;
const IPTC_KEYWORD = /^([^\s/][^/]{0,60}\/(?:[^/]{1,60}\/){0,6})$/;
const IPTC_HEADER = /^([a-z]{1,4})(\d{3,4})\s+(\d)\s+(\w{1,3})\s+(\d{1,5})\b/i;

/** Reads the header lines (raw, before STX) of a framed story. */
export function readHeader(rawLines: readonly string[], cleanLines: readonly string[]): Transmission {
  const t: Transmission = {
    format: 'anpa', service: null, sequence: null, selector: null, priority: null, category: null,
    keyword: null, takeKey: null, date: null, wordCount: null, trailer: null,
  };
  for (const raw of rawLines) {
    const m = SERVICE.exec(raw);
    if (m) {
      t.service = m[1] ?? null;
      t.sequence = m[2]!;
      t.selector = m[3] || null;
    }
  }
  for (const text of cleanLines) {
    const line = text.trim();
    let m = ANPA_KEYWORD.exec(line);
    if (m) {
      t.priority = m[1]!;
      t.category = m[2]!;
      t.keyword = m[3]!;
      t.takeKey = m[4] ?? null;
      t.date = m[5]!;
      t.wordCount = Number(m[6]);
      continue;
    }
    m = IPTC_HEADER.exec(line);
    if (m) {
      t.format = 'iptc';
      t.service = m[1]!;
      t.sequence = m[2]!;
      t.priority = m[3]!;
      t.category = m[4]!;
      t.wordCount = Number(m[5]);
      continue;
    }
    m = IPTC_KEYWORD.exec(line);
    if (m) {
      t.format = 'iptc';
      t.keyword = m[1]!;
    }
  }
  return t;
}

/** The slug a keyword carries: `BC-BAHIA-COCOA-REVIEW` → `BAHIA-COCOA-REVIEW`, `A/B/C/` → `A/B/C`. */
export function slugOfKeyword(keyword: string): string {
  return keyword.replace(/^(?:BC|AP|AM|PM)-/i, '').replace(/\/$/, '');
}
