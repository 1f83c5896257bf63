/**
 * The story production over one segment: every line claimed exactly once, each by a rule of the
 * grammar, and the profile in force chosen by one precedence.
 */
import { describe, expect, it } from 'vitest';
import { partOf, UNASSIGNED } from '../../src/grammar/assignment.js';
import { story } from '../../src/grammar/story.js';
import { profileOf, ruleName, type StoryContext } from '../../src/grammar/tree.js';
import { toLine } from '../../src/lines/line.js';
import { profileById } from '../../src/profiles/index.js';
import { splitLines } from '../support/lines.js';

const ctx = (extra: Partial<StoryContext> = {}): StoryContext => ({ source: 't', index: 0, encoding: 'utf-8', ...extra });
const segment = (text: string) => splitLines(text).map((l) => toLine(l.no, l.raw));

const WEB = [
  '![]() |',
  '| ▲ Pine saplings on a hillside. (Yonhap) |',
  'Arbor Day-Gangneung',
  'Volunteers plant pine saplings',
  'GANGNEUNG, April 5 (Yonhap) -- Volunteers planted saplings on Saturday.',
  '',
  'Officials said more would follow.',
  '(END)',
].join('\n');

describe('story', () => {
  it('claims every line once, naming the rule that claimed it', () => {
    const tree = story(segment(WEB), ctx());
    expect(tree.assigned.every((a) => a !== UNASSIGNED)).toBe(true);
    expect(tree.assigned.map((a, i) => `${partOf(a)}:${ruleName(tree.rules[i]!)}`)).toEqual([
      'caption:captions',
      'caption:captions',
      'slug:display',
      'headline:display',
      'body:body',
      'ignored:blank',
      'body:body',
      'footer:footer',
    ]);
  });

  it('reads the parts in the grammar order: the dateline names the profile the display reads with', () => {
    const tree = story(segment(WEB), ctx());
    expect(tree.dateline?.agency).toBe('Yonhap');
    expect(tree.display.slug).toBe('Arbor Day-Gangneung');
    expect(tree.paragraphs.map((p) => p.text)).toEqual(['Volunteers planted saplings on Saturday.', 'Officials said more would follow.']);
  });

  it('a forced profile wins over the dateline, the dateline over the footer', () => {
    const forced = profileById('afp')!;
    const tree = story(segment(WEB), ctx({ profile: forced }));
    expect(profileOf(tree)).toBe(forced);
    expect(tree.profiles.dateline?.id).toBe('yonhap');
    const footerOnly = story(segment('Headline here\nThe text of it, with no dateline at all.\n(END)'), ctx());
    expect(footerOnly.profiles.dateline).toBeUndefined();
    expect(profileOf(footerOnly)).toBe(footerOnly.profiles.footer);
  });

  it('keeps lines no rule read as ignored, and an empty segment as no claim at all', () => {
    expect(story([], ctx()).assigned).toEqual([]);
    const tree = story(segment('\n \n\t\n'), ctx());
    expect(tree.assigned.map((a, i) => `${partOf(a)}:${ruleName(tree.rules[i]!)}`)).toEqual(['ignored:blank', 'ignored:blank', 'ignored:blank']);
  });
});
