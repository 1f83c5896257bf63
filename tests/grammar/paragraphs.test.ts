import { describe, expect, it } from 'vitest';
import { toLine } from '../../src/lines/line.js';
import { BREAK, paragraphLayout, paragraphs, type Body } from '../../src/grammar/paragraphs.js';

/** A body of text lines; leading spaces give the indent, and an empty line is a break. */
function body(...texts: string[]): Body {
  const lines = texts.map((text, index) => toLine(index + 1, text));
  return { lines, order: lines.map((line, index) => (line.blank ? BREAK : index)), restOf: -1, rest: '' };
}

describe('paragraphs: layout', () => {
  it('indented: an indent opens a paragraph and flush lines continue it', () => {
    const lines = body('    The council met on Monday and', 'agreed to the plan.', '    It will vote again in May.');
    expect(paragraphLayout(lines)).toBe('indented');
    expect(paragraphs(lines).map((p) => [p.text, p.first, p.last])).toEqual([
      ['The council met on Monday and agreed to the plan.', 0, 1],
      ['It will vote again in May.', 2, 2],
    ]);
  });
  it('blank-separated: hard-wrapped groups between empty lines', () => {
    const lines = body('The council met on Monday and', 'agreed to the plan.', '', 'It will vote again in May.');
    expect(paragraphLayout(lines)).toBe('blank-separated');
    expect(paragraphs(lines).map((p) => p.text)).toEqual(['The council met on Monday and agreed to the plan.', 'It will vote again in May.']);
  });
  it('line-per-paragraph: long lines, or single lines between blanks', () => {
    const long = 'The council met on Monday and agreed to the plan that the mayor put forward last winter after the flood.';
    expect(paragraphLayout(body(long, long))).toBe('line-per-paragraph');
    expect(paragraphs(body(long, long))).toHaveLength(2);
    expect(paragraphLayout(body('One.', '', 'Two.'))).toBe('line-per-paragraph');
  });
  it('lines that are all indented are indented copy: one paragraph each', () => {
    const lines = body('  One.', '  Two.');
    expect(paragraphLayout(lines)).toBe('indented');
    expect(paragraphs(lines).map((p) => p.text)).toEqual(['One.', 'Two.']);
  });
});

describe('paragraphs: joining wrapped lines', () => {
  it('a letter and a hyphen at the end of a line join without a space', () => {
    const lines = body('It raised one-billion-', 'dlr in new debt and a', '- sign stays spaced.');
    expect(paragraphs(lines, 'blank-separated')[0]!.text).toBe('It raised one-billion-dlr in new debt and a - sign stays spaced.');
  });
  it('a number and a hyphen join with a space', () => {
    expect(paragraphs(body('prices rose 5-', 'six pct'), 'blank-separated')[0]!.text).toBe('prices rose 5- six pct');
  });
  it('a long paragraph of many lines joins every line once', () => {
    const lines = body(...Array.from({ length: 50_000 }, () => 'x'));
    const [p] = paragraphs(lines, 'blank-separated');
    expect(p!.text).toHaveLength(99_999);
    expect(p!.last).toBe(49_999);
  });
  it('a body read after a longer one gets none of its pieces', () => {
    paragraphs(body('One two', 'three four', 'five six', 'seven.'), 'blank-separated');
    expect(paragraphs(body('Eight', 'nine.', '', 'Ten.'), 'blank-separated').map((p) => p.text)).toEqual(['Eight nine.', 'Ten.']);
  });
  it('no lines, no paragraphs', () => {
    expect(paragraphs(body())).toEqual([]);
    expect(paragraphs(body('', '  '))).toEqual([]);
  });
});
