/**
 * The output footer: every footer line in order, and the first of each kind (end marker,
 * sign-off, copyright), all contributors and all e-mails.
 */
import type { FooterLine } from '../grammar/footer.js';
import type { Story } from '../schema/story.js';

/**
 * `((jane.doe@example.com;))` → `jane.doe@example.com`. The trailing run is matched only from its
 * start (the look-behind), so that a long run of `;` costs one pass, not one per position.
 */
function unwrapEmail(text: string): string {
  return text.replace(/^\(+/, '').replace(/(?<![;)])[;)]+$/, '');
}

export function composeFooter(lines: readonly FooterLine[]): Story['footer'] {
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
