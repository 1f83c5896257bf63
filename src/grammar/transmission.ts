/**
 * transmission header and trailer: the feed framing around a story (wire-formats.md section 4).
 * ANPA-1312: `SYN SYN SOH` + service letter + sequence + `US` + selector, then a line with
 * priority, category, keyword (`BC-SLUG`), optional take key, `MM-DD` and word count.
 * IPTC-7901: `SOH` + header fields, then a keyword line ending in `/`.
 * After ETX: AP's `AP-WF-11-13-13 1509GMT<` (MM-DD-YY HHMM) or IPTC's date-time group
 * `131137 GMT Nov 13` (DDHHMM, month, two-digit year; German month names occur).
 */
import { monthNumber, MONTH_WORD } from '../dates/months.js';
import { CONTROL, has, startsTransmission, type Line } from '../lines/line.js';
import type { TransmissionFormat } from '../schema/dialects.js';
import { TwinPattern } from '../text/ascii-twin.js';
import { OpeningGate } from '../text/opening-gate.js';
import { trimmed } from '../text/opening.js';

export interface Transmission {
  format: TransmissionFormat;
  service: string | null;
  sequence: string | null;
  selector: string | null;
  priority: string | null;
  category: string | null;
  keyword: string | null;
  /** ANPA desk code between the keyword prefix and `--` (`BC-US--Storm-Damage` → `US`). */
  desk: string | null;
  /** ANPA format bytes: `DC3 DC1` prose, `DC4 DC2` tabular. */
  contentFormat: 'prose' | 'tabular' | null;
  takeKey: string | null;
  /** `MM-DD` from the header, as written. */
  date: string | null;
  wordCount: number | null;
  /** The trailer after ETX: `AP-WF-11-13-13 1509GMT`, `131137 GMT Nov 13`. */
  trailer: string | null;
  /** When the trailer says, with a year, when the story was sent: `2013-11-13T15:09Z`. */
  issued: string | null;
}

/**
 * A transmission with nothing read yet. Built field by field on an empty object rather than as
 * an object literal: V8 tracks where each literal's objects are allocated, and once those of a
 * feed file's stories outlive a few collections (a parse returns them all) it moves the literal
 * to old-space allocation and throws away the optimized code that made them (framing's,
 * readHeader's), to be optimized again. An empty `{}` has no such allocation site.
 */
export function emptyTransmission(format: TransmissionFormat): Transmission {
  const t = {} as Transmission;
  t.format = format;
  t.service = null;
  t.sequence = null;
  t.selector = null;
  t.priority = null;
  t.category = null;
  t.keyword = null;
  t.desk = null;
  t.contentFormat = null;
  t.takeKey = null;
  t.date = null;
  t.wordCount = null;
  t.trailer = null;
  t.issued = null;
  return t;
}

const SERVICE = /\u0001([A-Za-z])?(\d{4})\u001f?([^\s\u0000-\u001f]*)/;
/** The service letter, sequence and selector as they read once the controls are gone. */
const SERVICE_PREFIX = /^[A-Za-z]?\d{4}\S{0,20}\s+/;
/** A keyword may hold single spaces (`BC-BBO--Harbor League Glance`); a take key follows it, if any. */
const ANPA_KEYWORD = /^([a-z]{1,2})\s+([a-z])\s+((?:BC|AP|AM|PM)-\S*(?: \S+)*?)(?:\s+(\S+))?\s+(\d\d-\d\d)\s+(\d{1,5})\s*$/i;
/** `Germany-transport/buses/`; dpa's English service opens it with a slash too (`/politics/EU/`). */
const IPTC_KEYWORD = /^(\/?[^\s/][^/]{0,60}\/(?:[^/]{1,60}\/){0,6})$/;
/**
 * `dpa0127 4 pl 312`: service, sequence, priority, category, word count. It opens with the
 * service's letters, its gate (text/opening-gate.ts): header lines of ANPA copy and most text
 * lines open otherwise and are turned away by their first character.
 */
const IPTC_HEADER = new OpeningGate('abcdefghijklmnopqrstuvwxyz', String.raw`^([a-z]{1,4})(\d{3,5})\s+(\d)\s+(\w{1,3})\s+(\d{1,5})\b`, 'i');

/**
 * Reads the header of a framed story: the lines before STX (index `stx`; or before the text, when
 * STX is missing), and the control characters of the STX line too (format bytes may travel on it).
 */
