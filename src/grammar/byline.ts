/**
 * byline: who wrote the story. `By NAME`, `by NAME, Reuters`, ANPA's `By NAME=` display line,
 * ANSA's `(di NAME)`. A byline that names the agency (`By The Associated Press`) is a credit,
 * not a person, and is reported as such.
 */
import { isAgencyByline, PROFILES, type AgencyProfile } from '../profiles/index.js';

export interface Byline {
  text: string;
  /** True when the byline credits an agency rather than a person. */
  agencyCredit: boolean;
}

const BY = /^\s*(?:by|par|por|von|di)\s+\S/i;
const ANSA = /^\s*\(di\s+[^()]{2,60}\)\s*$/i;
/** A byline is short; a sentence that happens to start with "By" is not one. */
const MAX_BYLINE = 90;

export function readByline(text: string): Byline | null {
  const trimmed = text.trim().replace(/=$/, '').trim();
  if (trimmed.length > MAX_BYLINE) return null;
  if (!BY.test(trimmed) && !ANSA.test(trimmed)) return null;
  if (/[.!?]$/.test(trimmed) && !/\b[A-Z]\.$/.test(trimmed) && trimmed.split(/\s+/).length > 8) return null;
  return { text: trimmed, agencyCredit: creditsAgency(trimmed) };
}

/** Whether a display line credits an agency rather than a person (`By The Associated Press`, `Associated Press=`). */
export function creditsAgency(text: string): boolean {
  return isAgencyByline(text.trim());
}

/** The agency a crediting byline or credit line names (`By The Associated Press` → AP), if any. */
export function agencyCredited(text: string): AgencyProfile | undefined {
  const t = text.trim();
  return isAgencyByline(t) ? PROFILES.find((p) => p.agencyBylines.some((re) => re.test(t))) : undefined;
}
