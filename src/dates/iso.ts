/**
 * Turns a written dateline date into YYYY-MM-DD. The year is taken only from evidence (the date
 * itself, the transmission, or a reference date the caller gives); without one the answer is
 * null and the caller records why.
 */
import { TwinPattern } from '../text/ascii-twin.js';
import { monthNumber, MONTH_WORD } from './months.js';

interface CalendarDate {
  year: number | null;
  month: number;
  day: number;
}

export const MONTH_DAY = new TwinPattern(`^(${MONTH_WORD})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?(?:,?\\s+(\\d{4}))?$`, 'iu');
export const DAY_MONTH = new TwinPattern(`^(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?(${MONTH_WORD})\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?$`, 'iu');

/** Numeric dates, day first as Arabic and European copy writes them: `25-11-2023`, `25.11.2023`. */
const NUMERIC = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/;

/** Chinese and Japanese datelines number the month: `11月24日`, `2025年11月24日`. */
const NUMBERED = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/;

/**
 * Dates already read, by their text as written. The same few dates head every story of a day's
 * file, and the dateline reader and readYear() both ask; a bounded map keeps an endless stream
 * from growing it. The dates are frozen and shared, as the footer matches of profiles/index.ts
 * are: nothing a caller does can reach the next one.
 */
const DATES_READ = new Map<string, Readonly<CalendarDate> | null>();
const MAX_DATES_READ = 512;

export function readDate(written: string): Readonly<CalendarDate> | null {
  let date = DATES_READ.get(written);
  if (date === undefined) {
    const read = readDateOnce(written);
    date = read === null ? null : Object.freeze(read);
    if (DATES_READ.size >= MAX_DATES_READ) DATES_READ.clear();
    DATES_READ.set(written, date);
  }
  return date;
}

function readDateOnce(written: string): CalendarDate | null {
  const text = written.trim().replace(/\.$/, '');
  const numbered = NUMBERED.exec(text);
  if (numbered) return Number(numbered[2]) > 12 ? null : calendar(numbered[1], Number(numbered[2]), Number(numbered[3]));
  const numeric = NUMERIC.exec(written.trim());
  if (numeric) return numericDate(Number(numeric[1]), Number(numeric[3]), numeric[4]!);
  let m = MONTH_DAY.exec(text);
  if (m) return calendar(m[3], monthNumber(m[1]!), Number(m[2]));
  m = DAY_MONTH.exec(text);
  if (m) return calendar(m[3], monthNumber(m[2]!), Number(m[1]));
  return null;
}

/** Day first unless the first number cannot be a month's day and the second can (`11/25/2023`). */
function numericDate(first: number, second: number, year: string): CalendarDate | null {
  const [month, day] = second > 12 && first <= 12 ? [first, second] : [second, first];
  return month > 12 ? null : calendar(year, month, day);
}

function calendar(year: string | undefined, month: number | null, day: number): CalendarDate | null {
  if (month === null || day < 1 || day > 31) return null;
  return { year: year === undefined ? null : Number(year), month, day };
}

function isoDate(date: CalendarDate & { year: number }): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * The year that puts month/day closest to the reference date: copy is filed on or a little
 * before the day it is read, so a December dateline read in January belongs to the year before.
 */
function yearNear(month: number, day: number, reference: Date): number {
  const refYear = reference.getUTCFullYear();
  let best = refYear;
  let bestDistance = Infinity;
  for (const year of [refYear - 1, refYear, refYear + 1]) {
    const distance = Math.abs(Date.UTC(year, month - 1, day) - reference.getTime());
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/** Where the year of an ISO date came from. */
type YearSource = 'dateline' | 'story' | 'reference';

type YearResolution =
  | { iso: string; source: YearSource; code?: undefined; message?: undefined }
  | { iso: null; source: null; code: 'unreadable-date' | 'date-without-year'; message: string };

/** Just before a year: `Oct. 2, ` or `2 October ` (the month and day that the year completes). */
const BEFORE_YEAR = new TwinPattern(`(?:(${MONTH_WORD})\\.? {1,2}(\\d{1,2}),? {1,2}|(\\d{1,2})\\.? {1,2}(${MONTH_WORD})\\.?,? {1,2})$`, 'u');
/**
 * A year that can complete a date: BEFORE_YEAR ends in a space, so only a year right after a
 * space is worth reading back from. Looking for the space and the year together keeps the scan of
 * a long paragraph to one native pass; what follows the year is read apart (yearStandsAlone), so
 * that no paragraph has to be scanned first to choose between an ASCII and a Unicode pattern.
 */
const YEAR_AFTER_SPACE = / (?:19|20)\d\d/g;
const LETTER_OR_DIGIT_FIRST = new TwinPattern(String.raw`^[\p{L}\d]`, 'u');

/** Whether the four digits of a year ending before `end` are not the start of a longer word or number. */
function yearStandsAlone(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (c < 0x80) return !((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39));
  // Beyond ASCII (a letter of another script, or a surrogate pair's first half): the property asked.
  return !LETTER_OR_DIGIT_FIRST.test(text.slice(end, end + 2));
}

/**
 * The year of a full date elsewhere in the story (`... in Gimpo on Oct. 2, 2025`) with the same
 * month and day. Years are found first and the few characters before each are read, which keeps
 * this linear and cheap on long paragraphs.
 */
function yearInText(texts: readonly string[], month: number, day: number): number | null {
  for (const text of texts) {
    YEAR_AFTER_SPACE.lastIndex = 0;
    for (let y = YEAR_AFTER_SPACE.exec(text); y !== null; y = YEAR_AFTER_SPACE.exec(text)) {
      const at = y.index + 1;
      if (!yearStandsAlone(text, at + 4)) continue;
      const m = BEFORE_YEAR.exec(text.slice(Math.max(0, at - 20), at));
      if (!m) continue;
      const writtenMonth = m[1] ?? m[4]!;
      const writtenDay = m[2] ?? m[3]!;
      if (monthNumber(writtenMonth) === month && Number(writtenDay) === day) return Number(text.slice(at, at + 4));
    }
  }
  return null;
}

/**
 * Resolves a written date to ISO from evidence only: its own year, a full date with the same
 * month and day elsewhere in the story (the texts of `evidence`), or the reference date the
 * caller gives. Never a guess.
 */
export function readYear(written: string, evidence: readonly string[], reference: Date | undefined): YearResolution {
  const date = readDate(written);
  if (date === null) return { iso: null, source: null, code: 'unreadable-date', message: `cannot read the date "${written}"` };
  if (date.year !== null) return { iso: isoDate({ ...date, year: date.year }), source: 'dateline' };
  const inStory = yearInText(evidence, date.month, date.day);
  if (inStory !== null) return { iso: isoDate({ ...date, year: inStory }), source: 'story' };
  if (reference) return { iso: isoDate({ ...date, year: yearNear(date.month, date.day, reference) }), source: 'reference' };
  return {
    iso: null,
    source: null,
    code: 'date-without-year',
    message: `dateline date "${written}" has no year; pass --reference-date to resolve it`,
  };
}
