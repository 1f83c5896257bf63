/**
 * credits (a refiner, GRAMMAR.md section 8): the agency of a story whose dateline names none, from
 * what else names it: the copyright line or another footer line (`Copyright 2026 The Associated
 * Press`, a reporter's e-mail at the agency's domain), the byline's credit (`NAME/TT`) or title
 * (`AP Entertainment Writer`). Kept as the last source of the profile in force (tree.profiles).
 */
import { profileNamedIn } from '../profiles/index.js';
import { profileOf, type StoryTree } from './tree.js';

export function credits(tree: StoryTree): void {
  if (profileOf(tree) !== undefined) return;
  const { display } = tree;
  const texts = [...tree.footer, ...tree.dialectFooter].map((f) => f.text);
  if (display.byline !== null) texts.push(display.byline.text);
  if (display.credit !== null) texts.push(display.credit);
  for (const text of texts) {
    const named = profileNamedIn(text);
    if (named !== undefined) {
      tree.profiles.credit = named;
      return;
    }
  }
}