export function readHeader(lines: readonly Line[], stx: number): Transmission {
  const t = emptyTransmission('anpa');
  for (let i = 0; i <= stx && i < lines.length; i++) {
    // The format bytes (DC1-DC4) and SERVICE (SOH first) are control characters, which the
    // line's control bits tell of: most lines need no search.
    const { raw } = lines[i]!;
    if (has(lines[i]!, CONTROL.OTHER)) {
      if (raw.includes('\u0013\u0011')) t.contentFormat = 'prose';
      else if (raw.includes('\u0014\u0012')) t.contentFormat = 'tabular';
    }
    const m = has(lines[i]!, CONTROL.SOH) ? SERVICE.exec(raw) : null;
    if (m) {
      t.service = m[1] ?? null;
      t.sequence = m[2]!;
      t.selector = m[3] || null;
    }
  }
  for (let i = 0; i < stx && i < lines.length; i++) {
    const line = trimmed(lines[i]!.text);
    readHeaderLine(t, line);
  }
  return t;
}

/** Reads one header line (controls gone) into `t`: the ANPA keyword line, the IPTC header or keyword line. */
export function readHeaderLine(t: Transmission, line: string): void {
  let m = anpaKeyword(line);
  if (m) {
    t.priority = m[1]!;
    t.category = m[2]!;
    t.keyword = m[3]!;
    t.takeKey = m[4] ?? null;
    t.date = m[5]!;
    t.wordCount = Number(m[6]);
    return;
  }
  m = IPTC_HEADER.exec(line);
  if (m) {
    t.format = 'iptc';
    t.service = m[1]!;
    t.sequence = m[2]!;
    t.priority = m[3]!;
    t.category = m[4]!;
    t.wordCount = Number(m[5]);
    return;
  }
  m = iptcKeyword(line);
  if (m) {
    t.format = 'iptc';
    t.keyword = m[1]!;
  }
}

/**
 * An IPTC-7901 header whose control characters the capture lost (or never had): the first text
 * line is a header line (`eca00075 3 i 510    dpa 1003`) and a keyword line (`/politics/EU/`)
 * follows it, blank lines allowed between. Returns where the text starts, or -1.
 */
export function bareIptcHeaderEnd(lines: readonly Line[]): number {
  let at = 0;
  while (at < lines.length && lines[at]!.blank) at++;
  if (at === lines.length) return -1;
  const first = trimmed(lines[at]!.text);
  if (!IPTC_HEADER.test(first)) return -1;
  for (let next = at + 1; next < lines.length && next <= at + 3; next++) {
    if (lines[next]!.blank) continue;
    return iptcKeyword(trimmed(lines[next]!.text)) !== null ? next + 1 : -1;
  }
  return -1;
}

/**
 * Where the text starts in a story that opens with a transmission header but has no STX (lost in
 * the capture): after the lines of framing controls (ENQ, SYN, SOH; one of them with SOH, which
 * opens every header) and the keyword line that may follow them after blank lines (`u f BC-...`,
 * `Germany-transport/buses/`). -1 when the story does not open with a header.
 */
export function headerEndWithoutStx(lines: readonly Line[]): number {
  let at = 0;
  let soh = false;
  for (; at < lines.length && startsTransmission(lines[at]!); at++) soh ||= has(lines[at]!, CONTROL.SOH);
  if (!soh) return -1;
  let next = at;
  while (next < lines.length && next - at < 2 && lines[next]!.blank) next++;
  if (next === lines.length) return at;
  const line = trimmed(lines[next]!.text);
  return anpaKeyword(line) !== null || iptcKeyword(line) !== null ? next + 1 : at;
}

/**
 * The ANPA keyword line, or the same after a service line it runs on from (some captures do:
 * `a0412w r i BC-...`). ANPA_KEYWORD holds a `-` (`BC-`): a line without one is not searched.
 */
function anpaKeyword(line: string): RegExpExecArray | null {
  if (!line.includes('-')) return null;
  const m = ANPA_KEYWORD.exec(line);
  if (m) return m;
  // Without a service prefix the line would be searched again unchanged.
  const prefix = SERVICE_PREFIX.exec(line);
  return prefix ? ANPA_KEYWORD.exec(line.slice(prefix[0].length)) : null;
}

/** The IPTC keyword line (`A/B/C/`). IPTC_KEYWORD holds a `/`: a line without one is not searched. */
function iptcKeyword(line: string): RegExpExecArray | null {
  return line.includes('/') ? IPTC_KEYWORD.exec(line) : null;
}

/** The slug a keyword carries: `BC-BAHIA-COCOA-REVIEW` → `BAHIA-COCOA-REVIEW`, `/A/B/C/` → `A/B/C`. */
export function slugOfKeyword(keyword: string): string {
  const from = hasKeywordPrefix(keyword) ? 3 : keyword.startsWith('/') ? 1 : 0;
  return keyword.endsWith('/') && keyword.length > from ? keyword.slice(from, -1) : keyword.slice(from);
}

/**
 * Whether the keyword opens with `BC-`, `AP-`, `AM-` or `PM-` in either case: what
 * `/^(?:BC|AP|AM|PM)-/i` finds (without the u flag it folds no other letter to these), read by
 * character code as it is asked once per framed story. `c | 0x20` is the lower-case letter's code
 * for exactly that letter in either case.
 */
