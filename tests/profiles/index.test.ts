/**
 * Profiles registered at run time (registerProfiles in src/profiles/index.ts) take part in
 * detection exactly as the built-in ones do. The invented agency of fixtures/profiles/ shows the
 * difference: without its profile its story has no dateline, no agency and no footer; with it,
 * all three are right. This file registers profiles: vitest gives each test file its own modules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/pipeline/parse.js';
import { BUILT_IN_PROFILES, PROFILES, profileByAlias, profileById, registerProfiles } from '../../src/profiles/index.js';
import { profile } from '../../src/profiles/profile.js';
import { loadProfileFile } from '../../src/profiles/user-file.js';

const DIR = new URL('../../fixtures/profiles/', import.meta.url).pathname;
const STORY = readFileSync(`${DIR}kestrel-ferry.txt`, 'utf8');
const parse = (text: string) => parseText(text, { source: 'kestrel-ferry.txt' })[0]!;

describe('an invented agency from a file', () => {
  const before = parse(STORY);

  it('is not known before its profile is registered', () => {
    expect(before.agency).toBeNull();
    expect(before.dateline).toBeNull();
    expect(before.footer.lines).toEqual([]);
    expect(before.body.at(-1)).toBe('Kestrel News Service 2026');
    expect(before.bylineIsAgency).toBe(false);
  });

  it('parses with dateline, agency and footer right once it is', () => {
    registerProfiles(loadProfileFile(`${DIR}kestrel.yaml`));
    const after = parse(STORY);
    expect(after.agency).toBe('Kestrel');
    expect(after.profile).toBe('kestrel');
    expect(after.dateline).toMatchObject({ text: 'PORT ELLIS, Feb 11 Kestrel -', location: 'PORT ELLIS', date: 'Feb 11', agency: 'Kestrel', form: 'place-date-credit' });
    expect(after.body[0]).toMatch(/^The Caldera Ferry Company will run/);
    expect(after.body).toHaveLength(3);
    expect(after.footer).toMatchObject({
      lines: ['ENDS KNS', 'KNS 1412 GMT', 'Kestrel News Service 2026'],
      endMarker: 'ENDS KNS',
      signOff: 'KNS 1412 GMT',
      copyright: 'Kestrel News Service 2026',
    });
    // Its agency byline and its glued end marker are asked as a built-in profile's are.
    expect(after.bylineIsAgency).toBe(true);
    const glued = parse(STORY.replace('second year.\n', 'second year. ENDS KNS\n').replace(/\nENDS KNS\n/, '\n'));
    expect(glued.footer.endMarker).toBe('ENDS KNS');
    expect(glued.body[0]).toMatch(/second year\.$/);
  });

  it('is found by id and alias, after the built-in profiles', () => {
    expect(profileById('kestrel')?.name).toBe('Kestrel');
    expect(profileByAlias('KNS')?.id).toBe('kestrel');
    expect(PROFILES.slice(0, BUILT_IN_PROFILES.length)).toEqual(BUILT_IN_PROFILES);
    expect(PROFILES.at(-1)?.id).toBe('kestrel');
  });
});

describe('a profile with the id of a built-in one', () => {
  it('takes its place, so that a user can edit a built-in profile', () => {
    const count = PROFILES.length;
    const aap = profileById('aap')!;
    const text = 'Title here\n\nCANBERRA, July 21 AAP - The council met on Tuesday.\n';
    expect(parse(text).dateline?.agency).toBe('AAP');
    registerProfiles([profile({ ...aap, datelineForms: aap.datelineForms.filter((f) => f !== 'place-date-credit') })]);
    expect(PROFILES).toHaveLength(count);
    expect(profileById('aap')).not.toBe(aap);
    expect(parse(text).dateline).toBeNull();
  });
});

describe('an alias a registered profile shares with a built-in one', () => {
  it('names the registered profile', () => {
    expect(profileByAlias('Thomson Reuters')?.id).toBe('reuters');
    registerProfiles([profile({ id: 'tr-archive', name: 'TR Archive', aliases: ['Thomson Reuters'], display: 'headline-deck', datelineForms: ['place-agency'], separators: ['-'] })]);
    expect(profileByAlias('Thomson Reuters')?.id).toBe('tr-archive');
    expect(profileByAlias('Reuters')?.id).toBe('reuters');
  });
});
