/**
 * The command line as a user meets it (issue 19), through the built bin: folders, terminals
 * (a real pseudo terminal from util-linux `script`), options that must mean something, colour,
 * `--` and help, the summary's width, CI options, a missing build. Every story is invented.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, cli, hasScript, inventedStory, ndjson, ROOT, tempDir, writeTree } from '../support/cli.js';

const ANSI = /\x1b\[[0-9;]*m/;

/** Runs a shell command line on a pseudo terminal; returns what the terminal showed. */
function onPty(command: string, options: { cwd?: string; env?: Record<string, string | undefined> } = {}): { status: number | null; screen: string } {
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', cwd: options.cwd ?? ROOT, env: cleanEnv(options.env), timeout: 60_000, input: '' });
  if (r.error) throw r.error;
  return { status: r.status, screen: r.stdout };
}

const wp = `${process.execPath} ${BIN}`;

function sourcesOf(stdout: string, dir: string): string[] {
  return ndjson(stdout).map((s) => (s.source as string).slice(dir.length + 1));
}

describe('folders', () => {
  function repo(): string {
    const dir = tempDir();
    writeTree(dir, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.git/objects/ab/cdef': Buffer.from([0x78, 0x01, 0x00, 0xff]),
      '.gitignore': '*.truth.json\n',
      '.DS_Store': Buffer.from([0, 0, 0, 1, 0x42, 0x75]),
      'wire/a.txt': inventedStory(1),
      'wire/a.truth.json': '{"headline": "x"}\n',
      'wire/deep/b.nws': inventedStory(2),
      'wire/.draft.txt': inventedStory(3),
    });
    return dir;
  }

  it('check skips hidden files, VCS folders and what .gitignore names', () => {
    const dir = repo();
    const r = cli(['check', dir]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^2 files, 2 stories/);
  });

  it('--hidden, --no-ignore and --ext change what a folder stands for', () => {
    const dir = repo();
    expect(sourcesOf(cli(['-f', 'ndjson', dir]).stdout, dir)).toEqual(['wire/a.txt', 'wire/deep/b.nws']);
    expect(sourcesOf(cli(['-f', 'ndjson', '--hidden', join(dir, 'wire')]).stdout, dir)).toEqual(['wire/.draft.txt', 'wire/a.txt', 'wire/deep/b.nws']);
    expect(sourcesOf(cli(['-f', 'ndjson', '--no-ignore', '--ext', 'json', dir]).stdout, dir)).toEqual(['wire/a.truth.json']);
    expect(sourcesOf(cli(['-f', 'ndjson', '--exclude', 'deep', dir]).stdout, dir)).toEqual(['wire/a.txt']);
  });

  it('expands a quoted glob itself, and an empty glob in check is an error', () => {
    const dir = repo();
    const r = cli(['-f', 'ndjson', 'wire/**/*.nws'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(ndjson(r.stdout).map((s) => s.source)).toEqual(['wire/deep/b.nws']);
    const none = cli(['check', 'wire/**/*.xml'], { cwd: dir });
    expect(none.status).toBe(1);
    expect(none.stdout).toContain('no-input-files');
  });
});

describe.runIf(hasScript())('progress on a terminal', () => {
  it('a single file: the output alone, no progress and no "1 files" summary', () => {
    const dir = tempDir();
    writeTree(dir, { 'one.txt': inventedStory(4) });
    const r = onPty(`${wp} -f ndjson ${join(dir, 'one.txt')}`);
    expect(r.status).toBe(0);
    expect(r.screen).not.toContain('wireparse:');
    expect(ndjson(r.screen.replace(/\r/g, ''))).toHaveLength(1);
  });

  it('many files to the same terminal: every output line is whole, whatever progress was drawn', () => {
    const dir = tempDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`f${String(i).padStart(3, '0')}.txt`] = inventedStory(i, 6);
    writeTree(dir, files);
    const r = onPty(`${wp} -f ndjson -j 1 ${dir}`);
    expect(r.status).toBe(0);
    // What a person sees: the line-clearing sequences erase what was drawn before them.
    const screen = r.screen.replace(/\r\n/g, '\n').split('\n').map((line) => line.split('\r\x1b[K').at(-1)!);
    const records = screen.filter((line) => line.startsWith('{'));
    expect(records).toHaveLength(400);
    for (const line of records) expect(() => JSON.parse(line), line.slice(-80)).not.toThrow();
    expect(screen.filter((line) => line.startsWith('wireparse:'))).toEqual([expect.stringMatching(/^wireparse: 400 files, 400 stories, \d+ warnings?, 0 errors in [\d.]+ s$/)]);
  });

  it('nothing on stderr when stdout is a pipe (a pager may share the terminal)', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': inventedStory(1), 'b.txt': inventedStory(2) });
    const r = onPty(`${wp} -f ndjson ${dir} | cat`);
    expect(r.status).toBe(0);
    expect(r.screen).not.toContain('wireparse:');
  });
});

