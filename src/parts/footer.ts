/**
 * footer: what closes a story — end marker, sign-off, copyright, contributor lines, e-mails.
 * Lines are recognised by the profiles' footer rules (src/profiles); this file only sorts them.
 */
import type { FooterKind } from '../profiles/index.js';
import type { Story } from '../schema/story.js';

export interface FooterLine {
  text: string;
  kind: FooterKind;
}

/**
 * `((jane.doe@example.com;))` → `jane.doe@example.com`. The trailing run is matched only from its
 * start (the look-behind), so that a long run of `;` costs one pass, not one per position.
 */
function unwrapEmail(text: string): string {
  return text.replace(/^\(+/, '').replace(/(?<![;)])[;)]+$/, '');
}

export function buildFooter(lines: readonly FooterLine[]): Story['footer'] {
  const first = (kind: FooterKind) => lines.find((l) => l.kind === kind)?.text ?? null;
  return {
    lines: lines.map((l) => l.text),
    endMarker: first('end'),
    signOff: first('signoff'),
    copyright: first('copyright'),
    contributors: lines.filter((l) => l.kind === 'contributor').map((l) => l.text),
    emails: lines.filter((l) => l.kind === 'email').map((l) => unwrapEmail(l.text)),
  };
}
