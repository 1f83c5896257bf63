/**
 * `wireparse check` end to end: the built CLI (`node bin/wireparse.js`, built by `npm test`'s
 * pretest) is spawned on good and bad inputs. Each bad input must end in a clear stderr line and
 * the documented exit status, never in a crash, a hang or a stack trace.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_CODES } from '../../../src/schema/warnings.js';

const root = new URL('../../..', import.meta.url).pathname;
const bin = join(root, 'bin/wireparse.js');
let dir: string;

function run(args: string[], options: { input?: string | Buffer; prefix?: string[] } = {}): SpawnSyncReturns<string> {
  const [cmd, ...pre] = options.prefix ?? [process.execPath];
  return spawnSync(cmd!, [...pre, ...(options.prefix ? [process.execPath] : []), bin, ...args], {
    cwd: dir,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
}

function path(name: string): string {
  return join(dir, name);
}

/** A plain story that has every part `--require` is usually asked for. */
const GOOD = [
  'Harbour cranes to run on shore power',
  '',
  'BUSAN, March 3, 2025 (Yonhap) -- The port authority said on Monday that all twelve cranes',
  'of the north pier will draw shore power from next spring.',
  '',
  'The switch is to cut diesel use at the pier by half, it said.',
  '(END)',
  '',
].join('\n');

/** Warnings only: no dateline, and a dateline-less second story after an end marker. */
const WARNED = ['Lighthouse keeper retires', 'The last keeper of the island light left on Friday.', '(END)', 'stray', ''].join('\n');

const NO_STACK = /\n\s+at |TypeError|RangeError|ReferenceError|Unhandled|node:internal/;

/** Every stderr line of the CLI is a `wireparse: ` message, a usage error or commander's help hint. */
function expectNoCrash(r: SpawnSyncReturns<string>): void {
  expect(r.error, 'spawn error (timeout?)').toBeUndefined();
  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(NO_STACK);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wireparse-check-'));
  // Readable by everyone, for the test that runs the CLI under another user.
  chmodSync(dir, 0o755);
  writeFileSync(path('good.txt'), GOOD);
  writeFileSync(path('warned.txt'), WARNED);
});

afterAll(() => {
  spawnSync('rm', ['-rf', dir]);
});

describe('exit status and text report', () => {
  it('clean input: exit 0, a summary, nothing on stderr', () => {
    const r = run(['check', 'good.txt']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('1 file, 1 story: 0 errors, 0 warnings\n');
    expect(r.stderr).toBe('');
  });

  it('warnings: exit 0, or 1 with --strict; lines are `file:line: level: message [code]`', () => {
    const r = run(['check', 'warned.txt']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const diagnostics = lines.slice(0, -1);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const line of diagnostics) expect(line).toMatch(/^warned\.txt(?::\d+)?: (?:error|warning): .+ \[[a-z0-9-]+\]$/);
    expect(r.stdout).toContain('warned.txt:2: warning: no dateline found at the start of the body [no-dateline]');
    expect(r.stdout).toContain('warned.txt:4: warning: stray text after the end of the story above (line 3) [text-after-footer]');
    expect(run(['check', '--strict', 'warned.txt']).status).toBe(1);
  });

  it('--require makes a missing part an error and replaces the matching warning', () => {
    const r = run(['check', '--require', 'headline,dateline,body,footer', 'warned.txt']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('warned.txt:1: error: story 1 (lines 1-3) has no dateline [missing-dateline]');
    expect(r.stdout).not.toContain('[no-dateline]');
    expect(run(['check', '--require', 'headline,dateline,body,footer', 'good.txt']).status).toBe(0);
  });

  it('every code it prints is registered in src/schema/warnings.ts', () => {
    const r = run(['check', '--require', 'slug,byline,captions', 'warned.txt', 'good.txt']);
    const codes = [...r.stdout.matchAll(/\[([a-z0-9-]+)\]$/gm)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(3);
    for (const code of codes) expect(ALL_CODES.map((c) => c.code)).toContain(code);
  });

  it('reads stdin when no path is given', () => {
    const r = run(['check'], { input: GOOD });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('1 file, 1 story: 0 errors, 0 warnings\n');
  });
});

describe('usage errors exit 2', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown reporter', ['check', '--reporter', 'xml', 'good.txt'], /argument 'xml' is invalid/],
    ['unknown part', ['check', '--require', 'headline,kicker', 'good.txt'], /argument 'headline,kicker' is invalid\. the parts are/],
    ['bad reference date', ['check', '--reference-date', '2024-02-30', 'good.txt'], /wants YYYY-MM-DD/],
    ['unknown option', ['check', '--frobnicate', 'good.txt'], /unknown option '--frobnicate'/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const r = run(args);
      expectNoCrash(r);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    });
  }
});

