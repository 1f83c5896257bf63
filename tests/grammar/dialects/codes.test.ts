/**
 * Feed codes are framing, never text: no output field of any fixture, or of any story of the
 * shared corpora when they are there, may hold an ANPA quad code (`^` opening a display part,
 * `<` or `=` closing one), an AAP sigil header line, an SGML tag or a control character, raw or
 * written as an entity.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../../src/pipeline/parse.js';
import type { Story } from '../../../src/schema/story.js';
import { filesBelow } from '../../support/walk.js';

const root = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const shared = fileURLToPath(new URL('../../../../shared/', import.meta.url));

/**
 * Display parts: a quad code opens or closes none of them. A `<` closing a ticker the copy opened
 * (`... OF CYCLOPS <CYL<`, a typo of the 1987 wire) is the copy's.
 */
const QUAD = /^\^|(?<!<[A-Z]{1,6})<$|=$/;
/** Whole AAP header lines as a field: `%A`, `#Slug_BC1`, `$Headline`, `:(PLACE)`, `&USER`, `*07000000`, `@QLD`. */
const SIGIL_LINE = /^(?:%[A-Z]{0,3}|#\S+_\S+|\$\S.*|:\(.*\)|&\S+\\\S*|\*\d{6,10}|@[A-Z]{2,4})$/;
/** The AAP framing words, as whole words. */
const AAP_FRAMING = /\b(?:ZCZC|NNNN)\b/;
/**
 * SGML tags of the LDC documents. `<P>` alone is left out: the 1987 Reuters wire writes company
 * tickers that way (`WINS SUIT AGAINST <P>`).
 */
const SGML_TAG = /<\/[A-Z_]{1,20}>|<(?:DOC|DOCNO|DOCID|DOCTYPE|DATE_TIME|HEADER|BODY|SLUG|HEADLINE|TEXT|TRAILER|DATELINE)(?:\s[^<>]*)?>/;
/** A control character or one written as an entity (`&Cx1f;`, `&#2;`); tabs and newlines join table cells and rows. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]|&Cx[0-9a-f]{1,2};|&#(?:[0-8]|1[1-9]|2\d|3[01]|127);/i;

/** Every problem of one story, as `field: text`. */
function codesIn(story: Story): string[] {
  const problems: string[] = [];
  const display: [string, string | null][] = [
    ['slug', story.slug], ['headline', story.headline], ['deck', story.deck], ['byline', story.byline], ['credit', story.credit],
    ...story.flags.map((f): [string, string] => ['flag', f]),
    ...story.captions.map((c): [string, string] => ['caption', c.text]),
    ...story.footer.lines.map((l): [string, string] => ['footer', l]),
  ];
  for (const [field, text] of display) {
    if (text === null) continue;
    // A 1987 Reuters keyword may be cut at a ticker's bracket (`OWENS-AND-MINOR-INC-<`): only `^` is a code in a slug.
    if (field === 'slug' ? text.startsWith('^') : QUAD.test(text)) problems.push(`${field} quad code: ${text}`);
    if (SIGIL_LINE.test(text) && field !== 'headline' && field !== 'footer') problems.push(`${field} sigil: ${text}`);
  }
  const first = story.body[0];
  if (first !== undefined && first.startsWith('^')) problems.push(`body quad code: ${first}`);
  if (first !== undefined && SIGIL_LINE.test(first) && !first.startsWith('$')) problems.push(`body sigil: ${first}`);
  const texts = [...display.map(([, t]) => t ?? ''), ...story.body, ...story.notes.map((n) => n.text), story.dateline?.text ?? ''];
  for (const text of texts) {
    if (SGML_TAG.test(text)) problems.push(`SGML tag: ${text.slice(0, 80)}`);
    if (CONTROL.test(text.replace(/[\t\n]/g, ' '))) problems.push(`control character: ${JSON.stringify(text.slice(0, 80))}`);
    if (AAP_FRAMING.test(text)) problems.push(`AAP framing: ${text.slice(0, 80)}`);
  }
  return problems;
}

function problemsIn(paths: readonly string[], base: string): string[] {
  const problems: string[] = [];
  for (const path of paths) {
    for (const story of parseBytes(readFileSync(path), { source: relative(base, path) })) {
      for (const p of codesIn(story)) problems.push(`${story.source}#${story.index} ${p}`);
    }
  }
  return problems;
}

describe('no feed code in any output field', () => {
  it('of any fixture', () => {
    const inputs = filesBelow(root).filter((f) => !f.endsWith('.json') && !f.endsWith('.mjs'));
    expect(inputs.length).toBeGreaterThan(20);
    expect(problemsIn(inputs, root)).toEqual([]);
  });

  it('finds the codes it looks for', () => {
    const story = parseBytes(Buffer.from('Ferry fares frozen\nHOBART, May 2 AAP - Fares will not rise.\n'))[0]!;
    expect(codesIn(story)).toEqual([]);
    const coded = { ...story, slug: '#Ferry_BC1', headline: '^Ferry fares frozen<', credit: 'Associated Press=', body: ['Fares will not rise.</P>', 'A cut &Cx1f; here.', 'ZCZC AAP'] };
    expect(codesIn(coded)).toHaveLength(6);
  });

  const corpora = ['corpora/samples-dev', 'seeds', 'corpora/reuters21578/feed'].map((c) => join(shared, c)).filter(existsSync);
  it.skipIf(corpora.length === 0)('of any story of the shared corpora', () => {
    const inputs = corpora.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)));
    expect(problemsIn(inputs, shared)).toEqual([]);
  });
});