describe('output options that mean what they say', () => {
  it('-o result.json is refused (a folder name that looks like a file), -o on a file says "not a folder"', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': inventedStory(1) });
    const r = cli(['-o', 'result.json', 'a.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--output result.json');
    expect(existsSync(join(dir, 'result.json'))).toBe(false);
    const file = cli(['-o', 'a.txt', 'a.txt'], { cwd: dir });
    expect(file.status).toBe(2);
    expect(file.stderr).toContain('a.txt: not a folder');
  });

  it('--output FILE holds what stdout would, without colour, and refuses to replace a file without --force', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': inventedStory(1), 'b.txt': inventedStory(2) });
    const stdout = cli(['-f', 'summary', 'a.txt', 'b.txt'], { cwd: dir }).stdout;
    const r = cli(['-f', 'summary', '--output', 'all.txt', 'a.txt', 'b.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'all.txt'), 'utf8')).toBe(stdout);
    const again = cli(['--output', 'all.txt', 'a.txt'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(cli(['--force', '--output', 'all.txt', 'a.txt'], { cwd: dir }).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'all.txt'), 'utf8'))).toHaveLength(1);
  });

  it('an empty run: check fails without --allow-empty; convert of an empty folder warns', () => {
    const empty = cli(['check'], { input: '' });
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('no input held a story');
    expect(cli(['check', '--allow-empty'], { input: '' }).status).toBe(0);
    const dir = tempDir();
    mkdirSync(join(dir, 'none'));
    const convert = cli(['none'], { cwd: dir });
    expect(convert.status).toBe(0);
    expect(convert.stderr).toBe('wireparse: warning: none: no file to convert\n');
    expect(JSON.parse(convert.stdout)).toEqual([]);
  });
});

