/**
 * The registry of agency profiles. Adding an agency is adding a file to agencies/ and a line here;
 * a user's profiles (user-file.ts) join it at run time through registerProfiles().
 */
import type { AgencyProfile, FooterKind, FooterRule } from './profile.js';
import { anyOf, type Tester } from './any-of.js';
import { lastCharsOfAll } from './edge-chars.js';
import { COMMON_FOOTER } from './common.js';
import { TwinPattern } from '../text/ascii-twin.js';
import aap from './agencies/aap.js';
import afp from './agencies/afp.js';
import anadolu from './agencies/anadolu.js';
import ani from './agencies/ani.js';
import ansa from './agencies/ansa.js';
import antara from './agencies/antara.js';
import anp from './agencies/anp.js';
import ap from './agencies/ap.js';
import ats from './agencies/ats.js';
import bernama from './agencies/bernama.js';
import cp from './agencies/cp.js';
import dpa from './agencies/dpa.js';
import efe from './agencies/efe.js';
import europapress from './agencies/europapress.js';
import ians from './agencies/ians.js';
import kcna from './agencies/kcna.js';
import kyodo from './agencies/kyodo.js';
import news1 from './agencies/news1.js';
import nyt from './agencies/nyt.js';
import pti from './agencies/pti.js';
import reuters from './agencies/reuters.js';
import tass from './agencies/tass.js';
import tt from './agencies/tt.js';
import upi from './agencies/upi.js';
import vna from './agencies/vna.js';
import xinhua from './agencies/xinhua.js';
import yonhap from './agencies/yonhap.js';

export type { AgencyProfile, FooterRule, FooterKind } from './profile.js';

export const BUILT_IN_PROFILES: readonly AgencyProfile[] = [
  yonhap, xinhua, reuters, ap, afp, kyodo, pti, ians, ani, upi, dpa, bernama, tass, anadolu, efe, ansa, kcna,
  antara, vna, aap, nyt, cp, europapress, tt, anp, ats, news1,
];

/** The profiles in force, in the order they are asked: the built-in ones, then a user's. */
const registered: AgencyProfile[] = [...BUILT_IN_PROFILES];
export const PROFILES: readonly AgencyProfile[] = registered;

/**
 * Adds profiles to the registry: one with the id of a registered profile takes its place (a user
 * edits a built-in one), any other is asked after those registered before it. Everything derived
 * from the profiles (alias table, joined footer and end-marker tests) is made again.
 */
export function registerProfiles(extra: readonly AgencyProfile[]): void {
  for (const p of extra) {
    const at = registered.findIndex((q) => q.id === p.id);
    if (at < 0) registered.push(p);
    else registered[at] = p;
  }
  derive();
}

let BY_ALIAS = new Map<string, AgencyProfile>();

/** The profile an agency name as written belongs to (`Reuter`, `tca/dpa`, `서울=연합뉴스`). */
export function profileByAlias(written: string): AgencyProfile | undefined {
  const key = written.trim().toLowerCase();
  const direct = BY_ALIAS.get(key);
  if (direct) return direct;
  // Partner copy and place-first credits: the agency is the last segment (none without a `/` or
  // `=`); a regional service's copy names the agency first (`dpa/lni`).
  const cut = Math.max(key.lastIndexOf('/'), key.lastIndexOf('='));
  if (cut < 0) return undefined;
  const slash = key.indexOf('/');
  return BY_ALIAS.get(key.slice(cut + 1).trim()) ?? (slash > 0 ? BY_ALIAS.get(key.slice(0, slash).trim()) : undefined);
}

