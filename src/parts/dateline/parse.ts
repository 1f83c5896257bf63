/**
 * dateline: where, when and by whom a story was filed, read off the start of its first paragraph.
 */
import { readDate } from '../../dates/iso.js';
import { profileByAlias, type AgencyProfile } from '../../profiles/index.js';
import { DATELINE_FORMS, SEPARATOR, type DatelineFormName } from './forms.js';

/** The smallest indent that marks a paragraph start (the 1987 wire indents four spaces, tables one). */
const PARAGRAPH_INDENT = 2;
/** Chinese datelines open with the agency's name in Han characters (`新华社`). */
const DATELINE_START = /^[\p{Lu}\d(*\p{sc=Han}]$/u;
export const SEPARATOR_AT_END = new RegExp(`(${SEPARATOR})\\s*$`, 'u');

export interface DatelineMatch {
  /** The dateline as written, separator included, surrounding space trimmed. */
  text: string;
  location: string | null;
  date: string | null;
  agency: string | null;
  reporter: string | null;
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
  const start = text.length - text.trimStart().length;
  // Every form opens with a capital, a digit, `(`, flash stars or a Han character: most body lines
  // are out at once.
  if (!DATELINE_START.test(text.charAt(start))) return null;
  const rest = text.slice(start, start + 200);
  const hasDigit = /\d/.test(rest);
  const holds = (c: string) => (c === 'digit' ? hasDigit : rest.includes(c));
  for (const form of DATELINE_FORMS) {
    if (form.indentedOnly && start < PARAGRAPH_INDENT) continue;
    if (!form.opens.test(rest)) continue;
    if (!form.needs.every(holds)) continue;
    const m = form.pattern.exec(rest);
    if (!m) continue;
    const fields = form.fields(m);
    if (fields.date !== null && readDate(fields.date) === null) continue;
    const profile = fields.agency === null ? undefined : profileByAlias(fields.agency);
    // An agency without a profile is accepted only when it looks like one and a separator follows,
    // so that `Shares of Acme Corp (ACME) rose` is not read as a dateline.
    const separator = SEPARATOR_AT_END.exec(m[0]);
    if (fields.agency !== null && profile === undefined) {
      const fromHeader = framedBy !== null && fields.agency.trim().toLowerCase().split('/').pop() === framedBy.toLowerCase();
      if (form.agency !== 'credit-like' || !(fromHeader || looksLikeAgency(fields.agency)) || !separator) continue;
    }
    if (profile !== undefined && form.agency === 'known' && !profile.datelineForms.includes(form.name)) continue;
    return {
      text: m[0].trim().replace(/^\*+/, ''),
      location: fields.location?.trim() ?? null,
      date: fields.date?.trim() ?? null,
      agency: fields.agency?.trim() ?? null,
      reporter: fields.reporter?.trim() ?? null,
      profile,
      form: form.name,
      separator: separator?.[1] ?? '',
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
  return words.every((w) => /^[\p{Lu}][\p{L}\p{M}.&'/-]*$/u.test(w));
}
