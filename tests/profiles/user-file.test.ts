/**
 * Reading a user's profile file (src/profiles/user-file.ts): YAML and JSON alike, and every
 * problem reported with the file, the line of the offending key and the field's path.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfileFile, ProfileFileError, readProfileText } from '../../src/profiles/user-file.js';

const ACME_YAML = `profiles:
  - id: acme
    name: Acme Wire
    aliases: [ACME]
    display: headline-deck
    datelineForms: [place-agency]
    separators: ['-']
    footer:
      - kind: end
        line: '/^\\+\\+\\+$/'
`;

function problem(text: string, file = 'agencies.yaml'): string {
  try {
    readProfileText(text, file);
  } catch (err) {
    expect(err).toBeInstanceOf(ProfileFileError);
    return (err as Error).message;
  }
  throw new Error('no problem reported');
}

describe('reading', () => {
  it('reads a YAML profile with its regular expressions', () => {
    const [acme] = readProfileText(ACME_YAML, 'agencies.yaml');
    expect(acme!.id).toBe('acme');
    expect(acme!.footer[0]!.line.test('+++')).toBe(true);
    expect(acme!.footer[0]!.line.test('++')).toBe(false);
  });

  it('reads the same profile written as JSON, tabs and all', () => {
    const json = '{\n\t"profiles": [{\n\t\t"id": "acme", "name": "Acme Wire", "aliases": ["ACME"], "display": "headline-deck",\n\t\t"datelineForms": ["place-agency"], "separators": ["-"],\n\t\t"footer": [{"kind": "end", "line": "/^\\\\+\\\\+\\\\+$/"}]\n\t}]\n}\n';
    expect(readProfileText(json, 'agencies.json')).toEqual(readProfileText(ACME_YAML, 'agencies.yaml'));
  });

  it('reads a file from disk and names it when it cannot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wireparse-profiles-'));
    writeFileSync(join(dir, 'a.yaml'), ACME_YAML);
    expect(loadProfileFile(join(dir, 'a.yaml'))[0]!.name).toBe('Acme Wire');
    expect(() => loadProfileFile(join(dir, 'missing.yaml'))).toThrow(`${join(dir, 'missing.yaml')}: cannot read the profile file`);
  });
});

describe('problems name file, line and field', () => {
  it('a broken regular expression, at the line of its key', () => {
    const text = ACME_YAML.replace(String.raw`'/^\+\+\+$/'`, `'/^(+++$/'`);
    expect(problem(text)).toMatch(/^agencies\.yaml:10: profiles\[0\]\.footer\[0\]\.line: Invalid regular expression/);
  });

  it('a value outside its choices', () => {
    const text = ACME_YAML.replace('kind: end', 'kind: ending');
    expect(problem(text)).toMatch(/^agencies\.yaml:9: profiles\[0\]\.footer\[0\]\.kind: /);
  });

  it('an unknown field, at its own line and under its own name', () => {
    const text = ACME_YAML.replace('    display:', '    colour: red\n    display:');
    expect(problem(text)).toBe('agencies.yaml:5: profiles[0].colour: unknown field (the fields are those of `wireparse profiles --json`)');
  });

  it('a missing field, where the profile lacking it starts', () => {
    const text = ACME_YAML.replace("    separators: ['-']\n", '');
    expect(problem(text)).toMatch(/^agencies\.yaml:2: profiles\[0\]\.separators: /);
  });

  it('a glued end marker not anchored at the end', () => {
    const text = `${ACME_YAML}    gluedEnd: ['/\\(ACME\\)/']\n`;
    expect(problem(text)).toMatch(/^agencies\.yaml:11: profiles\[0\]\.gluedEnd\[0\]: .*ends with \$/);
  });

  it('an id given twice', () => {
    const second = ACME_YAML.split('\n').slice(1).join('\n');
    expect(problem(ACME_YAML + second)).toMatch(/^agencies\.yaml:11: profiles\[1\]\.id: id acme is given twice/);
  });

  it('a file that is not JSON or YAML, at the line where it breaks', () => {
    expect(problem('{\n  "profiles": [\n    {"id": "acme",,}\n', 'agencies.json')).toMatch(/^agencies\.json:3: not valid JSON or YAML: /);
  });

  it('a top level that is not an object of profiles', () => {
    expect(problem('- id: acme\n')).toMatch(/^agencies\.yaml:1: \(top level\): /);
  });
});