/** Every alias as a whole word, longest first, as written (`AP`, `The Associated Press`, `TT`). */
export const ANY_ALIAS = new TwinPattern(
  `(?<![\\p{L}\\p{N}])(?:${[...new Set(PROFILES.flatMap((p) => [p.name, ...p.aliases]))]
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
const DOMAIN = /@([\w.-]{1,200}\.[a-z]{2,20})\b/i;

/**
 * The agency a credit names: an alias as a whole word in a copyright line, a byline or its title
 * (`Copyright 2026 The Associated Press`, `NAME/TT`, `AP Business Writer`), or the domain of an
 * e-mail address (`name@tt.se`).
 */
export function profileNamedIn(text: string): AgencyProfile | undefined {
  const alias = ANY_ALIAS.exec(text)?.[0];
  if (alias !== undefined) return BY_ALIAS.get(alias.toLowerCase());
  const domain = DOMAIN.exec(text)?.[1]?.toLowerCase();
  if (domain === undefined) return undefined;
  return PROFILES.find((p) => p.domains.some((d) => domain === d || domain.endsWith(`.${d}`)));
}

export function profileById(id: string): AgencyProfile | undefined {
  return PROFILES.find((p) => p.id === id);
}

export interface FooterMatch {
  kind: FooterKind;
  /** The profile whose rule matched; undefined for the rules every agency shares. */
  profile: AgencyProfile | undefined;
}

interface OwnedRule {
  rule: FooterRule;
  profile: AgencyProfile | undefined;
}

const COMMON_RULES: readonly OwnedRule[] = COMMON_FOOTER.map((rule) => ({ rule, profile: undefined }));
let ALL_RULES: readonly OwnedRule[] = [];
let mayBeFooter: Tester = () => false;

/**
 * What kind of footer line `text` (trimmed) is, or null when it is not one. The given profile's
 * rules are asked first so that its reading of a line wins.
 */

export function matchFooter(text: string, first?: AgencyProfile): FooterMatch | null {
  return mayBeFooter(text) ? foundFooter(text, first) : null;
}

/**
 * matchFooter for a line the joined rules match, from the lines already read. A function of its
 * own: matchFooter is asked about nearly every line, optimized into its callers, and most lines
 * stop at the joined rules.
 */
function foundFooter(text: string, first: AgencyProfile | undefined): FooterMatch | null {
  let found = FOOTERS_FOUND.get(first);
  if (found === undefined) FOOTERS_FOUND.set(first, (found = new Map()));
  let match = found.get(text);
  if (match === undefined) {
    match = searchFooter(text, first);
    if (found.size >= MAX_FOOTERS_FOUND) found.clear();
    found.set(text, match);
  }
  return match;
}

/** The ordered search: the first profile's rules, then every rule. */
function searchFooter(text: string, first: AgencyProfile | undefined): FooterMatch | null {
  if (first) for (const rule of first.footer) if (rule.line.test(text)) return Object.freeze({ kind: rule.kind, profile: first });
  for (const { rule, profile } of ALL_RULES) if (rule.line.test(text)) return Object.freeze({ kind: rule.kind, profile });
  return null;
}

/**
 * What the ordered search found for a line, by the profile asked first: the same sign-off or end
 * marker closes every story of a file, and the search tries every rule before the agency's own.
 * Bounded, per profile, so that an endless stream does not grow it.
 */
const FOOTERS_FOUND = new Map<AgencyProfile | undefined, Map<string, FooterMatch | null>>();
const MAX_FOOTERS_FOUND = 256;

export function footerKind(text: string, first?: AgencyProfile): FooterKind | null {
  return matchFooter(text, first)?.kind ?? null;
}

interface GluedEnd {
  /** The paragraph without the marker. */
  text: string;
  marker: string;
  kind: FooterKind;
  profile: AgencyProfile;
}

/**
 * Splits an end marker glued to the end of a paragraph (`... China. (END)`, `... said. (ANI)`)
 * off it, asking the given profile first; null when the paragraph ends in none.
 */
export function splitGluedEnd(text: string, first?: AgencyProfile): GluedEnd | null {
  // Every marker pattern is anchored at the end: a text whose last character none of them can
  // end with has none (most paragraphs end in a letter or a full stop).
  if (GLUED_LAST !== null && !GLUED_LAST.has(text.charAt(text.length - 1))) return null;
  // Markers are short: only the end of the text is searched, so a long paragraph costs no more.
  const offset = Math.max(0, text.length - GLUED_TAIL);
  const tail = text.slice(offset);
  return mayEndGlued(tail) ? searchGluedEnd(text, tail, offset, first) : null;
}

/**
 * The ordered search of splitGluedEnd, for the few paragraphs whose tail the joined markers match.
 * A function of its own: splitGluedEnd is asked about every long line, and optimizing the search
 * into it would compile code that nearly every call returns before.
 */
function searchGluedEnd(text: string, tail: string, offset: number, first: AgencyProfile | undefined): GluedEnd | null {
  const candidates = first ? [first, ...PROFILES.filter((p) => p !== first)] : PROFILES;
  for (const profile of candidates) {
    for (const pattern of profile.gluedEnd) {
      const m = pattern.exec(tail);
      if (m && offset + m.index > 0) {
        const at = offset + m.index;
        const marker = m[0].trim();
        return { text: text.slice(0, at).trimEnd(), marker, kind: matchFooter(marker, profile)?.kind ?? 'end', profile };
      }
    }
  }
  return null;
}

let mayEndGlued: Tester = () => false;
/** The characters a glued marker can end with; null (no gate) when a pattern is beyond edge-chars.ts. */
let GLUED_LAST: Set<string> | null = null;
let anyAgencyByline: Tester = () => false;

/** Whether a display line is a byline that credits an agency (`By The Associated Press`), by any profile. */
export function isAgencyByline(text: string): boolean {
  return anyAgencyByline(text);
}

/** How much of the end of a paragraph a glued marker and the space before it can take. */
const GLUED_TAIL = 24;

/** The tables made from the registered profiles: at start and after each registerProfiles(). */
function derive(): void {
  BY_ALIAS = new Map();
  for (const p of registered) for (const alias of [p.name, ...p.aliases]) BY_ALIAS.set(alias.toLowerCase(), p);
  ALL_RULES = [...COMMON_RULES, ...registered.flatMap((profile) => profile.footer.map((rule) => ({ rule, profile })))];
  mayBeFooter = anyOf(ALL_RULES.map(({ rule }) => rule.line));
  FOOTERS_FOUND.clear();
  mayEndGlued = anyOf(registered.flatMap((p) => p.gluedEnd));
  GLUED_LAST = lastCharsOfAll(registered.flatMap((p) => p.gluedEnd));
  anyAgencyByline = anyOf(registered.flatMap((p) => p.agencyBylines));
}

derive();
