/**
 * footer (GRAMMAR.md section 8): `footer = footer-line , { footer-line | blank }`. What closes a
 * story — end marker, sign-off, copyright, contributor lines, e-mails — read bottom-up: from the
 * last content line up, as long as each line is one the profiles' footer rules recognise
 * (src/profiles), and never above the dateline. An end marker glued to the last paragraph is
 * split off after the body is read (gluedEnd, a refiner).
 */
import { matchFooter, splitGluedEnd, type FooterKind } from '../profiles/index.js';
import { assignment } from './assignment.js';
import { claim, profileOf, rule, type StoryTree } from './tree.js';

export interface FooterLine {
  text: string;
  kind: FooterKind;
}

const FOOTER_RULE = rule('footer');
const FOOTER = assignment('footer');

export function footer(tree: StoryTree): void {
  const { lines, content } = tree;
  const found: FooterLine[] = [];
  let pos = content.length;
  while (pos - 1 > tree.datelinePos) {
    const text = lines[content[pos - 1]!]!.text.trim();
    // A footer line of a known agency names the profile for the lines above it.
    const m = matchFooter(text, profileOf(tree));
    if (!m) break;
    found.push({ text, kind: m.kind });
    tree.profiles.footer ??= m.profile;
    pos--;
  }
  for (let k = found.length - 1; k >= 0; k--) tree.footer.push(found[k]!);
  for (let k = pos; k < content.length; k++) claim(tree, content[k]!, FOOTER, FOOTER_RULE);
  tree.footerPos = pos;
}

/** An end marker glued to the last paragraph (`... China. (END)`) belongs to the footer. */
export function gluedEnd(tree: StoryTree): void {
  const last = tree.paragraphs[tree.paragraphs.length - 1];
  if (!last) return;
  const glued = splitGluedEnd(last.text, profileOf(tree));
  if (!glued) return;
  last.text = glued.text;
  tree.footer.unshift({ text: glued.marker, kind: glued.kind });
  tree.profiles.gluedEnd = glued.profile;
}