describe('bad input never crashes and never loses the other inputs', () => {
  /** Checks `name` together with good.txt: the good file must still be checked. */
  function checkWithGood(name: string, extra: string[] = []): SpawnSyncReturns<string> {
    const r = run(['check', ...extra, name, 'good.txt']);
    expectNoCrash(r);
    expect(r.stdout).toMatch(/^2 files, \d+ stor(?:y|ies): /m);
    return r;
  }

  it('empty file: a warning, exit 0 (1 with --strict)', () => {
    writeFileSync(path('empty.txt'), '');
    const r = checkWithGood('empty.txt');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('wireparse: empty.txt: warning: empty file\n');
    expect(r.stdout).toContain('empty.txt: warning: empty file [empty-input]');
    expect(checkWithGood('empty.txt', ['--strict']).status).toBe(1);
  });

  it('white-space-only file', () => {
    writeFileSync(path('blank.txt'), ' \n\t\r\n   \n');
    const r = checkWithGood('blank.txt');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('wireparse: blank.txt: warning: file holds only white space\n');
  });

  it.each(['text', 'github', 'json', 'junit', 'sarif'])('white space on stdin is named so by the %s reporter too', (reporter) => {
    const r = run(['check', '--reporter', reporter, '-'], { input: ' \n\t\r\n   \n' });
    expectNoCrash(r);
    expect(r.stderr.split('\n')[0]).toBe('wireparse: -: warning: file holds only white space');
  });

  it('binary file: skipped with a clear message, exit 1', () => {
    writeFileSync(path('photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]));
    const r = checkWithGood('photo.jpg');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('wireparse: photo.jpg: error: binary file (NUL bytes), skipped\n');
    expect(r.stdout).toContain('[binary-input]');
  });

  it('invalid UTF-8: decoded as Windows-1252 with a warning', () => {
    writeFileSync(path('latin.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0x20, 0x93]), Buffer.from('news'), Buffer.from([0x94, 0x0a])]));
    const r = run(['check', '--reporter', 'json', 'latin.txt']);
    expectNoCrash(r);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('wireparse: latin.txt: warning: not valid UTF-8; decoded as windows-1252\n');
    const report = JSON.parse(r.stdout);
    expect(report.files[0].stories[0].headline).toBe('Café “news”');
    expect(report.files[0].diagnostics.filter((d: { code: string }) => d.code === 'encoding-fallback')).toHaveLength(1);
  });

  for (const [encoding, bom] of [
    ['utf-16le', true],
    ['utf-16be', true],
    ['utf-16le', false],
    ['utf-16be', false],
  ] as const) {
    it(`${encoding} ${bom ? 'with' : 'without'} a byte-order mark`, () => {
      const le = Buffer.from(`${bom ? '\ufeff' : ''}${GOOD}`, 'utf16le');
      const bytes = encoding === 'utf-16le' ? le : Buffer.from(le.map((_, i) => le[i ^ 1]!));
      const name = `${encoding}-${bom}.txt`;
      writeFileSync(path(name), bytes);
      const r = run(['check', '--reporter', 'json', '--require', 'headline,dateline,body,footer', name]);
      expectNoCrash(r);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout).files[0].stories[0].headline).toBe('Harbour cranes to run on shore power');
    });
  }

  it('a 100 MB file with no newline: refused as too large to read within the memory bound', () => {
    const big = path('big.txt');
    writeFileSync(big, Buffer.alloc(100 * 1024 * 1024, 'words and more words '));
    const r = run(['check', 'big.txt', 'good.txt']);
    expectNoCrash(r);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('wireparse: big.txt: error: a line is longer than 2 MiB; not read (split the input)\n');
    expect(r.stdout).toMatch(/^2 files, 1 story: 1 error, 0 warnings$/m);
  }, 180_000);

  it('a million one-character lines in one story: refused as too large, the other inputs checked', () => {
    writeFileSync(path('million.txt'), 'x\n'.repeat(1_000_000));
    const r = run(['check', 'million.txt', 'good.txt']);
    expectNoCrash(r);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('wireparse: million.txt: error: the story from line 1 on is longer than 2 MiB or 100,000 lines; not read (split the input)\n');
    expect(r.stdout).toMatch(/^2 files, 1 story: 1 error, 0 warnings$/m);
  }, 180_000);

  it('nonexistent path', () => {
    const r = checkWithGood('missing.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('wireparse: missing.txt: error: no such file or folder\n');
    expect(r.stdout).toContain('missing.txt: error: no such file or folder [unreadable-input]');
  });

  it('unreadable file (permission denied)', (ctx) => {
    const secret = path('secret.txt');
    writeFileSync(secret, GOOD);
    chmodSync(secret, 0o000);
    // Root reads any file whatever its mode: run the CLI as `nobody` when the tests run as root.
    let prefix: string[] | undefined;
    if (process.getuid?.() === 0) {
      const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
      if (!setpriv) return ctx.skip('running as root without setpriv: cannot make a file unreadable');
      prefix = [setpriv, '--reuid=65534', '--regid=65534', '--clear-groups'];
      const probe = run(['--version'], { prefix });
      if (probe.status !== 0) return ctx.skip(`cannot run node as nobody: ${probe.stderr.trim()}`);
    }
    const r = run(['check', 'secret.txt', 'good.txt'], prefix ? { prefix } : {});
    expectNoCrash(r);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('wireparse: secret.txt: error: permission denied\n');
    expect(r.stdout).toMatch(/^2 files, 1 story: 1 error, 0 warnings$/m);
  });

  it('a folder named like a file (with nothing in it) and a path through a file', () => {
    mkdirSync(path('story.txt'));
    const r = checkWithGood('story.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('wireparse: story.txt: error: folder holds no file to check\n');
    const through = run(['check', 'good.txt/child.txt']);
    expectNoCrash(through);
    expect(through.status).toBe(1);
    expect(through.stderr).toBe('wireparse: good.txt/child.txt: error: not a folder\n');
  });

  it('a folder: its files are checked', () => {
    mkdirSync(path('feed'));
    writeFileSync(path('feed/a.txt'), GOOD);
    writeFileSync(path('feed/b.txt'), GOOD);
    const r = run(['check', 'feed']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('2 files, 2 stories: 0 errors, 0 warnings\n');
  });

  it('symbolic link loops', () => {
    symlinkSync('loop.txt', path('loop.txt'));
    mkdirSync(path('tree/sub'), { recursive: true });
    writeFileSync(path('tree/a.txt'), GOOD);
    symlinkSync('..', path('tree/sub/up'));
    const r = checkWithGood('loop.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('wireparse: loop.txt: error: too many levels of symbolic links\n');
    // A link back up the tree is walked once, not forever.
    const tree = run(['check', 'tree']);
    expectNoCrash(tree);
    expect(tree.status).toBe(0);
    expect(tree.stdout).toBe('1 file, 1 story: 0 errors, 0 warnings\n');
  });

  it('a FIFO is refused without being opened (opening one with no writer would hang)', () => {
    const made = spawnSync('mkfifo', [path('pipe.txt')]);
    if (made.status !== 0) return;
    const r = checkWithGood('pipe.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('wireparse: pipe.txt: error: not a regular file\n');
  });

  it('stdout closed early: ends quietly', async () => {
    const names: string[] = [];
    for (let i = 0; i < 300; i++) {
      names.push(`many-${i}.txt`);
      writeFileSync(path(`many-${i}.txt`), WARNED);
    }
    const child = spawn(process.execPath, [bin, 'check', ...names], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status === 0 || status === 1).toBe(true);
    expect(stderr).not.toMatch(NO_STACK);
  });
});

describe('reporters are accepted by their consumers', () => {
  /**
   * GitHub's workflow command grammar (docs: "Workflow commands for GitHub Actions"):
   * `::error|warning|notice [key=value{,key=value}]::message`, where the message escapes `%`,
   * CR and LF as %25, %0D, %0A and property values also escape `:` and `,` as %3A, %2C.
   */
  const COMMAND = /^::(error|warning|notice)(?: ([a-zA-Z]+=[^,:\r\n]*(?:,[a-zA-Z]+=[^,:\r\n]*)*))?::([^\r\n]*)$/;
  const KEYS = new Set(['file', 'line', 'endLine', 'col', 'endColumn', 'title']);
  const unescape = (s: string) => s.replace(/%(25|0D|0A|3A|2C)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

  it('github: every line is a workflow command with known properties that read back to the diagnostic', () => {
    writeFileSync(path('odd, name: 100%.txt'), WARNED);
    const json = JSON.parse(run(['check', '--reporter', 'json', '--require', 'byline', 'odd, name: 100%.txt', 'good.txt', 'missing.txt']).stdout);
    const r = run(['check', '--reporter', 'github', '--require', 'byline', 'odd, name: 100%.txt', 'good.txt', 'missing.txt']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const expected = json.files.flatMap((f: { diagnostics: unknown[] }) => f.diagnostics);
    expect(lines).toHaveLength(expected.length);
    lines.forEach((line, i) => {
      const m = COMMAND.exec(line);
      expect(m, line).not.toBeNull();
      const props = Object.fromEntries(m![2]!.split(',').map((kv) => kv.split('=') as [string, string]));
      for (const key of Object.keys(props)) expect(KEYS).toContain(key);
      const d = expected[i];
      expect(m![1]).toBe(d.level);
      expect(unescape(props.file!)).toBe(d.file);
      expect(props.line === undefined ? null : Number(props.line)).toBe(d.line);
      expect(unescape(props.title!)).toBe(`wireparse ${d.code}`);
      expect(unescape(m![3]!)).toBe(d.message);
    });
  });

  it('junit: valid against the JUnit XSD, with failures where the check fails', async () => {
    writeFileSync(path('controls.txt'), 'Odd \u0001 <headline> & "quotes"\nBody \u0007 text.\n');
    const schema = readFileSync(join(root, 'tests/support/junit.xsd'), 'utf8');
    for (const strict of [false, true]) {
      const args = ['check', '--reporter', 'junit', '--require', 'dateline', 'good.txt', 'warned.txt', 'controls.txt', 'photo-missing.txt'];
      const r = run(strict ? [...args, '--strict'] : args);
      expect(r.status).toBe(1);
      const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: r.stdout }], schema: [schema] });
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
      expect(r.stdout).toMatch(/<testsuites name="wireparse check" tests="\d+" failures="\d+"/);
      expect(r.stdout).toContain('<failure message="no such file or folder" type="unreadable-input">');
      expect(r.stdout).toContain('type="missing-dateline"');
      expect(r.stdout.includes('<failure message="stray text') === strict).toBe(true);
    }
  });
});

describe('an input of many stories', () => {
  // Enough stories that each reporter's report of the input goes through its temporary file.
  const STORIES = 20_000;

  it('every reporter reports each story, and the reports agree', () => {
    writeFileSync(path('many.txt'), 'Short item\nno dateline here.\n(END)\n'.repeat(STORIES));
    const json = run(['check', '--reporter', 'json', '--require', 'dateline', 'many.txt', 'good.txt']);
    expectNoCrash(json);
    expect(json.status).toBe(1);
    const doc = JSON.parse(json.stdout);
    // Laid out as JSON.stringify lays out the whole document.
    expect(json.stdout).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(doc.summary).toEqual({ files: 2, stories: STORIES + 1, errors: STORIES, warnings: 0 });
    const [many, good] = doc.files;
    expect(many.stories).toHaveLength(STORIES);
    expect(many.stories[STORIES - 1]).toEqual({ index: STORIES - 1, lines: { start: 3 * STORIES - 2, end: 3 * STORIES }, headline: 'Short item' });
    expect(many.diagnostics).toHaveLength(STORIES);
    expect(many.diagnostics.map((d: { story: number }) => d.story)).toEqual([...Array(STORIES).keys()]);
    expect(good).toEqual({ file: 'good.txt', stories: [{ index: 0, lines: { start: 1, end: 7 }, headline: 'Harbour cranes to run on shore power' }], diagnostics: [] });

    const text = run(['check', '--require', 'dateline', 'many.txt', 'good.txt']);
    expect(text.status).toBe(1);
    const lines = many.diagnostics.map((d: { file: string; line: number; level: string; message: string; code: string }) => `${d.file}:${d.line}: ${d.level}: ${d.message} [${d.code}]\n`);
    expect(text.stdout).toBe(`${lines.join('')}2 files, ${STORIES + 1} stories: ${STORIES} errors, 0 warnings\n`);
    expect(run(['check', '--reporter', 'github', '--require', 'dateline', 'many.txt', 'good.txt']).stdout.split('\n')).toHaveLength(STORIES + 1);

    const sarif = run(['check', '--reporter', 'sarif', '--require', 'dateline', 'many.txt', 'good.txt']);
    const log = JSON.parse(sarif.stdout);
    expect(sarif.stdout).toBe(`${JSON.stringify(log, null, 2)}\n`);
    expect(log.runs[0].results).toHaveLength(STORIES);
    expect(log.runs[0].results[STORIES - 1].locations[0].physicalLocation.region).toEqual({ startLine: 3 * STORIES - 2 });

    const junit = run(['check', '--reporter', 'junit', '--require', 'dateline', 'many.txt', 'good.txt']);
    expect(junit.stdout).toContain(`<testsuites name="wireparse check" tests="${STORIES + 1}" failures="${STORIES}" errors="0" time="0">`);
    expect(junit.stdout).toContain(`<testsuite name="many.txt" tests="${STORIES}" failures="${STORIES}" errors="0" skipped="0" time="0">`);
    expect(junit.stdout.match(/<testcase /g)).toHaveLength(STORIES + 1);
  }, 180_000);

  it('in workers (--jobs 2), where such a report is read again in the main thread: the same report', () => {
    writeFileSync(path('many.txt'), 'Short item\nno dateline here.\n(END)\n'.repeat(STORIES));
    writeFileSync(path('many2.txt'), 'Other item\nno dateline either.\n(END)\n'.repeat(STORIES));
    for (const reporter of ['json', 'junit']) {
      const args = ['check', '--reporter', reporter, 'many.txt', 'good.txt', 'many2.txt'];
      const one = run([...args, '--jobs', '1']);
      const two = run([...args, '--jobs', '2']);
      expectNoCrash(two);
      expect(two.status).toBe(0);
      expect(two.stdout.length).toBeGreaterThan(STORIES * 100);
      expect(two.stdout === one.stdout, reporter).toBe(true);
    }
  }, 180_000);

  it('one that fails half-way is reported by its problem alone, whatever the reporter', () => {
    // Stories with warnings, then one too long to read.
    writeFileSync(path('half.txt'), 'Short item\nno dateline here.\n(END)\n'.repeat(STORIES) + 'x\n'.repeat(100_001));
    for (const reporter of ['text', 'json', 'github', 'junit', 'sarif']) {
      const r = run(['check', '--reporter', reporter, 'half.txt', 'good.txt']);
      expectNoCrash(r);
      expect(r.status, reporter).toBe(1);
      expect(r.stderr, reporter).toBe(`wireparse: half.txt: error: the story from line ${3 * STORIES + 1} on is longer than 2 MiB or 100,000 lines; not read (split the input)\n`);
      expect(r.stdout, reporter).not.toContain('no-dateline');
      expect(r.stdout, reporter).toContain('unreadable-input');
    }
    const text = run(['check', 'half.txt', 'good.txt']);
    expect(text.stdout).toBe(
      `half.txt: error: the story from line ${3 * STORIES + 1} on is longer than 2 MiB or 100,000 lines; not read (split the input) [unreadable-input]\n2 files, 1 story: 1 error, 0 warnings\n`,
    );
  }, 180_000);
});
