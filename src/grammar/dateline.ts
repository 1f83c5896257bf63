/**
 * dateline (GRAMMAR.md section 6): the first content line, among the first few, that opens with
 * one of the dateline forms (dateline/forms.ts). Its agency names the profile the later rules
 * read with. The line itself is claimed by the body rule: the dateline opens the first paragraph.
 */
import { hasNoSmallLetter } from '../text/opening.js';
import { readDateline } from './dateline/parse.js';
import type { StoryTree } from './tree.js';

/** How many content lines from the top the dateline may be searched in. */
const DATELINE_SEARCH = 12;
const OPENS_WITH_STAR = /^\s*\*/;

/**
 * A dateline on the very first line is taken only when the rest of that line reads like prose:
 * `MONTREAL, Feb 26- <IVACO INC> YEAR NET` is a headline that happens to begin like one.
 */
export function dateline(tree: StoryTree): void {
  const { lines, content } = tree;
  const framedBy = tree.transmission?.format === 'iptc' ? tree.transmission.service : null;
  const limit = Math.min(content.length, DATELINE_SEARCH);
  // Once a dialect has read the headline, the first content line cannot be one.
  const headlineFirst = content.length > 1 && tree.display.headline === null && !tree.displayRead;
  for (let pos = 0; pos < limit; pos++) {
    const text = lines[content[pos]!]!.text;
    // The test below, made before matching: an all-capitals first line cannot leave lowercase
    // after a dateline, and the dateline forms are dearest on a long capitalised headline.
    if (pos === 0 && headlineFirst && hasNoSmallLetter(text)) continue;
    const match = readDateline(text, framedBy);
    if (!match) continue;
    if (pos === 0 && headlineFirst && (hasNoSmallLetter(text.slice(match.end)) || OPENS_WITH_STAR.test(text))) continue;
    tree.datelinePos = pos;
    tree.dateline = match;
    tree.profiles.dateline = match.profile;
    // A reporter named inside the dateline (Korean `홍길동 기자 =`) is the story's byline.
    if (match.byline !== null && tree.display.byline === null) tree.display.byline = { text: match.byline, agencyCredit: false };
    return;
  }
}
