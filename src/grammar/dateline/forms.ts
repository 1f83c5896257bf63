/**
 * The shapes a dateline takes, one small pattern per shape (like chrono's parsers), tried in
 * order at the start of a story's first paragraph. Every pattern is anchored and every repetition
 * bounded, so a line costs at most a few hundred steps whatever it holds.
 */
import { MONTH_WORD } from '../../dates/months.js';
import { TwinPattern } from '../../text/ascii-twin.js';
import type { DatelineFormName } from '../../profiles/profile.js';
import { PROFILES } from '../../profiles/index.js';

/** One place segment: capitalised words, with a parenthesised or bracketed region allowed. No digit (see fromDay). */
const WORD = String.raw`(?:[\p{L}\p{M}][\p{L}\p{M}'’.&/-]{0,30}|\([\p{L}\p{M} .'-]{1,30}\)|\[[\p{L}\p{M} .'-]{1,30}\])`;
const SEGMENT = String.raw`\p{Lu}[\p{L}\p{M}'’.&/-]{0,30}(?: ${WORD}){0,5}`;
/** A comma between place segments; old copy sometimes puts a space before it (`OAKLAND , N.J.`). */
const COMMA = String.raw` ?,`;
/** Between place and date: a comma (spaces around it optional, as old copy has it) or a space. */
const PLACE_DATE = String.raw`(?:${COMMA} {0,3}| {1,3})`;
/** `READING, Penn.`, `BUENOS AIRES, Argentina`, `Imphal (Manipur) [India]`, `DALLAS/FORT WORTH`. */
const PLACE = String.raw`${SEGMENT}(?:(?:${COMMA})? ${SEGMENT}){0,2}`;
/** An all-capitals place, the only kind the 1987 wire writes without a date (`WOODBRIDGE, N.J. -`). */
const CAPITAL_PLACE = String.raw`\p{Lu}[\p{Lu}'’.&/-]{1,30}(?: [\p{Lu}'’.&/-]{1,30}){0,3}(?:${COMMA} ${SEGMENT})?`;

