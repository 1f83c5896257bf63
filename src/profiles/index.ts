/**
 * The registry of agency profiles. Adding an agency is adding a file to agencies/ and a line here.
 */
import type { AgencyProfile, FooterKind, FooterRule } from './profile.js';
import { anyOf } from './any-of.js';
import { lastCharsOfAll } from './edge-chars.js';
import { COMMON_FOOTER } from './common.js';
import aap from './agencies/aap.js';
import afp from './agencies/afp.js';
import anadolu from './agencies/anadolu.js';
import ani from './agencies/ani.js';
import ansa from './agencies/ansa.js';
import antara from './agencies/antara.js';
import ap from './agencies/ap.js';
import bernama from './agencies/bernama.js';
import dpa from './agencies/dpa.js';
import efe from './agencies/efe.js';
import ians from './agencies/ians.js';
import kcna from './agencies/kcna.js';
import kyodo from './agencies/kyodo.js';
import news1 from './agencies/news1.js';
import pti from './agencies/pti.js';
import reuters from './agencies/reuters.js';
import tass from './agencies/tass.js';
import upi from './agencies/upi.js';
import vna from './agencies/vna.js';
import xinhua from './agencies/xinhua.js';
import yonhap from './agencies/yonhap.js';

export type { AgencyProfile, FooterRule, FooterKind } from './profile.js';

export const PROFILES: readonly AgencyProfile[] = [
  yonhap, xinhua, reuters, ap, afp, kyodo, pti, ians, ani, upi, dpa, bernama, tass, anadolu, efe, ansa, kcna,
  antara, vna, aap, news1,
];

const BY_ALIAS = new Map<string, AgencyProfile>();
for (const p of PROFILES) for (const alias of [p.name, ...p.aliases]) BY_ALIAS.set(alias.toLowerCase(), p);

/** The profile an agency name as written belongs to (`Reuter`, `tca/dpa`, `서울=연합뉴스`). */
export function profileByAlias(written: string): AgencyProfile | undefined {
  const key = written.trim().toLowerCase();
  const direct = BY_ALIAS.get(key);
  if (direct) return direct;
  // Partner copy and place-first credits: the agency is the last segment (none without a `/` or `=`);
  // a regional desk follows its agency (`dpa/lni`).
  const cut = Math.max(key.lastIndexOf('/'), key.lastIndexOf('='));
  if (cut < 0) return undefined;
  return BY_ALIAS.get(key.slice(cut + 1).trim()) ?? BY_ALIAS.get(key.slice(0, key.indexOf('/')).trim());
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
const ALL_RULES: readonly OwnedRule[] = [
  ...COMMON_RULES,
  ...PROFILES.flatMap((profile) => profile.footer.map((rule) => ({ rule, profile }))),
];

/**
 * What kind of footer line `text` (trimmed) is, or null when it is not one. The given profile's
 * rules are asked first so that its reading of a line wins.
 */
const mayBeFooter = anyOf(ALL_RULES.map(({ rule }) => rule.line));

export function matchFooter(text: string, first?: AgencyProfile): FooterMatch | null {
  if (!mayBeFooter(text)) return null;
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

export interface GluedEnd {
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
  if (!mayEndGlued(tail)) return null;
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

const mayEndGlued = anyOf(PROFILES.flatMap((p) => p.gluedEnd));
/** The characters a glued marker can end with; null (no gate) when a pattern is beyond edge-chars.ts. */
const GLUED_LAST = lastCharsOfAll(PROFILES.flatMap((p) => p.gluedEnd));

/** How much of the end of a paragraph a glued marker and the space before it can take. */
const GLUED_TAIL = 24;
