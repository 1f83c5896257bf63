import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apTypography } from '../src/grammar/dialects/anpa.js';
import { isChromeLine } from '../src/profiles/chrome.js';
import { decodeEntities, isHtmlLine } from '../src/grammar/dialects/html.js';
import { isColumnLine } from '../src/grammar/tables.js';
import { parseBytes, parseText } from '../src/pipeline/parse.js';
import { DIALECTS, Story } from '../src/schema/story.js';

describe('AP typography', () => {
  it('turns wire dashes, quotes and halves into typography', () => {
    expect(apTypography("BOSTON (AP) _ ``Yes,'' she said _ twice.")).toBe('BOSTON (AP) — “Yes,” she said — twice.');
    expect(apTypography('It cost $4{ million and { a day.')).toBe('It cost $4½ million and ½ a day.');
  });

  it('leaves underscores inside words and rules alone', () => {
    expect(apTypography('Write to jane_doe@example.org')).toBe('Write to jane_doe@example.org');
    expect(apTypography('___')).toBe('___');
  });
});

describe('light HTML', () => {
  it('decodes named and numeric references and drops a kept carriage return', () => {
    expect(decodeEntities('A &amp; B&#13; &#8220;C&#x201D; &eacute; &nbsp;&bogus;')).toBe('A & B “C” é  &bogus;');
  });

  it('shows a line without its tags', () => {
    const shown = (line: string) => parseText(line, { dialect: 'html' })[0]!.headline;
    expect(shown('<p class="x">One<br/>two <em>three</em></p>')).toBe('One two three');
    expect(shown('<p>Text.</p><script>track("a");</script>')).toBe('Text.');
  });

  it('needs lower-case tags or references as evidence', () => {
    expect(isHtmlLine('<p>Text</p>')).toBe(true);
    expect(isHtmlLine('Fish &amp; chips')).toBe(true);
    expect(isHtmlLine('DU PONT <DD> WINS SUIT AGAINST PHILLIPS <P>')).toBe(false);
    expect(isHtmlLine('<Strong Point Inc> said its board met.')).toBe(false);
    expect(isHtmlLine('Markets rally <b>today</b>')).toBe(false);
  });
});

describe('site chrome', () => {
  it('recognises widgets, recirculation, navigation and disclaimers', () => {
    for (const line of [
      'Share', 'Facebook | Twitter | Email', 'Share this article: Facebook Twitter', 'Also read: Fares to rise',
      'READ MORE - Port strike ends', 'Home > World > Asia', 'Advertisement', 'Tags: rail, Busan',
      'Listen to this article 4:12', '5 min read',
      '(This story has not been edited by our staff and is auto-generated from a syndicated feed.)',
    ]) expect(isChromeLine(line), line).toBe(true);
  });

  it('does not take sentences or wrapped words for chrome', () => {
    for (const line of [
      'comment.', 'subscribe to ordinary shares.', 'Also Monday, the minister met the envoy.', 'Email',
      'Related companies reported higher sales.', 'Home prices rose 3 pct in January.',
    ]) expect(isChromeLine(line), line).toBe(false);
  });
});

describe('web caption lines', () => {
  /** The captions web copy reads when `line` stands between two paragraphs. */
  const captionsAround = (line: string) =>
    parseText(['Cranes return to the port', '', 'BUSAN, March 3 (Yonhap) -- The cranes are back.', '', line, '', 'Work resumes on Monday.', ''].join('\n'), { dialect: 'web' })[0]!.captions.map((c) => c.text);

  it('tells caption lines from sentences about photos', () => {
    expect(captionsAround('Photo: A crane in Busan. (Yonhap)')).toEqual(['Photo: A crane in Busan. (Yonhap)']);
    expect(captionsAround('FILE PHOTO: The hall in 2025.')).toEqual(['FILE PHOTO: The hall in 2025.']);
    expect(captionsAround('(Photo by Ann Example/Reuters)')).toEqual(['(Photo by Ann Example/Reuters)']);
    expect(captionsAround('[Image: the new bridge]')).toEqual(['Image: the new bridge']);
    for (const line of ['Photos of the crash spread online, police said.', 'Photographers gathered outside.', 'The photo: a fake, experts said']) {
      expect(captionsAround(line), line).toEqual([]);
    }
  });
});