/** Old copy doubles spaces inside datelines (`DALLAS, March  5 -`). */
const SP = String.raw` {1,3}`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th|er)?`;
/** A month-shaped word; readDateline() rejects a match whose word is not a month. */
const MONTH = String.raw`${MONTH_WORD}\.?`;
/** After the day of a month-first date: its year (`March 11, 1987`). */
const MONTH_FIRST_REST = String.raw`(?:,? \d{4})?`;
/** After the day of a day-first date: its month and year (`30 October`, `10 juil 2024`). */
const DAY_FIRST_REST = String.raw`\.? (?:de )?${MONTH}(?:,? (?:de )?\d{4})?`;
/** `Oct. 30`, `Feb 26`, `March 11, 1987`, `30 October`, `10 juil 2024`, `16 MAG`. */
export const DATE = String.raw`(?:${MONTH}${SP}${DAY}${MONTH_FIRST_REST}|${DAY}${DAY_FIRST_REST})`;
/** A DATE from its day on, whichever comes first in it: the day is the first digit of a DATE. */
const DATE_FROM_DAY = String.raw`${DAY}(?:${MONTH_FIRST_REST}|${DAY_FIRST_REST})`;

/** Dashes and other separators between dateline and text, in the order the patterns try them. */
export const SEPARATORS: readonly string[] = ['.-', '--', '—', '–', '-', '_', ':', '='];
export const SEPARATOR = `(?:${SEPARATORS.map((sep) => sep.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;

/** What a form's match yields; `agency` is as written. */
interface DatelineFields {
  location: string | null;
  date: string | null;
  agency: string | null;
  /** A reporter named inside the dateline (Korean `NAME 기자`). */
  reporter?: string | null;
  /** The byline as the dateline writes it (`NAME 기자`), when it names the reporter. */
  byline?: string | null;
}


interface DatelineForm {
  name: DatelineFormName;
  /**
   * Anchored pattern; the match must end where the text of the paragraph begins. Its ASCII twin
   * is what most lines meet (text/ascii-twin.ts): the forms' Unicode classes are most of what
   * building and first running them costs.
   */
  pattern: TwinPattern;
  fields(m: RegExpExecArray): DatelineFields;
  /**
   * What the agency group may name: `known` only an agency whose profile lists this form (a bare
   * word such as `AAP` is too easily an ordinary word); `credit-like` any agency with a profile, or
   * an unknown one that looks like a credit and is followed by a separator (`(Bloomberg) -`);
   * `none` when the form has no agency.
   */
  agency: 'known' | 'credit-like' | 'none';
  /**
   * Whether the form is only read on an indented line: the weakest shapes are trusted only where
   * the 1987 wire puts datelines, at an indented paragraph start.
   */
  indentedOnly: boolean;
  /** Characters the text must hold for the form to have a chance; a cheap test before the pattern. */
  needs: readonly string[];
  /**
   * What the first character of a match can be (a pattern anchored at the start, one character
   * long), tested before the pattern. Besides the time of a
   * failed match, it saves compiling a pattern that cannot match: V8 compiles each pattern on its
   * first use, and a form's Unicode classes take tens of milliseconds on two-byte text. With
   * DATELINE_START, it is all readDateline's first look at a line is made of (parse.ts).
   */
  opens: TwinPattern;
  /**
   * For a form whose text before the date holds no digit (place words, separators), the pattern
   * from the date's day on, sticky: the day is then the first digit of the line, and wherever
   * the whole pattern matches, this matches from that digit (it is the same pattern with what
   * comes before the day left out). Tried first, it turns away a line that opens like a dateline
   * but lacks this form's ending (`NEW YORK, Feb 26 - ...` for a form wanting an agency after
   * the date) in a few steps, where the whole pattern would backtrack over every place word.
   * Null for the other forms: every form has every field, so that readDateline, which reads the
   * forms in turn, meets objects of one shape (one map) and its optimized code stays valid.
   */
  fromDay: TwinPattern | null;
}

const AGENCY = String.raw`[\p{L}\p{M}][\p{L}\p{M}/&.' -]{0,38}[\p{L}\p{M}.]`;
/** An agency written without parentheses: one capitalised word. */
const BARE_AGENCY = String.raw`\p{Lu}\p{L}{1,20}`;
const GAP = String.raw`[ \t]*`;
/** Where the paragraph text resumes: after space, at the end of the line, or (old copy) right after the dash. */
const END = String.raw`(?:[ \t]+|$|(?=[\p{L}"'<(]))`;
/** Flash marks in front of a dateline on the 1987 wire: `****SANTO DOMINGO, March 4 -`. */
const STARS = String.raw`(?:\*{1,6})?`;

function form(
  name: DatelineFormName,
  opens: TwinPattern,
  needs: readonly string[],
  source: string,
  fields: DatelineForm['fields'],
  agency: DatelineForm['agency'] = 'credit-like',
  indentedOnly = false,
  fromDay: TwinPattern | null = null,
): DatelineForm {
  return { name, pattern: new TwinPattern(`^${source}`, 'u'), fields, agency, indentedOnly, needs, opens, fromDay };
}

/** A form with a date: `lead` before it must hold no digit, `tail` follows it (see fromDay). */
function dated(
  name: DatelineFormName,
  needs: readonly string[],
  lead: string,
  tail: string,
  fields: DatelineForm['fields'],
  agency: DatelineForm['agency'] = 'credit-like',
): DatelineForm {
  return form(name, CAPITAL, needs, `${lead}(${DATE})${tail}`, fields, agency, false, new TwinPattern(`${DATE_FROM_DAY}${tail}`, 'uy'));
}

/**
 * Arabic script: letters and their marks (no case, so no capital opens a place). A range, not
 * `\p{sc=Arabic}`: it needs no ASCII twin and holds no digits (Arabic-Indic digits are `\d`-like).
 */
const ARABIC = String.raw`[\u0620-\u065f\u066e-\u06d3\u06d5\u06fa-\u06ff]`;
const ARABIC_WORDS = String.raw`${ARABIC}{1,30}(?: ${ARABIC}{1,30}){0,3}`;
/** `القدس`, `كييف (أوكرانيا)`: words, and the country in brackets. */
const ARABIC_PLACE = String.raw`${ARABIC_WORDS}(?: \(${ARABIC_WORDS}\))?`;
/** The numeric dates of Arabic and other copy: `25-11-2023`, `25.11.2023`, `25/11/2023`. */
const NUMERIC_DATE = String.raw`\d{1,2}[-./]\d{1,2}[-./]\d{4}`;

/**
 * The agencies Japanese copy names in Han characters (`共同`), from the profiles: the place runs
 * into the agency inside the brackets (`【北京共同】`), and only a known name tells them apart.
 */
const HAN_AGENCIES = PROFILES.flatMap((p) => p.aliases).filter((a) => /^\p{sc=Han}{2,4}$/u.test(a)).join('|');

/** First characters: a parenthesised agency, a place (flash stars allowed where STARS is), a date, Han, Arabic. */
const PAREN = new TwinPattern(String.raw`^\(`, '');
const CAPITAL = new TwinPattern(String.raw`^\p{Lu}`, 'u');
const STARS_OR_CAPITAL = new TwinPattern(String.raw`^[*\p{Lu}]`, 'u');
const DATE_START = new TwinPattern(String.raw`^[\p{L}\d]`, 'u');
const HAN = new TwinPattern(String.raw`^\p{sc=Han}`, 'u');
const ARABIC_START = new TwinPattern(String.raw`^[\u0620-\u06ff]`, '');
const LENTICULAR = new TwinPattern(String.raw`^【`, '');

/** Forms with a date need a digit; forms with a parenthesised agency need a bracket. */
const DATE_AND_AGENCY = ['(', 'digit'];

/** Order matters: the more specific shapes come first. */
export const DATELINE_FORMS: readonly DatelineForm[] = [
  // ANSA: `(ANSA) - MILANO, 16 MAG - `
  form('agency-place-date', PAREN, DATE_AND_AGENCY, String.raw`\((${AGENCY})\)${GAP}${SEPARATOR}${GAP}(${PLACE}),? (${DATE})${GAP}${SEPARATOR}${END}`,
    (m) => ({ agency: m[1]!, location: m[2]!, date: m[3]! })),
  // Korean agencies (Yonhap, News1, Newsis): `(서울=연합뉴스) 홍길동 기자 = `, `(서울=뉴스1) ...`
  form('korean', PAREN, ['(', '='], String.raw`\(([\p{L}\p{M} ]{1,20})=(${AGENCY}|\p{L}{1,10}\d{1,2})\)${GAP}(?:([\p{L}\p{M}·][\p{L}\p{M} ·]{0,29}?)[ \t]*(기자|특파원)[ \t]*)?=${END}`,
    (m) => ({ location: m[1]!, agency: m[2]!, date: null, reporter: m[3] ?? null, byline: m[3] === undefined ? null : `${m[3]} ${m[4]!}` })),
  // Chinese agencies put the agency first and the place and date in one run: `新华社北京11月24日电（记者张伟）`
  form('chinese', HAN, ['电', 'digit'], String.raw`(\p{sc=Han}{2,4}社)(\p{sc=Han}{1,8}?)(\d{1,2}月\d{1,2}日)电(?:[（(]记者[ \t]?([^（）()]{1,30})[）)])?[ \t]*`,
    (m) => ({ agency: m[1]!, location: m[2]!, date: m[3]!, reporter: m[4] ?? null, byline: m[4] ?? null }), 'known'),
  // Japanese agencies: `【北京共同】` (place and agency in lenticular brackets, no date, no separator).
  form('japanese', LENTICULAR, ['【'], String.raw`【([^【】\s]{1,16}?)(${HAN_AGENCIES})】[ \t]*`,
    (m) => ({ location: m[1]!, date: null, agency: m[2]! })),
  // Arabic services (AFP): `القدس, 25-11-2023 (أ ف ب) -`, `لندن (أ ف ب)`; right to left, kept in its order.
  form('arabic', ARABIC_START, ['('], String.raw`(${ARABIC_PLACE})(?:[,،] ?(${NUMERIC_DATE}))? ?\((${ARABIC_WORDS})\)(?:${GAP}${SEPARATOR})?${END}`,
    (m) => ({ location: m[1]!, date: m[2] ?? null, agency: m[3]! }), 'known'),
  // TASS: `MOSCOW, June 27. /TASS/. `; Xinhua's Russian service: `ПЕКИН, 24 ноября /Синьхуа/ -- `
  dated('tass', ['/', 'digit'], String.raw`(${PLACE}), `, String.raw`\.?${GAP}/(${AGENCY})/\.?(?:${GAP}${SEPARATOR})?${END}`,
    // The full stop after a day-month date (`27 июня. /ТАСС/.`) is the form's, not the date's.
    (m) => ({ location: m[1]!, date: m[2]!.replace(/(\p{L})\.$/u, '$1'), agency: m[3]! })),
  // Yonhap, Xinhua, Reuters, AFP, Bernama, KCNA, PTI, ANI, EFE: `SEOUL, Oct. 30 (Yonhap) --`
  dated('place-date-agency', DATE_AND_AGENCY, String.raw`(${PLACE})${PLACE_DATE}`, String.raw`${GAP}\((${AGENCY})\)(?:${GAP}${SEPARATOR})?${END}`,
    (m) => ({ location: m[1]!, date: m[2]!, agency: m[3]! })),
  // The agency as a bare word: 1987 Reuters `OKLAHOMA CITY, Okla. March 11, Reuter -`,
  // AAP `CANBERRA, July 21 AAP - `, old Kyodo `TOKYO, Jan. 5 Kyodo - `.
  dated('place-date-credit', ['digit'], String.raw`(${PLACE})${PLACE_DATE}`, String.raw`,?${GAP}(${BARE_AGENCY})${GAP}${SEPARATOR}${END}`,
    (m) => ({ location: m[1]!, date: m[2]!, agency: m[3]! }), 'known'),
  // AP, Kyodo, dpa, Anadolu, Antara, VNA: `WASHINGTON (AP) —`
  form('place-agency', CAPITAL, ['('], String.raw`(${PLACE})${GAP}\((${AGENCY})\)(?:${GAP}${SEPARATOR})?${END}`,
    (m) => ({ location: m[1]!, date: null, agency: m[2]! })),
  // UPI: `Nov. 27 (UPI) --`
  form('date-agency', DATE_START, DATE_AND_AGENCY, String.raw`(${DATE})${GAP}\((${AGENCY})\)${GAP}${SEPARATOR}${END}`,
    (m) => ({ location: null, date: m[1]!, agency: m[2]! })),
  // Reuters without a place: `(Reuters) -`
  form('agency', PAREN, ['('], String.raw`\((${AGENCY})\)${GAP}${SEPARATOR}${END}`,
    (m) => ({ location: null, date: null, agency: m[1]! })),
  // 1987 Reuters: `NEW YORK, Feb 26 - ` (no agency; the separator is required)
  form('place-date', STARS_OR_CAPITAL, ['digit'], String.raw`${STARS}(${PLACE})${PLACE_DATE}(${DATE}),?${GAP}${SEPARATOR}${END}`,
    (m) => ({ location: m[1]!, date: m[2]!, agency: null }), 'none'),
  // 1987 Reuters without a date: `WOODBRIDGE, N.J. -`
  form('place', STARS_OR_CAPITAL, ['-'], String.raw`${STARS}(${CAPITAL_PLACE})[ \t]+-${END}`,
    (m) => ({ location: m[1]!, date: null, agency: null }), 'none', true),
  // The AP and New York Times wires without a date or agency: `NEW YORK _`, its `_` read as a dash.
  form('place', STARS_OR_CAPITAL, ['—'], String.raw`${STARS}(${CAPITAL_PLACE})[ \t]+—${END}`,
    (m) => ({ location: m[1]!, date: null, agency: null }), 'none', true),
];
