/**
 * Web copy (wire-formats.md section 3): the story as a page shows it, with site chrome around it
 * (src/profiles/chrome.ts) and photo captions as lines of their own between paragraphs:
 * `Photo: ...`, `FILE PHOTO: ...`, `(Photo by NAME/Agency)`. The `▲` caption rows and image
 * cells are read by the captions rule.
 */
import { isChromeLine } from '../../profiles/chrome.js';
import { assignment, UNASSIGNED } from '../assignment.js';
import { readCaption } from '../captions.js';
import { claim, claimFree, rule, type StoryTree } from '../tree.js';

const CHROME_RULE = rule('web-chrome');
const CAPTION_RULE = rule('web-captions');
const CHROME = assignment('ignored', undefined, 'chrome');
const CAPTION_LINE = /^(?:\[\s?)?(?:(?:file )?photo|image|picture)(?: credit)?\s?:\s?\S.{0,400}$|^\((?:(?:file )?photos?|image)(?: by|:)\s[^()]{1,160}\)$/i;
const CAPTION_BRACKETS = /^\[\s?|\s?\]$/g;

/** Claims the site chrome lines of the story text. */
export function webChrome(tree: StoryTree): void {
  for (let i = tree.from; i < tree.to; i++) if (isChromeLine(tree.lines[i]!.text)) claimFree(tree, i, CHROME, CHROME_RULE);
}

/** Claims the caption lines (`Photo: ...`) the earlier rules left. */
export function webCaptions(tree: StoryTree): void {
  const { lines, assigned } = tree;
  for (let i = tree.from; i < tree.to; i++) {
    if (assigned[i] !== UNASSIGNED) continue;
    const text = lines[i]!.text.trim();
    if (!CAPTION_LINE.test(text)) continue;
    claim(tree, i, assignment('caption', tree.captions.length), CAPTION_RULE);
    tree.captions.push({ ...readCaption(text.replace(CAPTION_BRACKETS, '')), line: lines[i]!.no });
  }
}
