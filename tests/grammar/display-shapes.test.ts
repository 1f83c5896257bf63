/** The shapes of display lines (src/grammar/display-shapes.ts); invented examples in each script. */
import { describe, expect, it } from 'vitest';
import { isBareName, isJoinedLabel, isKeywordSlug, isShortLabel } from '../../src/grammar/display-shapes.js';

describe('display line shapes', () => {
  it('keyword slugs: words joined by slashes or hyphens', () => {
    expect(['مصر/طقس/أمطار', 'قدم-اسبانيا-كأس', 'Sri-Lanka', 'سياسة -انتخابات -برلمان-تونس', '/politics/Germany/rail/'].map(isKeywordSlug)).toEqual([true, true, true, true, true]);
    expect(['Russia-Ukraine talks resume', 'Harbour tolls to rise', 'Rates rose.', 'Anti-war march draws crowds in the capital'].map(isKeywordSlug)).toEqual([false, false, false, false]);
  });

  it('short labels are Latin, few words, no sentence end', () => {
    expect(isShortLabel('Paddy birds-Gimpo')).toBe(true);
    expect(isShortLabel('밤하늘 별 축제 개막')).toBe(false);
    expect(isShortLabel('Ports close as the storm nears the coast')).toBe(false);
    expect(isJoinedLabel('Night market-Jeonju')).toBe(true);
    expect(isJoinedLabel('Night market returns')).toBe(false);
  });

  it('bare names: two to four capitalised words, not all capitals', () => {
    expect(['سامي الحداد', 'Jane Roe', 'Kim Min-ji'].map(isBareName)).toEqual([true, true, true]);
    expect(['REPEAT FROM LATE FRIDAY', 'Ports close early', 'Rates rose 2 pct', 'Jane'].map(isBareName)).toEqual([false, false, false, false]);
  });
});