describe('column layouts', () => {
  it('tells table rows from prose', () => {
    expect(isColumnLine('    Containers    4,120.5    3,980.2')).toBe(true);
    expect(isColumnLine('  Wheat  2.55  2.40')).toBe(true);
    expect(isColumnLine('Total ........ 4,120')).toBe(true);
    expect(isColumnLine('    Shr 1.20 dlrs vs 1.10 dlrs')).toBe(false);
    expect(isColumnLine('The bank said.  It added more.')).toBe(false);
  });
});

describe('dialect detection and forcing', () => {
  it('reports the detected dialect and lets --dialect force one', () => {
    const text = 'Share this article: Facebook | Twitter\nFerry line opens\nOSLO, Jan 5 (Reuters) - A ferry line opened.\nAlso read: Fares rise\n';
    expect(parseText(text)[0]!.dialect).toBe('web');
    const forced = parseText(text, { dialect: 'plain' })[0]!;
    expect(forced.dialect).toBe('plain');
    // Plain copy has no chrome reading: the widget line is read as the story's first display line.
    expect(forced.layout[0]).toMatchObject({ start: 1, end: 1 });
    expect(forced.layout[0]!.reason).not.toBe('chrome');
  });

  it('claims the sign-off only when it names the header service', () => {
    const story = (signOff: string) =>
      parseText(`\u0001dpa0001 4 pl 20 dpa 0001\n\nWeather/\n\u0002Fog closes airport =\n\nBremen (dpa) - Fog closed the airport.\n\n${signOff}\n\u0003\n`)[0]!;
    expect(story('dpa xy').footer.signOff).toBe('dpa xy');
    expect(story('and so on').footer.signOff).toBeNull();
  });
});

describe('credit', () => {
  it('reports the agency line under a byline, in any dialect', () => {
    const story = parseText('Harbor bridge reopens\nBy JANE EXAMPLE\nAssociated Press\nPORTVILLE, Maine (AP) — The bridge reopened.\n')[0]!;
    expect(story).toMatchObject({ byline: 'By JANE EXAMPLE', credit: 'Associated Press', body: ['The bridge reopened.'] });
    expect(parseText('Gallery opens late\nOSLO, Jan 5 (Reuters) - The gallery will open late.\n')[0]!.credit).toBeNull();
  });
});

describe('dialect fixtures', () => {
  const root = new URL('../fixtures/dialects/', import.meta.url).pathname;
  const inputs = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(root, d.name)).filter((f) => !f.endsWith('.json')).map((f) => join(root, d.name, f)));

  it('covers every dialect', () => {
    const dialects = new Set(inputs.flatMap((f) => parseBytes(readFileSync(f)).map((s) => s.dialect)));
    expect([...dialects].sort()).toEqual([...DIALECTS].sort());
  });

  for (const file of inputs) {
    it(`${file.slice(root.length)}: every line lands in exactly one part, and the output meets the schema`, () => {
      const stories = parseBytes(readFileSync(file));
      let expectedNext = 1;
      for (const story of stories) {
        expect(Story.safeParse(story).success).toBe(true);
        for (const run of story.layout) {
          expect(run.start).toBe(expectedNext);
          expectedNext = run.end + 1;
        }
        expect(expectedNext - 1).toBe(story.lines.end);
        expect(story.layout.some((r) => r.reason === 'unassigned')).toBe(false);
      }
    });
  }

  it('keeps every line, whatever dialect is forced on whatever input', () => {
    for (const file of inputs) {
      for (const dialect of DIALECTS) {
        const stories = parseBytes(readFileSync(file), { dialect });
        for (const story of stories) {
          expect(story.dialect).toBe(dialect);
          expect(Story.safeParse(story).success).toBe(true);
          const covered = story.layout.reduce((n, r) => n + r.end - r.start + 1, 0);
          expect(covered, `${file} as ${dialect}`).toBe(story.lines.end - story.lines.start + 1);
        }
      }
    }
  });
});

describe('tables in markdown', () => {
  it('renders a table paragraph as a fenced block', async () => {
    const { render } = await import('../src/render/index.js');
    const stories = parseBytes(readFileSync(new URL('../fixtures/dialects/anpa/ap-feed.txt', import.meta.url)));
    expect(render('markdown', stories, { color: false })).toContain('```\nPlace\tBoat\tTime\n1.\tSea Lark\t1:02:14\n2.\tGull Wing\t1:03:40\n```');
  });
});
