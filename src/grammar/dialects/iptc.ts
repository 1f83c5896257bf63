/**
 * IPTC-7901 story text (dpa, AAP), between STX and ETX (wire-formats.md section 4). The headline
 * ending in ` =`, `By NAME =` and the blank-separated body are read by the common grammar; this
 * reader claims
 * - the take and version lines above the headline (`1ST LEAD`, `2ND LEAD`, `3RD NET`, `REFILE`,
 *   `EXTRA`) → flags, and gives the keyword line's slug;
 * - the notebook: from a marker (`# Notebook`, `## Internet links`, `* * * *`, "The following
 *   information is not (intended) for publication", `## Editorial contacts`) down to the
 *   sign-off → notes;
 * - the sign-off: the service's or agency's name and the editors' initials (`dpa ab cd`) → footer.
 */
import { profileByAlias } from '../../profiles/index.js';
import { assignment } from '../assignment.js';
import { slugOfKeyword } from '../transmission.js';
import { claim, rule, type StoryTree } from '../tree.js';
import { TwinPattern } from '../../text/ascii-twin.js';

const IPTC = rule('iptc-notebook');
const TAKES = rule('iptc-takes');
const FOOTER = assignment('footer');
const FLAG = assignment('flag');

const NOTEBOOK_MARKER = /^(?:#{1,3}\s+\S.{0,80}|\*(?:\s\*){2,}|-{4,}|The following information is not (?:intended )?for publication\b.{0,40})$/i;
const INITIALS = new TwinPattern(String.raw`^(?:\s+[\p{Ll}]{1,4}(?:\/[\p{Ll}]{1,4})?){1,4}$`, 'u');
/**
 * A take or version line: an ordinal and what it is (`2ND LEAD`, `3RD NET`, `1ST ADD`,
 * `2ND WRITETHRU`) or a single mark (`REFILE`, `EXTRA`, `CORRECTION`; dpa's German `EILT`,
 * `Zusammenfassung`, `Korrektur`, `Wiederholung`).
 */
const TAKE_LINE = /^(?:(?:\d{1,2}(?:ST|ND|RD|TH)|FIRST|SECOND|THIRD|NEW) (?:LEAD|NET|ADD|TAKE|WRITETHRU|UPDATE|CORRECTION|REFILE)|REFILE|EXTRA|URGENT|FLASH|BULLETIN|CORRECTION|CORRECTED|REPEAT|EILT|EILMELDUNG|BLITZ|Zusammenfassung|Korrektur|Wiederholung|ROUNDUP)$/;

/** The sign-off: the header's service or an agency's name (`dpa`) in lower case, then initials. */
function isSignOff(text: string, service: string | null): boolean {
  const m = /^(\p{Ll}{2,5})(\s.*)$/u.exec(text);
  if (!m || !INITIALS.test(m[2]!)) return false;
  return (service !== null && m[1] === service.toLowerCase()) || profileByAlias(m[1]!) !== undefined;
}

/** Claims the take and version lines that open the text, and gives the keyword's slug. */
export function iptcTakes(tree: StoryTree): void {
  const { lines, from, to, transmission } = tree;
  if (transmission?.keyword) tree.display.slug = slugOfKeyword(transmission.keyword);
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const text = line.text.trim();
    if (!TAKE_LINE.test(text)) return;
    claim(tree, i, FLAG, TAKES);
    tree.flags.push(text);
  }
}

/** Claims the sign-off and the notebook under the body of IPTC copy. */
export function iptcNotebook(tree: StoryTree): void {
  const { lines, from, to, transmission } = tree;
  const content: number[] = [];
  for (let i = from; i < to; i++) if (!lines[i]!.blank) content.push(i);
  if (content.length === 0) return;

  let end = content.length;
  const last = content[end - 1]!;
  const lastText = lines[last]!.text.trim();
  if (isSignOff(lastText, transmission?.service ?? null)) {
    claim(tree, last, FOOTER, IPTC);
    tree.dialectFooter.push({ text: lastText, kind: 'signoff' });
    tree.profiles.footer ??= profileByAlias(lastText.split(' ')[0]!);
    end--;
  }
  // The notebook starts at its first marker below the opening lines and runs to the sign-off.
  let start = -1;
  for (let k = 2; k < end; k++) {
    if (NOTEBOOK_MARKER.test(lines[content[k]!]!.text.trim())) {
      start = k;
      break;
    }
  }
  if (start < 0) return;
  for (let k = start; k < end; k++) {
    const i = content[k]!;
    claim(tree, i, assignment('note', tree.notes.length), IPTC);
    tree.notes.push({ text: lines[i]!.text.trim(), line: lines[i]!.no });
  }
}
