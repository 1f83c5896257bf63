import { describe, expect, it } from 'vitest';
import type { FileReport } from '../../../src/commands/check/check.js';
import { reporter } from '../../../src/commands/check/reporters.js';

const report: FileReport = {
  file: 'feed/a,b:c.txt',
  stories: [{ index: 0, lines: { start: 1, end: 4 }, headline: 'Lone \ud800 surrogate & <tag>' }],
  diagnostics: [
    { file: 'feed/a,b:c.txt', line: 2, level: 'warning', code: 'no-dateline', message: '100% sure\nnot', story: 0 },
    { file: 'feed/a,b:c.txt', line: null, level: 'error', code: 'binary-input', message: 'binary', story: null },
  ],
};
const summary = { files: 1, stories: 1, errors: 1, warnings: 1 };

describe('escaping, as each reporter writes it', () => {
  const one = (message: string, file = 'x.txt'): FileReport => ({
    file,
    stories: [],
    diagnostics: [{ file, line: null, level: 'error', code: 'binary-input', message, story: null }],
  });
  it('github: workflow command data and properties are percent-escaped, so no name forges a command', () => {
    expect(reporter('github', { strict: false }).file(one('100%\r\nnext', 'a,b:c%.txt'))).toBe('::error file=a%2Cb%3Ac%25.txt,title=wireparse binary-input::100%25%0D%0Anext\n');
  });
  it('junit: markup characters, and characters XML cannot hold become U+FFFD; attributes keep tabs and line breaks', () => {
    const xml = (message: string) => reporter('junit', { strict: false }).end([one(message)], { files: 1, stories: 0, errors: 1, warnings: 0 });
    expect(xml(`<a href="x">'&'</a>`)).toContain('message="&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;"');
    expect(xml('a\u0001b\u000bc\ud800d\udc00e\uffff')).toContain('message="a\ufffdb\ufffdc\ufffdd\ufffde\ufffd"');
    expect(xml('😀')).toContain('message="😀"');
    expect(xml('a\tb\r\nc')).toContain('message="a&#9;b&#13;&#10;c"');
  });
});

describe('reporters', () => {
  it('text: file:line: level: message [code], then the summary', () => {
    const text = reporter('text', { strict: false });
    expect(text.file(report) + text.end([report], summary)).toBe(
      'feed/a,b:c.txt:2: warning: 100% sure\nnot [no-dateline]\nfeed/a,b:c.txt: error: binary [binary-input]\n1 file, 1 story: 1 error, 1 warning\n',
    );
  });
  it('github: one command per diagnostic, escaped', () => {
    expect(reporter('github', { strict: false }).file(report)).toBe(
      '::warning file=feed/a%2Cb%3Ac.txt,line=2,title=wireparse no-dateline::100%25 sure%0Anot\n' +
        '::error file=feed/a%2Cb%3Ac.txt,title=wireparse binary-input::binary\n',
    );
  });
  it('junit: warnings fail only with strict', () => {
    const loose = reporter('junit', { strict: false }).end([report], summary);
    expect(loose).toContain('tests="2" failures="1"');
    expect(loose).toContain('<system-out>feed/a,b:c.txt:2: warning: 100% sure\nnot [no-dateline]\n</system-out>');
    expect(loose).toContain('name="story 1 (lines 1-4): Lone \ufffd surrogate &amp; &lt;tag&gt;"');
    const strict = reporter('junit', { strict: true }).end([report], summary);
    expect(strict).toContain('tests="2" failures="2"');
    expect(strict).toContain('<failure message="100% sure&#10;not" type="no-dateline">');
  });
  it('json: ok only when nothing fails', () => {
    expect(JSON.parse(reporter('json', { strict: false }).end([report], summary)).ok).toBe(false);
    const clean = { ...report, diagnostics: report.diagnostics.slice(0, 1) };
    expect(JSON.parse(reporter('json', { strict: false }).end([clean], summary)).ok).toBe(true);
    expect(JSON.parse(reporter('json', { strict: true }).end([clean], summary)).ok).toBe(false);
  });
});
