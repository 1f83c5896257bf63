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

/** One pass over the lines (there is a footer for every story): the first of each kind, all contributors and e-mails. */
export function buildFooter(lines: readonly FooterLine[]): Story['footer'] {
  const footer: Story['footer'] = { lines: [], endMarker: null, signOff: null, copyright: null, contributors: [], emails: [] };
  for (let i = 0; i < lines.length; i++) {
    const { text, kind } = lines[i]!;
    footer.lines.push(text);
    if (kind === 'end') footer.endMarker ??= text;
    else if (kind === 'signoff') footer.signOff ??= text;
    else if (kind === 'copyright') footer.copyright ??= text;
    else if (kind === 'contributor') footer.contributors.push(text);
    else if (kind === 'email') footer.emails.push(unwrapEmail(text));
  }
  return footer;
}
