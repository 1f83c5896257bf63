/**
 * An agency profile: everything the grammar needs to know about one agency's habits, as data.
 * The parser never names an agency; it asks the profiles.
 */

/**
 * The dateline shapes the grammar reads (src/grammar/dateline/forms.ts defines each), as values
 * so that a profile file can be checked against them.
 */
export const DATELINE_FORM_NAMES = [
  'agency-place-date', 'korean', 'tass', 'place-date-agency', 'place-date-credit', 'place-agency',
  'date-agency', 'agency', 'place-date', 'place', 'chinese', 'arabic', 'japanese',
] as const;
export type DatelineFormName = (typeof DATELINE_FORM_NAMES)[number];

/** What a footer line is, once recognised. */
export const FOOTER_KINDS = ['end', 'signoff', 'copyright', 'contributor', 'email', 'credit', 'note', 'promo', 'rule'] as const;
export type FooterKind = (typeof FOOTER_KINDS)[number];

/** What two display lines above the dateline are (AgencyProfile.display). */
export const DISPLAY_ORDERS = ['slug-headline', 'headline-deck'] as const;

export interface FooterRule {
  kind: FooterKind;
  /** Matched against the whole trimmed line. */
  line: RegExp;
}

export interface AgencyProfile {
  /** Stable identifier used in output and on the command line. */
  id: string;
  /** Canonical agency name (the `agency` field of a story). */
  name: string;
  /** Names as written in datelines, credits and sign-offs (matched case-insensitively). */
  aliases: readonly string[];
  /**
   * The dateline shapes this agency writes (src/grammar/dateline/forms.ts), most usual first. A
   * shape whose agency is a bare word (`place-date-credit`: `CANBERRA, July 21 AAP -`) is read
   * only for the agencies that list it.
   */
  datelineForms: readonly DatelineFormName[];
  /** What stands between its dateline and the text: `--`, `-`, `—`, `.-`, `:`, `=`; '' for nothing. */
  separators: readonly string[];
  /** Languages of the month names in this agency's datelines (keys of MONTHS). */
  languages: readonly string[];
  /**
   * What two display lines above the dateline are, in order: Yonhap web copy puts a slug above the
   * headline; TASS and VNA put a summary (deck) below it.
   */
  display: (typeof DISPLAY_ORDERS)[number];
  /** Footer lines this agency writes, beyond the common ones. */
  footer: readonly FooterRule[];
  /**
   * End markers that may be glued to the end of the last paragraph (`... China. (END)`), as
   * patterns anchored at the end of the text. They start with the marker itself, not with white
   * space (a lookbehind requires a space where one is needed), so that searching a line for them
   * costs one step per character; only the last 24 characters of a line are searched.
   */
  gluedEnd: readonly RegExp[];
  /** Bylines that credit the agency rather than a person (`By The Associated Press`). */
  agencyBylines: readonly RegExp[];
  /** Caption credits (`(Yonhap)`, `(Photo by NAME/Xinhua)`), anchored at the end of a caption. */
  captionCredits: readonly RegExp[];
  /** The agency's e-mail domains (`yna.co.kr`): a reporter's address in the footer names it. */
  domains: readonly string[];
}

/** Fills the optional lists of a profile so that the data files stay short. */
export function profile(
  p: Pick<AgencyProfile, 'id' | 'name' | 'aliases' | 'display' | 'datelineForms' | 'separators'> & Partial<AgencyProfile>,
): AgencyProfile {
  return {
    languages: ['en'],
    footer: [],
    gluedEnd: [],
    agencyBylines: [],
    captionCredits: [],
    domains: [],
    ...p,
  };
}
