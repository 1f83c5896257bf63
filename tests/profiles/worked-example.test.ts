/**
 * The worked example of docs/grammar/agencies.md ("Your own agency"), executed: its profile
 * block is the invented agency of fixtures/profiles/, its story parses without the profile as the
 * example block says (tests/grammar.test.ts runs that too) and with it as the `with-profiles`
 * block says, and the error it shows for a broken pattern is the one a user gets.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseText } from '../../src/pipeline/parse.js';
import { registerProfiles } from '../../src/profiles/index.js';
import { loadProfileFile, readProfileText } from '../../src/profiles/user-file.js';
import { expectStories } from '../support/expect-stories.js';
import { readExamples } from '../support/examples.js';

const DOC = new URL('../../docs/grammar/agencies.md', import.meta.url).pathname;
const SECTION = 'Your own agency: a worked example';
const text = readFileSync(DOC, 'utf8');
const section = text.slice(text.indexOf(`## ${SECTION}`));

/** The body of the fenced block with this info string in the section. */
function block(info: string): string {
  const m = new RegExp(`^\`\`\`${info}\\n([\\s\\S]*?)^\`\`\`$`, 'm').exec(section);
  if (!m) throw new Error(`${DOC}: no \`\`\`${info} block under "${SECTION}"`);
  return m[1]!;
}

const profileText = block('yaml profiles');
const [example] = readExamples(DOC).filter((e) => e.section === SECTION);

it('shows the profile of fixtures/profiles/kestrel.yaml', () => {
  const fixture = new URL('../../fixtures/profiles/kestrel.yaml', import.meta.url).pathname;
  expect(readProfileText(profileText, 'kestrel.yaml')).toEqual(loadProfileFile(fixture));
});

it('shows the error a broken pattern gives', () => {
  const broken = profileText.replace("'/^ENDS KNS$/'", "'/^(ENDS KNS$/'");
  expect(broken).not.toBe(profileText);
  expect(() => readProfileText(broken, 'kestrel.yaml')).toThrow(block('text').trim().replace(/^wireparse: /, ''));
});

it('parses the story without the profile as the example says, and with it as with-profiles says', () => {
  expect(example).toBeDefined();
  expectStories(parseText(example!.input, { source: 'example' }), example!.expected);
  registerProfiles(readProfileText(profileText, 'kestrel.yaml'));
  expectStories(parseText(example!.input, { source: 'example' }), JSON.parse(block('json with-profiles')));
});
