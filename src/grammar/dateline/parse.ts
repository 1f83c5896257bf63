/**
 * dateline: where, when and by whom a story was filed, read off the start of its first paragraph.
 */
import { readDate } from '../../dates/iso.js';
import { profileByAlias, type AgencyProfile } from '../../profiles/index.js';
import { trimmed } from '../../text/opening.js';
import { isAsciiText, TwinPattern } from '../../text/ascii-twin.js';
import type { DatelineFormName } from '../../profiles/profile.js';
import { DATELINE_FORMS, SEPARATORS } from './forms.js';

/** The smallest indent that marks a paragraph start (the 1987 wire indents four spaces, tables one). */
const PARAGRAPH_INDENT = 2;
/** Flash stars in front of a dateline (`****SANTO DOMINGO, March 4 -`): not the dateline's text. */
const LEADING_STARS = /^\*+/;
/**
 * What a dateline opens with: a capital, a digit, `(`, flash stars; Chinese datelines open with
 * the agency's name in Han characters (`新华社`), Arabic ones with the place, Japanese with `【`.
 */
const DATELINE_START = new TwinPattern(String.raw`^[\p{Lu}\d(*\p{sc=Han}\u0620-\u06ff【]$`, 'u');
/** The separators by their last character, longest first (see separatorAtEnd). */
const SEPARATORS_BY_LAST = new Map<number, string[]>();
for (const sep of [...SEPARATORS].sort((a, b) => b.length - a.length)) {
  const last = sep.charCodeAt(sep.length - 1);
  SEPARATORS_BY_LAST.set(last, [...(SEPARATORS_BY_LAST.get(last) ?? []), sep]);
}

/**
 * The separator that ends a dateline as written (trimmed), or null: the longest separator the
 * text ends with. It is what matching `(SEPARATOR)\s*$` finds: separators hold no space, so the
 * one matched must end where the text does, and the leftmost match is the longest such one.
 * Only the separators ending with the text's last character are compared, by character: this
 * runs once per story, and endsWith() per separator cost more than the rest of the reading.
 */
function separatorAtEnd(written: string): string | null {
  const candidates = SEPARATORS_BY_LAST.get(written.charCodeAt(written.length - 1));
  if (candidates === undefined) return null;
  for (const sep of candidates) if (endsWith(written, sep)) return sep;
  return null;
}

function endsWith(text: string, end: string): boolean {
  const from = text.length - end.length;
  if (from < 0) return false;
  for (let k = 0; k < end.length; k++) if (text.charCodeAt(from + k) !== end.charCodeAt(k)) return false;
  return true;
}

/** `text.trim()` (see opening.ts), or null for no text: the dateline's fields nearly always are their own trim. */
function trimmedField(text: string | null | undefined): string | null {
  return text === null || text === undefined ? null : trimmed(text);
}

/**
 * The forms a line may open with, as a bit per form, by the code of its first character: none
 * when DATELINE_START turns the character away, else those whose `opens` takes it. Read off the
 * patterns themselves the first time a character comes, so that this gate, asked of every line,
 * says what the patterns say: a character code alone is one UTF-16 unit, as DATELINE_START and
 * `opens` read one (a surrogate half passes neither). ASCII characters are kept in a table
 * (-1 until read), the others in a map.
 */
const OPENED_BY_ASCII = new Int32Array(128).fill(-1);
const OPENED_BY = new Map<number, number>();

function formsOpenedBy(c: number): number {
  if (c < 128) {
    const known = OPENED_BY_ASCII[c]!;
    return known >= 0 ? known : (OPENED_BY_ASCII[c] = readOpenedBy(c));
  }
  let mask = OPENED_BY.get(c);
  if (mask === undefined) OPENED_BY.set(c, (mask = readOpenedBy(c)));
  return mask;
}

function readOpenedBy(c: number): number {
  const first = String.fromCharCode(c);
  if (!DATELINE_START.test(first)) return 0;
  let mask = 0;
  DATELINE_FORMS.forEach((form, i) => {
    if (form.opens.test(first)) mask |= 1 << i;
  });
  return mask;
}

/** The characters forms need (`needs`), each a bit, and each form's needs as a mask of them. */
const NEEDED = [...new Set(DATELINE_FORMS.flatMap((form) => form.needs))];
const NEEDS_OF = DATELINE_FORMS.map((form) => form.needs.reduce((mask, c) => mask | (1 << NEEDED.indexOf(c)), 0));

/**
 * Where `text` starts after white space: what trimStart() would leave. Spaces and tabs are
 * counted by hand (a pattern or a trimmed copy per line cost more than the whole of most
 * lines' reading); any other white space, ASCII or not, is left to trimStart().
 */
function indentOf(text: string): number {
  let i = 0;
  let c = text.charCodeAt(0);
  while (c === 32 || c === 9) c = text.charCodeAt(++i);
  return (c >= 10 && c <= 13) || c >= 128 ? text.length - text.trimStart().length : i;
}

