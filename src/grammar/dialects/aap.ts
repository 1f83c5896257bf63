/**
 * AAP items (`ZCZC` ... `NNNN`, framed by item-framing.ts): after `ZCZC`, header lines that each
 * open with a field sigil, then the text, then the sign-off (`AAP RTV`, or the operator's
 * initials). The sigils:
 * - `%` category (`%A`), `:` take key (`:(BRISBANE)`), `&` user or desk (`&AAPIS\NAME`),
 *   `*` time or subject code, `@` region (`@QLD`) → the transmission, layout `header`;
 * - `#` keyword (`#Legionella_BC1`) → `slug`; `$` headline → `headline`.
 * None of them is body. An initials-only sign-off is claimed here; `AAP RTV` is the AAP profile's.
 */
import { profileByAlias } from '../../profiles/index.js';
import { assignment } from '../assignment.js';
import { claim, rule, type StoryTree } from '../tree.js';

const AAP = rule('aap-fields');
const HEADER = assignment('header');
const SLUG = assignment('slug');
const HEADLINE = assignment('headline');
const FOOTER = assignment('footer');

/** A sigil header line: the sigil first, at the margin, then the field (which may be empty: `%`). */
const SIGIL_LINE = /^([%#$:&*@])(.{0,200})$/;
/** The operator's initials closing an item: `jcd`, `KR`, `ab/cd`. */
const OPERATOR_INITIALS = /^(?:[a-z]{2,4}|[A-Z]{2,4})(?:[/ ](?:[a-z]{2,4}|[A-Z]{2,4})){0,3}$/;

/** Reads the sigil header lines under `ZCZC` and an initials sign-off above `NNNN`. */
export function aapFields(tree: StoryTree): void {
  const { lines, from, to } = tree;
  const t = tree.transmission;
  let i = from;
  for (; i < to; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const m = line.indent === 0 ? SIGIL_LINE.exec(line.text) : null;
    if (!m) break;
    const value = m[2]!.trim();
    switch (m[1]) {
      case '#':
        tree.display.slug = value;
        if (t) t.keyword = value;
        claim(tree, i, SLUG, AAP);
        continue;
      case '$':
        tree.display.headline = value;
        claim(tree, i, HEADLINE, AAP);
        continue;
      case '%':
        if (t) t.category = value || null;
        break;
      case ':':
        if (t) t.takeKey = value || null;
        break;
      case '&':
        if (t) t.desk = value || null;
        break;
    }
    claim(tree, i, HEADER, AAP);
  }
  if (t?.service) tree.profiles.credit ??= profileByAlias(t.service);
  signOff(tree, i);
}

/** The last text line, when it holds only an operator's initials, is the sign-off. */
function signOff(tree: StoryTree, textFrom: number): void {
  const { lines, to } = tree;
  for (let i = to - 1; i > textFrom; i--) {
    if (lines[i]!.blank) continue;
    const text = lines[i]!.text.trim();
    // `AAP RTV` and other agency sign-offs are the profiles' (read by the footer rule).
    if (OPERATOR_INITIALS.test(text) && profileByAlias(text.split(/[/ ]/)[0]!) === undefined) {
      claim(tree, i, FOOTER, AAP);
      tree.dialectFooter.push({ text, kind: 'signoff' });
    }
    return;
  }
}