function hasKeywordPrefix(keyword: string): boolean {
  if (keyword.length < 3 || keyword.charCodeAt(2) !== 0x2d /* - */) return false;
  const a = keyword.charCodeAt(0) | 0x20;
  const b = keyword.charCodeAt(1) | 0x20;
  return (a === 0x62 /* b */ && b === 0x63 /* c */) || (a === 0x61 /* a */ && (b === 0x70 /* p */ || b === 0x6d /* m */)) || (a === 0x70 /* p */ && b === 0x6d /* m */);
}

const DESK_KEYWORD = /^(?:BC|AP|AM|PM)-([A-Za-z]{1,6})--([^-].*)$/;

/**
 * An AP keyword's desk and slug: `BC-US--Storm-Damage` → `US`, `Storm-Damage`. Only AP-style
 * copy is read this way: 1987 Reuters keywords such as `BC-VMS--HOTEL-<VHT>-APPR` keep their `--`.
 */
export function deskOfKeyword(keyword: string): { desk: string; slug: string } | null {
  const m = DESK_KEYWORD.exec(keyword);
  return m ? { desk: m[1]!, slug: m[2]! } : null;
}

/** AP's `AP-WF-11-13-13 1509GMT<`, the New York Times service's `NYT-06-01-98 0002EDT`: MM-DD-YY HHMM zone. */
const AP_TRAILER = /^[A-Z]{2,4}(?:-[A-Z]{2})?-(\d\d)-(\d\d)-(\d\d)\s+(\d\d)(\d\d)\s*(GMT|UTC|[ECMP][SD]T)<?$/;
/** Hours to add to a North American zone's time for GMT. */
const ZONE_HOURS: Readonly<Record<string, number>> = { GMT: 0, UTC: 0, EST: 5, EDT: 4, CST: 6, CDT: 5, MST: 7, MDT: 6, PST: 8, PDT: 7 };
/** Kyodo's operator and time group: `KWS-21:37-09-12-18`, HH:MM then DD-MM-YY, Tokyo time (no zone written). */
const OPERATOR_TRAILER = /^[A-Z]{2,4}-(\d\d):(\d\d)-(\d\d)-(\d\d)-(\d\d)$/;
export const DATE_TIME_GROUP = new TwinPattern(String.raw`^(\d\d)(\d\d)(\d\d)\s+GMT\s+(${MONTH_WORD})\.?(?:\s+(\d\d|\d{4}))?$`, 'u');

/**
 * Reads the trailer after ETX (the first non-empty text on the ETX line after ETX, or on the lines
 * below): the trailer as written, without ANPA's closing `<`, and when it was issued if it gives a
 * year. Two-digit years are read as 19YY from 70 on, 20YY below.
 */
export function readTrailer(texts: readonly string[]): { trailer: string | null; issued: string | null } {
  let written: string | undefined;
  for (let k = 0; k < texts.length && written === undefined; k++) {
    const t = texts[k]!.trim();
    if (t !== '') written = t;
  }
  if (written === undefined) return { trailer: null, issued: null };
  const trailer = written.endsWith('<') ? written.slice(0, -1) : written;
  let m = AP_TRAILER.exec(written);
  if (m) return { trailer, issued: stamp(m[3]!, Number(m[1]), Number(m[2]), m[4]!, m[5]!, ZONE_HOURS[m[6]!]!) };
  m = OPERATOR_TRAILER.exec(written);
  if (m) return { trailer, issued: stamp(m[5]!, Number(m[4]), Number(m[3]), m[1]!, m[2]!, null) };
  m = DATE_TIME_GROUP.exec(written);
  const month = m ? monthNumber(m[4]!) : null;
  if (m && m[5] !== undefined && month !== null) return { trailer, issued: stamp(m[5], month, Number(m[1]), m[2]!, m[3]!, 0) };
  return { trailer, issued: null };
}

/**
 * The time a trailer gives, as `YYYY-MM-DDTHH:MMZ` when its zone is known (`hoursToGmt` added),
 * or as written without a zone (`null`).
 */
function stamp(year: string, month: number, day: number, hour: string, minute: string, hoursToGmt: number | null): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(hour) > 23 || Number(minute) > 59) return null;
  const fullYear = year.length === 4 ? Number(year) : Number(year) + (Number(year) >= 70 ? 1900 : 2000);
  const pad = (v: number) => String(v).padStart(2, '0');
  if (hoursToGmt === null) return `${fullYear}-${pad(month)}-${pad(day)}T${hour}:${minute}`;
  const at = new Date(Date.UTC(fullYear, month - 1, day, Number(hour) + hoursToGmt, Number(minute)));
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}Z`;
}