/** The index of the first digit (`\d`: 0-9) in `text`, or -1. */
function firstDigit(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return -1;
}

export interface DatelineMatch {
  /** The dateline as written, separator included, surrounding space trimmed. */
  text: string;
  location: string | null;
  date: string | null;
  agency: string | null;
  reporter: string | null;
  /** The byline the dateline holds (`홍길동 기자`), or null. */
  byline: string | null;
  /** The agency's profile when the agency is known. */
  profile: AgencyProfile | undefined;
  /** Which form matched (for tests and debugging). */
  form: DatelineFormName;
  /** The separator between dateline and text as written (`--`, `.-`, `:`), '' when there is none. */
  separator: string;
  /** Offset in the line where the dateline starts and where the paragraph text resumes. */
  start: number;
  end: number;
}

/**
 * Reads a dateline at the start of `text` (after its indent), or returns null. `framedBy` names
 * the service of the story's transmission header (IPTC `dpa0127 ...`): an agency written that
 * way is accepted even without a profile or the capital letter of a credit.
 */
export function readDateline(text: string, framedBy: string | null = null): DatelineMatch | null {
  const start = indentOf(text);
  // Every form opens with a capital, a digit, `(`, flash stars or a Han character: most body lines
  // are out at once.
  const opened = start < text.length ? formsOpenedBy(text.charCodeAt(start)) : 0;
  if (opened === 0) return null;
  const rest = text.slice(start, start + 200);
  const digitAt = firstDigit(rest);
  // Whether `rest` is ASCII, asked when a form first gets past its gates (many lines never do).
  let ascii: boolean | undefined;
  // The needs are looked for once each, when a form first asks.
  let looked = 0;
  let held = 0;
  for (let f = 0; f < DATELINE_FORMS.length; f++) {
    const form = DATELINE_FORMS[f]!;
    if (form.indentedOnly && start < PARAGRAPH_INDENT) continue;
    if ((opened & (1 << f)) === 0) continue;
    const needs = NEEDS_OF[f]!;
    for (let unknown = needs & ~looked, b = 0; unknown !== 0; b++, unknown >>= 1) {
      if ((unknown & 1) === 0) continue;
      const c = NEEDED[b]!;
      if (c === 'digit' ? digitAt >= 0 : rest.includes(c)) held |= 1 << b;
      looked |= 1 << b;
    }
    if ((held & needs) !== needs) continue;
    ascii ??= isAsciiText(rest);
    if (form.fromDay !== null) {
      if (digitAt < 0) continue;
      const fromDay = form.fromDay.for(ascii);
      fromDay.lastIndex = digitAt;
      if (!fromDay.test(rest)) continue;
    }
    const m = form.pattern.for(ascii).exec(rest);
    if (!m) continue;
    const fields = form.fields(m);
    if (fields.date !== null && readDate(fields.date) === null) continue;
    const profile = fields.agency === null ? undefined : profileByAlias(fields.agency);
    // An agency without a profile is accepted only when it looks like one and a separator follows,
    // so that `Shares of Acme Corp (ACME) rose` is not read as a dateline.
    const written = m[0].trim();
    const separator = separatorAtEnd(written);
    if (fields.agency !== null && profile === undefined) {
      const fromHeader = framedBy !== null && fields.agency.trim().toLowerCase().split('/').pop() === framedBy.toLowerCase();
      if (form.agency !== 'credit-like' || !(fromHeader || looksLikeAgency(fields.agency)) || !separator) continue;
    }
    if (profile !== undefined && form.agency === 'known' && !profile.datelineForms.includes(form.name)) continue;
    return {
      // Asked of every dateline, not behind a test for a star: a branch only the rare flash-starred
      // dateline takes has no type feedback when readDateline is optimized, and the first such
      // dateline would throw the optimized code away.
      text: written.replace(LEADING_STARS, ''),
      location: trimmedField(fields.location),
      date: trimmedField(fields.date),
      agency: trimmedField(fields.agency),
      reporter: trimmedField(fields.reporter),
      byline: trimmedField(fields.byline),
      profile,
      form: form.name,
      separator: separator ?? '',
      start,
      end: start + m[0].length,
    };
  }
  return null;
}

/**
 * An agency we have no profile for still reads as one when it is short and credit-like:
 * `(Bloomberg)`, `(NNA)`. Parenthesised asides in ordinary prose (`(file photo)`) do not.
 */
function looksLikeAgency(written: string): boolean {
  const words = written.trim().split(/\s+/);
  if (words.length > 3) return false;
  return words.every((w) => AGENCY_WORD.test(w));
}

const AGENCY_WORD = new TwinPattern(String.raw`^[\p{Lu}][\p{L}\p{M}.&'/-]*$`, 'u');