describe('colour', () => {
  it('never into -o files, even with FORCE_COLOR or --color=always', () => {
    const dir = tempDir();
    writeTree(dir, { 'in/a.txt': inventedStory(1) });
    for (const [args, env] of [[[], { FORCE_COLOR: '1' }], [['--color=always'], {}]] as const) {
      const r = cli(['-f', 'summary', ...args, '--force', '-o', 'out', 'in'], { cwd: dir, env });
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(join(dir, 'out/a.txt'), 'utf8')).not.toMatch(ANSI);
    }
  });

  it('--color=always colours a pipe, --color=never and FORCE_COLOR=0 keep a terminal plain', () => {
    const input = inventedStory(1);
    expect(cli(['-f', 'summary', '--color=always'], { input }).stdout).toMatch(ANSI);
    expect(cli(['-f', 'summary', '--color=always'], { input, env: { NO_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(cli(['-f', 'summary', '--color=sometimes'], { input }).status).toBe(2);
    if (!hasScript()) return;
    const dir = tempDir();
    writeTree(dir, { 'a.txt': input });
    expect(onPty(`${wp} -f summary a.txt`, { cwd: dir }).screen).toMatch(ANSI);
    expect(onPty(`${wp} -f summary --color=never a.txt`, { cwd: dir }).screen).not.toMatch(ANSI);
    expect(onPty(`${wp} -f summary a.txt`, { cwd: dir, env: { FORCE_COLOR: '0' } }).screen).not.toMatch(ANSI);
  });

  it.runIf(hasScript())("check's text report is coloured on a terminal, plain in a pipe", () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': inventedStory(1) });
    const shown = onPty(`${wp} check a.txt`, { cwd: dir });
    expect(shown.screen).toMatch(ANSI);
    expect(shown.screen).toContain('date-without-year');
    expect(cli(['check', 'a.txt'], { cwd: dir }).stdout).not.toMatch(ANSI);
  });
});

describe('subcommands, -- and help', () => {
  it('after -- every word is a path, a command name too', () => {
    const dir = tempDir();
    writeTree(dir, { schema: inventedStory(1), help: inventedStory(2) });
    const r = cli(['-f', 'ndjson', '--', 'schema', 'help'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(ndjson(r.stdout).map((s) => s.source)).toEqual(['schema', 'help']);
  });

  it('help and help COMMAND show help and exit 0; --help has examples, exit codes and the environment', () => {
    const help = cli(['help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: wireparse [options] [command] [paths...]');
    const check = cli(['help', 'check']);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('Usage: wireparse check');
    expect(check.stdout).toContain('--max-warnings');
    const full = cli(['--help']).stdout;
    for (const heading of ['Examples:', 'Exit codes:', 'Environment:', 'NO_COLOR', 'FORCE_COLOR']) expect(full).toContain(heading);
  });
});

describe('output for machines', () => {
  it('--fields keeps those fields, --compact drops layout, transmission and warnings; both only for json and ndjson', () => {
    const input = inventedStory(1);
    const picked = ndjson(cli(['-f', 'ndjson', '--fields', 'headline,source'], { input }).stdout);
    expect(picked).toEqual([{ schemaVersion: '1', source: '-', headline: inventedStory(1).split('\n')[0] }]);
    const compact = JSON.parse(cli(['--compact'], { input }).stdout) as Record<string, unknown>[];
    expect(Object.keys(compact[0]!)).not.toContain('layout');
    expect(Object.keys(compact[0]!)).toContain('body');
    expect(cli(['-f', 'summary', '--compact'], { input }).status).toBe(2);
    expect(cli(['--fields', 'nosuch'], { input }).status).toBe(2);
  });

  it('wireparse schema has an $id with the schema version every record carries, and a title', () => {
    const schema = JSON.parse(cli(['schema']).stdout) as { $id: string; title: string; $schema: string; required: string[] };
    const [record] = ndjson(cli(['-f', 'ndjson'], { input: inventedStory(1) }).stdout);
    expect(Object.keys(record!)[0]).toBe('schemaVersion');
    expect(schema.$id).toBe(`urn:wireparse:story:${String(record!.schemaVersion)}`);
    expect(schema.required).toContain('schemaVersion');
    expect(schema.title).toBe('wireparse story');
    expect(schema.$schema).toMatch(/json-schema\.org/);
  });
});

describe('summary for a person', () => {
  const korean = `${'새 근무표 합의 '.repeat(8)}\n\n(부산=가상통신) ${'등대지기 노조가 새 근무표에 합의했다고 밝혔다. '.repeat(6)}\n`;

  it('fits COLUMNS, counting wide characters as two', () => {
    const r = cli(['-f', 'summary'], { input: korean, env: { COLUMNS: '60' } });
    expect(r.status).toBe(0);
    for (const line of r.stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(60);
  });

  it.runIf(hasScript())("fits the terminal's width, and --full shows every paragraph", () => {
    const dir = tempDir();
    writeTree(dir, { 'k.txt': korean, 'long.txt': inventedStory(3, 7) });
    const r = onPty(`stty cols 50; ${wp} -f summary k.txt`, { cwd: dir });
    for (const line of r.screen.replace(/\x1b\[[0-9;]*m/g, '').split(/\r?\n/)) expect(stringWidth(line), line).toBeLessThanOrEqual(50);
    expect(cli(['-f', 'summary', 'long.txt'], { cwd: dir }).stdout).toContain('more paragraphs (--full shows all)');
    expect(cli(['-f', 'summary', '--full', 'long.txt'], { cwd: dir }).stdout).not.toContain('more paragraph');
  });
});

describe('check in CI', () => {
  const { default: Ajv } = createRequire(import.meta.url)('ajv-draft-04') as typeof import('ajv-draft-04');
  const schema = JSON.parse(readFileSync(join(ROOT, 'tests/support/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;

  it('--ignore-warning and --max-warnings', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': inventedStory(1), 'b.txt': inventedStory(2) });
    const over = cli(['check', '--max-warnings', '1', '.'], { cwd: dir });
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('2 warnings, more than --max-warnings 1');
    expect(cli(['check', '--max-warnings', '2', '.'], { cwd: dir }).status).toBe(0);
    const ignored = cli(['check', '--strict', '--ignore-warning', 'date-without-year', '.'], { cwd: dir });
    expect(ignored.stdout).toBe('2 files, 2 stories: 0 errors, 0 warnings\n');
    expect(ignored.status).toBe(0);
    expect(cli(['check', '--ignore-warning', 'no-such-code', '.'], { cwd: dir }).status).toBe(2);
  });

  it('--reporter sarif writes valid SARIF 2.1.0', () => {
    const dir = tempDir();
    writeTree(dir, { 'wire/a.txt': inventedStory(1) });
    const r = cli(['check', '--reporter', 'sarif', '--require', 'byline', 'wire'], { cwd: dir });
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout) as { runs: { results: { ruleId: string }[] }[] };
    const validate = new Ajv({ strict: false, unicodeRegExp: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]!.results.map((x) => x.ruleId).sort()).toEqual(['date-without-year', 'missing-byline']);
  });

  it('reads wireparse.config.json or the wireparse key of package.json from the folder up; options win; a bad file is a usage error', () => {
    const dir = tempDir();
    writeTree(dir, {
      'package.json': JSON.stringify({ name: 'desk', wireparse: { ignoreWarnings: ['date-without-year'], require: ['byline'] } }),
      'wire/a.txt': inventedStory(1),
    });
    const r = cli(['check', 'a.txt'], { cwd: join(dir, 'wire') });
    expect(r.stdout).toContain('missing-byline');
    expect(r.stdout).not.toContain('date-without-year');
    expect(cli(['check', '--require', 'headline', 'a.txt'], { cwd: join(dir, 'wire') }).status).toBe(0);
    expect(cli(['check', '--no-config', 'a.txt'], { cwd: join(dir, 'wire') }).stdout).toContain('date-without-year');
    writeFileSync(join(dir, 'wire/wireparse.config.json'), '{"maxWarning": 3}');
    const bad = cli(['check', 'a.txt'], { cwd: join(dir, 'wire') });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('wireparse.config.json: (top): Unrecognized key');
  });
});

describe('install', () => {
  it('the bin without a build says "run npm ci" in one line', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), readFileSync(join(ROOT, 'package.json')));
    const r = spawnSync(process.execPath, [join(dir, 'bin/wireparse.js'), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^wireparse: not built yet: run npm ci in .+\n$/);
  });

  it('package.json has what a registry page and a global install need', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, any>;
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toContain('MIT License');
    expect(pkg.files).toContain('LICENSE');
    expect(pkg.repository.url).toMatch(/^git\+https:/);
    expect(pkg.keywords.length).toBeGreaterThan(3);
    expect(pkg.exports['./package.json']).toBe('./package.json');
    expect(pkg.scripts.prepare).toBe('node scripts/prepare.mjs');
  });
});
