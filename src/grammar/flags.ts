/**
 * flags: precedence and version marks that travel in front of a headline or on a line of their
 * own: `(URGENT)`, `(LEAD)`, `(2nd LD)`, `(ATTN: ...)`, `REFILE-`, `UPDATE 2-`, `1ST LEAD`,
 * `EXTRA`, `Urgent:`, `China Focus:` and the flash mark `******`.
 */

const PAREN_FLAG = /^\((URGENT|LEAD|\d+(?:st|nd|rd|th) LD|\d*(?:st|nd|rd|th)? ?LD-?WRITETHRU|CORRECTED|UPDATE|FLASH|BULLETIN|ATTN:[^()]*|AMENDED|REPEAT|RECAST|WRAPUP(?: \d+)?|Yonhap Feature|News Focus|Interview|Profile|Factbox|Analysis)\)\s*/i;
const PREFIX_FLAG = /^(REFILE|RPT|CORRECTED|UPDATE \d+|WRAPUP \d+|EXCLUSIVE|BREAKINGVIEWS|FACTBOX|ANALYSIS|INTERVIEW|BUZZ)\s*[-:]\s*/;
const LINE_FLAG = /^(?:URGENT|FLASH|BULLETIN|REFILE|EXTRA|\d(?:ST|ND|RD|TH) LEAD|LEAD|CORRECTION|CORRECTED|ADVISORY|Urgent|Flash)\s*[:!]?$/;
const COLON_FLAG = /^(Urgent|Flash|Breaking|China Focus|Xinhua Headlines|Roundup|Interview|Feature|Commentary|Analysis|Spotlight|Backgrounder|Factbox)\s*:\s+/;
const FLASH = /^\*{2,}\s*/;

/** True when the whole line is a flag (`URGENT`, `1ST LEAD`, `(LEAD)`). */
export function isFlagLine(text: string): boolean {
  const t = text.trim();
  if (LINE_FLAG.test(t)) return true;
  const m = PAREN_FLAG.exec(t);
  return m !== null && m[0].length === t.length;
}

/**
 * Reads the flags in front of a headline: `(LEAD) N. Korea ...` → flags ['LEAD']. The headline
 * keeps its words as written (`CORRECTED - ...` is what the desk sent); only the flash stars,
 * which are transmission marks rather than words, are taken off it.
 */
export function readFlags(text: string): { flags: string[]; headline: string } {
  const flags: string[] = [];
  let headline = text.trim();
  const flash = FLASH.exec(headline);
  if (flash) {
    flags.push('FLASH');
    headline = headline.slice(flash[0].length);
  }
  let rest = headline;
  for (;;) {
    const m = PAREN_FLAG.exec(rest) ?? PREFIX_FLAG.exec(rest) ?? COLON_FLAG.exec(rest);
    if (!m || m[0].length >= rest.length) return { flags, headline };
    flags.push(m[1]!.trim());
    rest = rest.slice(m[0].length);
  }
}
