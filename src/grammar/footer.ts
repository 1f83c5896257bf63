/**
 * footer (GRAMMAR.md section 8): `footer = footer-line , { footer-line | blank }`. What closes a
 * story — end marker, sign-off, copyright, contributor lines, e-mails — read bottom-up: from the
 * last content line up, as long as each line is one the profiles' footer rules recognise
 * (src/profiles), and never above the dateline. An end marker glued to the last paragraph is
 * split off after the body is read (gluedEnd, a refiner).
 */
import { matchFooter, splitGluedEnd, type FooterKind, type FooterMatch } from '../profiles/index.js';
import { lastCode } from '../text/opening.js';
import { assignment } from './assignment.js';
import { claim, profileOf, rule, type StoryTree } from './tree.js';

export interface FooterLine {
  text: string;
  kind: FooterKind;
}

const FOOTER_RULE = rule('footer');
const FOOTER = assignment('footer');

export function footer(tree: StoryTree): void {
  const { content } = tree;
  const found: FooterLine[] = [];
  let pos = tailUnderRule(tree, found);
  while (pos - 1 > tree.datelinePos) {
    // A footer line of a known agency names the profile for the lines above it.
    const read = footerLineAbove(tree, pos);
    if (!read) break;
    found.push({ text: read.text, kind: read.match.kind });
    tree.profiles.footer ??= read.match.profile;
    pos -= read.lines;
  }
  for (let k = found.length - 1; k >= 0; k--) tree.footer.push(found[k]!);
  for (let k = pos; k < content.length; k++) claim(tree, content[k]!, FOOTER, FOOTER_RULE);
  tree.footerPos = pos;
}

/** How many lines a parenthesised footer line may wrap over (`(Reporting by NAME;` / `Editing by NAME)`). */
const MAX_WRAPPED = 4;

/**
 * The footer line that ends just above content position `pos`: one line, or a parenthesised one
 * wrapped over a few lines, read as one.
 */
function footerLineAbove(tree: StoryTree, pos: number): { text: string; match: FooterMatch; lines: number } | null {
  const { lines, content } = tree;
  const text = lines[content[pos - 1]!]!.text.trim();
  const match = matchFooter(text, profileOf(tree));
  if (match) return { text, match, lines: 1 };
  if (!text.endsWith(')')) return null;
  let joined = text;
  for (let n = 2; n <= MAX_WRAPPED && pos - n > tree.datelinePos; n++) {
    const above = lines[content[pos - n]!]!.text.trim();
    joined = `${above} ${joined}`;
    if (above.includes(')')) return null;
    if (!above.startsWith('(')) continue;
    const wrapped = matchFooter(joined, profileOf(tree));
    return wrapped ? { text: joined, match: wrapped, lines: n } : null;
  }
  return null;
}

/** A rule of underscores (AP's `___`) with a few short lines under it: links, contributors, notes. */
const UNDERSCORES = /^_{3,}$/;
/** A link or an address: what a note for the reader under the rule points to. */
const POINTS_AWAY = /https?:\/\/|www\.|\w@\w/;
const MAX_UNDER_RULE = 8;
const MAX_NOTE = 300;

/**
 * The lines from the topmost underscore rule near the end of the story down are footer: what the
 * rule separates from the story is notes for the reader (`Online: ...`, `NAME is at ...`). Reads
 * them into `found`, bottom-up, and returns the content position of the rule (or the end).
 */
function tailUnderRule(tree: StoryTree, found: FooterLine[]): number {
  const { lines, content } = tree;
  let rule = content.length;
  for (let k = content.length - 1; k > tree.datelinePos && k >= content.length - MAX_UNDER_RULE; k--) {
    const text = lines[content[k]!]!.text;
    // A line's text is right-trimmed: one not ending in `_` (most) holds no rule, and is not trimmed.
    if (lastCode(text) === 0x5f && UNDERSCORES.test(text.trim())) rule = k;
    else if (text.length > MAX_NOTE) break;
  }
  // A rule may also part two sections of a story: the tail is footer only when a line under it
  // is a footer line the profiles know (a contributor line, a credit) or points away (a link).
  if (rule === content.length) return rule;
  const tail: FooterLine[] = [];
  let footerLike = false;
  for (let k = content.length - 1; k >= rule; k--) {
    const text = lines[content[k]!]!.text.trim();
    const match = matchFooter(text, profileOf(tree));
    tail.push({ text, kind: match?.kind ?? 'note' });
    if (match && k > rule) tree.profiles.footer ??= match.profile;
    footerLike ||= k > rule && (match !== null || POINTS_AWAY.test(text));
  }
  if (!footerLike) return content.length;
  for (const line of tail) found.push(line);
  return rule;
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
