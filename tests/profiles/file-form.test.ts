/**
 * The file form of agency profiles (src/profiles/file-form.ts): every built-in profile printed
 * and read back is equal to itself, and the form names every dateline shape the grammar has.
 */
import { describe, expect, it } from 'vitest';
import { DATELINE_FORMS } from '../../src/grammar/dateline/forms.js';
import { fromFileForm, ProfileFile, regexOf, toFileForm } from '../../src/profiles/file-form.js';
import { DATELINE_FORM_NAMES } from '../../src/profiles/profile.js';
import { BUILT_IN_PROFILES } from '../../src/profiles/index.js';

describe('file form', () => {
  it('lists exactly the dateline shapes of the grammar', () => {
    expect([...DATELINE_FORM_NAMES].sort()).toEqual([...new Set(DATELINE_FORMS.map((f) => f.name))].sort());
  });

  it('round-trips every built-in profile through JSON', () => {
    const printed = JSON.stringify(toFileForm(BUILT_IN_PROFILES));
    const back = fromFileForm(ProfileFile.parse(JSON.parse(printed)));
    expect(back).toEqual(BUILT_IN_PROFILES);
    // toEqual compares regular expressions by source and flags; say so for one that has both.
    const reuters = back.find((p) => p.id === 'reuters')!;
    expect(reuters.footer[0]!.line).toBeInstanceOf(RegExp);
    expect(String(reuters.footer[0]!.line)).toBe(String(BUILT_IN_PROFILES.find((p) => p.id === 'reuters')!.footer[0]!.line));
  });

  it('fills the optional lists as the built-in data files do', () => {
    const parsed = ProfileFile.parse({
      profiles: [{ id: 'x', name: 'X', aliases: [], display: 'headline-deck', datelineForms: ['place-agency'], separators: ['-'] }],
    });
    expect(fromFileForm(parsed)[0]).toEqual({
      id: 'x', name: 'X', aliases: [], display: 'headline-deck', datelineForms: ['place-agency'], separators: ['-'],
      languages: ['en'], footer: [], gluedEnd: [], agencyBylines: [], captionCredits: [], domains: [],
    });
  });
});

describe('regular expressions as strings', () => {
  it('reads /pattern/flags, a slash inside the pattern included', () => {
    const re = regexOf(String.raw`/^a\/b$/iu`);
    expect(re).toBeInstanceOf(RegExp);
    expect((re as RegExp).test('A/B')).toBe(true);
    expect((re as RegExp).flags).toBe('iu');
  });

  it('says why a string is not one', () => {
    expect(regexOf('^abc$')).toMatch(/written \/pattern\/flags/);
    expect(regexOf('/abc/g')).toMatch(/flags may be/);
    expect(regexOf('/a(b/')).toMatch(/Invalid regular expression/);
  });
});
