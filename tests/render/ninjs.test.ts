/**
 * ninjs output (src/render/ninjs.ts): every object validates against IPTC's ninjs 3.1 and 2.1
 * JSON Schemas (read from ../shared/specs/ninjs, skipped when absent) over every fixture, the
 * seeds and the samples-dev corpus; and the values are the story's: escaping, uri, dates,
 * language, the 2.1 names. Stories here are invented.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseBytes, parseText } from '../../src/pipeline/parse.js';
import { ninjsOf } from '../../src/render/ninjs.js';
import { render } from '../../src/render/index.js';
import { uriOf, uriTemplateProblem } from '../../src/render/ninjs-uri.js';
import type { Story } from '../../src/schema/story.js';
import { filesBelow } from '../support/walk.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const SPECS = `${SHARED}specs/ninjs/`;
const INPUT = /\.(?:txt|xml|html|sgm)$/;

// ajv-formats is CommonJS: under ESM its default import is module.exports, whose `default` is the plugin.
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;

function validator(version: '3.1' | '2.1'): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(JSON.parse(readFileSync(`${SPECS}GeoJSON-schema.json`, 'utf8')));
  return ajv.compile(JSON.parse(readFileSync(`${SPECS}ninjs-schema_${version}.json`, 'utf8')));
}

function storiesOf(paths: readonly string[]): Story[] {
  return paths.flatMap((path) => parseBytes(readFileSync(path), { source: relative(ROOT, path) }));
}

const fixtures = filesBelow(`${ROOT}fixtures`).filter((f) => INPUT.test(f));
const seeds = existsSync(`${SHARED}seeds`) ? readdirSync(`${SHARED}seeds`).filter((f) => f.endsWith('.txt')).map((f) => `${SHARED}seeds/${f}`) : [];
const samplesDir = `${SHARED}corpora/samples-dev/`;
const samples = existsSync(samplesDir) ? readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).map((f) => `${samplesDir}${f}`) : [];

describe.skipIf(!existsSync(SPECS))('validates against the IPTC schemas', () => {
  const sets = [
    ['fixtures', fixtures],
    ['seeds', seeds],
    ['samples-dev', samples],
  ] as const;
  for (const version of ['3.1', '2.1'] as const) {
    // Compiled when a test runs: the block is still collected when the schemas are absent.
    let compiled: ValidateFunction | undefined;
    const validate = (object: unknown) => (compiled ??= validator(version))(object);
    it(`IPTC's own 3.1 examples pass the ${version} validator set-up as intended`, () => {
      const examples = readdirSync(`${SPECS}examples-3.1`).map((f) => JSON.parse(readFileSync(`${SPECS}examples-3.1/${f}`, 'utf8')));
      expect(examples.length).toBeGreaterThan(0);
      // The 3.1 examples use 3.1's names, which 2.1 (lower case names) must refuse.
      for (const example of examples) expect(validate(example)).toBe(version === '3.1');
    });
    for (const [name, paths] of sets) {
      it.skipIf(paths.length === 0)(`ninjs ${version}: every story of ${name}, zero errors`, () => {
        const stories = storiesOf(paths);
        expect(stories.length).toBeGreaterThanOrEqual(paths.length);
        const errors = stories.flatMap((story) => {
          const object = ninjsOf(story, { version, uriTemplate: null });
          return validate(object) ? [] : [`${story.source}#${story.index}: ${JSON.stringify(compiled!.errors)}`];
        });
        expect(errors).toEqual([]);
      });
    }
  }
});

const STORY = `Harbour board backs <new> pier & "quay" plan

By Lena Marsh

LONDON, March 3, 2026 (Reuters) - The harbour board voted 7-2 for the pier, its chair said.

Work would start in May, she said, at a cost of 4 million pounds.

(Reporting by Lena Marsh; Editing by Tom Reyes)
`;

describe('values', () => {
  const [story] = parseText(STORY, { source: 'desk/in box.txt' });
  const object = ninjsOf(story!);

  it('maps headline, by, located, dates, agency and body', () => {
    expect(object).toMatchObject({
      type: 'text',
      headlines: [{ role: 'main', value: 'Harbour board backs <new> pier & "quay" plan' }],
      by: 'Lena Marsh',
      located: 'LONDON',
      firstCreated: '2026-03-03T00:00:00Z',
      versionCreated: '2026-03-03T00:00:00Z',
      language: 'en',
      infoSources: [{ name: 'Reuters', role: 'provider', literal: 'reuters' }],
    });
    const [text, html] = object.bodies as { contentType: string; value: string }[];
    expect(text!.contentType).toBe('text/plain');
    expect(text!.value).toBe(
      'LONDON, March 3, 2026 (Reuters) - The harbour board voted 7-2 for the pier, its chair said.\n\nWork would start in May, she said, at a cost of 4 million pounds.',
    );
    expect(html!.contentType).toBe('text/html');
    expect(html!.value.split('\n')).toHaveLength(2);
    expect(html!.value).toMatch(/^<p>LONDON, March 3, 2026 \(Reuters\) - The harbour/);
  });

  it('escapes markup in body_html', () => {
    const [tricky] = parseText('Headline here\n\nLONDON (Reuters) - Profits <b>rose</b> & fell "sharply", O\'Neil said.\n', { source: 'x' });
    const html = (ninjsOf(tricky!).bodies as { value: string }[])[1]!.value;
    expect(html).toBe('<p>LONDON (Reuters) - Profits &lt;b&gt;rose&lt;/b&gt; &amp; fell &quot;sharply&quot;, O&#39;Neil said.</p>');
  });

  it('leaves out what the story does not have, rather than writing null', () => {
    const [bare] = parseText(' ', { source: 'x' });
    const keys = Object.keys(ninjsOf(bare!));
    for (const absent of ['headlines', 'by', 'located', 'firstCreated', 'edNote', 'copyrightNotice', 'infoSources', 'slugline']) expect(keys).not.toContain(absent);
    expect(Object.values(ninjsOf(bare!))).not.toContain(null);
  });

  it('writes 2.1 with its lower-case names', () => {
    const old = ninjsOf(story!, { version: '2.1', uriTemplate: null });
    expect(old).toMatchObject({ firstcreated: '2026-03-03T00:00:00Z', infosources: [{ name: 'Reuters' }], standard: { version: '2.1' } });
    expect(JSON.stringify(old)).not.toMatch(/"[a-z]*[A-Z][a-zA-Z]*":/);
    expect((old.bodies as { contenttype: string }[])[0]!.contenttype).toBe('text/plain');
  });

  it('one line per story', () => {
    const stories = parseText(`${STORY}\n\n\n\n${STORY}`, { source: 'two' });
    const lines = render('ninjs', stories, { color: false }).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l).uri)).toEqual(stories.map((s) => `urn:wireparse:two:${s.index}`));
  });
});

describe('uri', () => {
  const [story] = parseText(STORY, { source: 'desk/in box.txt' });

  it('is the same for the same source and index, and differs by index', () => {
    expect(uriOf(story!, null)).toBe('urn:wireparse:desk/in%20box.txt:0');
    expect(uriOf(story!, null)).toBe(uriOf(parseText(STORY, { source: 'desk/in box.txt' })[0]!, null));
    expect(uriOf({ ...story!, index: 1 }, null)).not.toBe(uriOf(story!, null));
  });

  it('follows a template, every value percent-encoded', () => {
    expect(uriOf(story!, 'https://news.example/{profile}/{file}/{index}')).toBe('https://news.example/reuters/in%20box/0');
  });

  it('refuses a template that cannot make URIs', () => {
    expect(uriTemplateProblem('https://a.example/{source}#{index}')).toBeNull();
    expect(uriTemplateProblem('{source}-{index}')).toMatch(/scheme/);
    expect(uriTemplateProblem('https://a/{slug}')).toMatch(/unknown placeholder \{slug\}/);
    expect(uriTemplateProblem('https://a/b c/{index}')).toMatch(/characters a URI cannot/);
  });
});

describe('dates', () => {
  const [story] = parseText(STORY, { source: 'x' });
  const createdOf = (s: Story) => (ninjsOf(s).firstCreated as string | undefined) ?? null;

  it('prefer the transmission time to the dateline day', () => {
    const transmission = { ...(null as unknown as NonNullable<Story['transmission']>), issued: '2026-03-03T14:09Z' };
    expect(createdOf({ ...story!, transmission })).toBe('2026-03-03T14:09:00Z');
    expect(createdOf(story!)).toBe('2026-03-03T00:00:00Z');
  });

  it('name no day that does not exist, and none when the year is unknown', () => {
    expect(createdOf({ ...story!, dateline: { ...story!.dateline!, iso: '2026-02-31' } })).toBeNull();
    expect(createdOf({ ...story!, dateline: { ...story!.dateline!, iso: null } })).toBeNull();
  });

  it('come from an ANPA trailer in a fixture', () => {
    const [first] = storiesOf([`${ROOT}fixtures/dialects/anpa/ap-feed.txt`]);
    expect(ninjsOf(first!).versionCreated).toBe(`${first!.transmission!.issued!.slice(0, -1)}:00Z`);
  });
});

describe('language', () => {
  const lang = (text: string) => ninjsOf(parseText(text, { source: 'x' })[0]!).language;

  it('from the script', () => {
    expect(lang('서울시, 새 버스 노선 발표\n\n(서울=연합뉴스) 김민수 기자 = 서울시는 새 버스 노선을 발표했다.\n')).toBe('ko');
  });

  it('from the dateline month among the languages the agency files in', () => {
    expect(lang('Titre\n\nPARIS, 10 août (Xinhua) -- Le conseil a voté mardi le nouveau plan.\n')).toBe('fr');
    expect(lang('Title\n\nBEIJING, January 10 (Xinhua) -- The council voted on Tuesday.\n')).toBe('en');
    // `Aug.` is English and German, both of which Xinhua files in.
    expect(lang('Title\n\nBEIJING, Aug. 10 (Xinhua) -- The council voted on Tuesday.\n')).toBeUndefined();
  });

  it('not at all when nothing tells it', () => {
    expect(lang('Judul\n\nJakarta (ANTARA) - Dewan kota memilih rencana baru.\n')).toBeUndefined();
  });
});

describe('README', () => {
  it('documents every property written, in both versions, and no other', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const table = readme.slice(readme.indexOf('<!-- ninjs:start -->'), readme.indexOf('<!-- ninjs:end -->'));
    // Rows after the header: the ninjs 3.1 names in the first column, the 2.1 names in the second.
    const rows = [...table.matchAll(/^\| ([^|]+) \| ([^|]+) \|/gm)].slice(1).map((m) => [m[1]!, m[2]!].map((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((c) => c[1]!)));
    const written = (version: '3.1' | '2.1') =>
      new Set(storiesOf(fixtures).flatMap((story) => Object.keys(ninjsOf(story, { version, uriTemplate: null }))));
    expect(new Set(rows.flatMap((r) => r[0]!))).toEqual(written('3.1'));
    expect(new Set(rows.flatMap((r) => r[1]!))).toEqual(written('2.1'));
  });
});
