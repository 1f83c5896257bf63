/**
 * Batch conversion (--out-dir, --jobs) and the write side: atomic outputs, existing outputs,
 * full disk, unwritable folders, Ctrl-C, a reader that goes away. The BUILT bin on invented input.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, hasScript, inventedFeed, inventedStory, ndjson, onTerminal, startCli, tempDir, writeTree } from '../support/cli.js';
import { filesBelow } from '../support/walk.js';
import { publishStaging, startStaging } from '../../src/commands/staging.js';

/** Every file under `dir`, relative, sorted. */
function listTree(dir: string): string[] {
  return existsSync(dir) ? filesBelow(dir).map((path) => relative(dir, path)) : [];
}

function hashTree(dir: string): string {
  const h = createHash('sha256');
  for (const f of listTree(dir)) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex');
}

const isTemporary = (f: string) => /(^|\/)\.[^/]*\.tmp$/.test(f);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A folder of `count` files of `stories` stories each, in two subfolders. */
function corpus(count: number, stories = 1): string {
  const dir = tempDir();
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    files[`${i % 2 === 0 ? 'even' : 'odd'}/${String(i).padStart(5, '0')}.txt`] = stories === 1 ? inventedStory(i) : inventedFeed(stories, i);
  }
  writeTree(dir, files);
  return dir;
}

describe('--out-dir', () => {
  it('writes one output per input, mirroring folder paths, with the extension of the format', () => {
    const input = corpus(4);
    writeTree(input, { 'deep/er/x.feed': inventedFeed(2) });
    for (const [format, ext] of [['json', '.json'], ['ndjson', '.ndjson'], ['markdown', '.md'], ['summary', '.txt']] as const) {
      const out = join(tempDir(), 'out');
      const r = cli(['-f', format, '-o', out, input]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      expect(listTree(out)).toEqual(['deep/er/x', 'even/00000', 'even/00002', 'odd/00001', 'odd/00003'].map((f) => f + ext));
    }
  });

  it('writes in each file what stdout gets for that file alone', () => {
    const input = corpus(4);
    const out = join(tempDir(), 'out');
    expect(cli(['-f', 'ndjson', '-j', '2', '-o', out, input]).status).toBe(0);
    for (const rel of listTree(input)) {
      const alone = cli(['-f', 'ndjson', join(input, rel)]).stdout;
      expect(readFileSync(join(out, rel.replace(/\.txt$/, '.ndjson')), 'utf8')).toBe(alone);
    }
    const json = join(tempDir(), 'json');
    expect(cli(['-f', 'json', '-o', json, join(input, 'odd')]).status).toBe(0);
    expect(readFileSync(join(json, '00001.json'), 'utf8')).toBe(cli(['-f', 'json', join(input, 'odd/00001.txt')]).stdout);
  });

  it('names the output of stdin stdin.EXT', () => {
    const out = tempDir();
    const r = cli(['-f', 'ndjson', '-o', out], { input: inventedFeed(3) });
    expect(r.status).toBe(0);
    expect(ndjson(readFileSync(join(out, 'stdin.ndjson'), 'utf8'))).toHaveLength(3);
  });

  it('into a fresh folder (parents made too): exactly the outputs, as into an existing folder, and nothing beside it', () => {
    // Enough input for workers with -j 2 (smaller batches stay in one thread).
    const input = corpus(48, 14);
    writeTree(input, { 'deep/er/x.feed': inventedFeed(2) });
    const expected = listTree(input).map((f) => f.replace(/\.(txt|feed)$/, '.ndjson'));
    const existing = tempDir();
    expect(cli(['-j', '1', '-f', 'ndjson', '-o', existing, input]).status).toBe(0);
    for (const jobs of ['1', '2']) {
      const parent = tempDir();
      const out = join(parent, 'new/out');
      const r = cli(['-j', jobs, '-f', 'ndjson', '-o', out, input]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(listTree(parent)).toEqual(expected.map((f) => `new/out/${f}`));
      expect(readdirSync(join(parent, 'new'))).toEqual(['out']);
      expect(hashTree(out), `-j ${jobs}`).toBe(hashTree(existing));
    }
    const parent = tempDir();
    const fromStdin = cli(['-f', 'ndjson', '-o', join(parent, 'out')], { input: inventedFeed(3) });
    expect(fromStdin.status).toBe(0);
    expect(listTree(parent)).toEqual(['out/stdin.ndjson']);
    expect(ndjson(readFileSync(join(parent, 'out/stdin.ndjson'), 'utf8'))).toHaveLength(3);
  }, 60_000);

  it('keeps existing outputs (exit 1, named), replaces them with --force, skips their inputs with --skip-existing', () => {
    const input = corpus(3);
    const out = tempDir();
    const kept = join(out, 'even/00000.json');
    writeTree(out, { 'even/00000.json': 'earlier output\n' });

    const refused = cli(['-o', out, input]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${kept}: already exists`);
    expect(readFileSync(kept, 'utf8')).toBe('earlier output\n');
    expect(listTree(out)).toEqual(['even/00000.json', 'even/00002.json', 'odd/00001.json']);

    rmSync(join(out, 'odd'), { recursive: true });
    const resumed = cli(['--skip-existing', '-o', out, input]);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toBe('');
    expect(readFileSync(kept, 'utf8')).toBe('earlier output\n');
    expect(existsSync(join(out, 'odd/00001.json'))).toBe(true);

    const forced = cli(['--force', '-o', out, input]);
    expect(forced.status).toBe(0);
    expect(JSON.parse(readFileSync(kept, 'utf8'))).toHaveLength(1);
  });

  it('says a file is in the way of an output subfolder, and still writes the other outputs', () => {
    const input = corpus(4);
    const out = tempDir();
    writeTree(out, { odd: 'not a folder\n' });
    for (const force of [[], ['--force']]) {
      const r = cli([...force, '-o', out, input]);
      expect(r.status).toBe(1);
      for (const name of ['00001', '00003']) {
        expect(r.stderr).toContain(`${join(out, 'odd', `${name}.json`)}: cannot make the output folder ${join(out, 'odd')}: a file is in the way`);
      }
      expect(r.stderr).not.toContain('already exists');
      expect(readFileSync(join(out, 'odd'), 'utf8')).toBe('not a folder\n');
      expect(listTree(out)).toEqual(['even/00000.json', 'even/00002.json', 'odd']);
      rmSync(join(out, 'even'), { recursive: true });
    }
  });

  it('never reads an output folder inside an input folder back as input, and never modifies inputs', () => {
    const input = corpus(3);
    const out = join(input, 'converted');
    const before = hashTree(input);
    expect(cli(['-o', out, input]).status).toBe(0);
    const second = cli(['--force', '-f', 'ndjson', '-o', out, input]);
    expect(second.status).toBe(0);
    expect(listTree(out).filter((f) => f.endsWith('.ndjson'))).toEqual(['even/00000.ndjson', 'even/00002.ndjson', 'odd/00001.ndjson']);
    rmSync(out, { recursive: true });
    expect(hashTree(input)).toBe(before);
  });

  it('does not read what a killed run left in an input folder (a staging folder, a temporary file)', () => {
    const input = corpus(2);
    writeTree(input, {
      '.out.wireparse-4242.tmp/even/00000.json': '[]\n',
      'odd/.00001.json.wireparse-4243.tmp': '{"half": ',
      // Only the shape of a run's temporary is skipped: with --hidden another hidden file is input.
      '.notes.tmp': inventedStory(7),
    });
    const r = cli(['-f', 'ndjson', '--hidden', input]);
    expect(r.status, r.stderr).toBe(0);
    expect(ndjson(r.stdout).map((s) => relative(input, s.source as string)).sort()).toEqual(['.notes.tmp', 'even/00000.txt', 'odd/00001.txt']);
  });

  it('refuses two inputs with one output, and an output that would replace an input', () => {
    const a = corpus(1);
    const b = corpus(1);
    const out = tempDir();
    const r = cli(['-o', out, join(a, 'even/00000.txt'), join(b, 'even/00000.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(b, 'even/00000.txt')}: its output ${join(out, '00000.json')} would also be the output of ${join(a, 'even/00000.txt')}`);
    expect(listTree(out)).toEqual(['00000.json']);

    const summary = join(a, 'even/00000.txt');
    const before = readFileSync(summary, 'utf8');
    const self = cli(['-f', 'summary', '-o', join(a, 'even'), summary]);
    expect(self.status).toBe(1);
    expect(self.stderr).toContain('would replace an input');
    expect(readFileSync(summary, 'utf8')).toBe(before);
  });
});

describe('--jobs', () => {
  it('prints the same output in input order whatever the number of workers', () => {
    // Enough input (about 170 KB) for workers to be started: smaller batches stay in one thread.
    const input = corpus(48, 14);
    for (const format of ['ndjson', 'json']) {
      const one = cli(['-f', format, '-j', '1', input]);
      expect(one.status).toBe(0);
      if (format === 'ndjson') {
        const sources = ndjson(one.stdout).filter((s) => s.index === 0).map((s) => s.source);
        expect(sources).toEqual(listTree(input).map((f) => join(input, f)));
      }
      for (const jobs of ['2', '3']) expect(cli(['-f', format, '-j', jobs, input]).stdout, `${format} -j ${jobs}`).toBe(one.stdout);
    }
  }, 120_000);
});

describe('progress', () => {
  it.runIf(hasScript())('shows a final summary on a terminal, none with --quiet, none when stderr is not a terminal', () => {
    const input = corpus(5);
    const out = tempDir();
    const shown = onTerminal(`-o ${out} ${input}`);
    expect(shown.status).toBe(0);
    expect(shown.output).toMatch(/wireparse: 5 files, 5 stories, \d+ warnings, 0 errors in [\d.]+ s/);
    const quiet = onTerminal(`--quiet --force -o ${out} ${input}`);
    expect(quiet.status).toBe(0);
    expect(quiet.output).not.toContain('wireparse:');
    const piped = cli(['--force', '-o', out, input]);
    expect(piped.stderr).toBe('');
  });
});

/** Mounts a 64 KiB tmpfs on a fresh folder; null when this process may not (not root, no mount). */
function mountSmallDisk(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = tempDir('wireparse-tmpfs-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { encoding: 'utf8' });
  return r.status === 0 ? dir : null;
}

/** Whether a small disk can be had here, found by mounting one and unmounting it at once. */
function canMountSmallDisk(): boolean {
  const probe = mountSmallDisk();
  if (probe === null) return false;
  spawnSync('umount', [probe]);
  return true;
}

describe('write-side failures', () => {
  // Mounted in beforeAll, not while collecting, so that it is unmounted whenever it was mounted
  // (hooks do not run for a suite whose tests are all filtered out).
  const mountable = canMountSmallDisk();
  let disk: string | null = null;
  beforeAll(() => {
    if (mountable) disk = mountSmallDisk();
  });
  afterAll(() => {
    if (disk !== null) spawnSync('umount', [disk]);
  });

  it.runIf(mountable)('full disk: the run stops with exit 1 naming the file, and no partial output remains', () => {
    const input = corpus(80);
    const out = join(disk!, 'out');
    const r = cli(['-j', '2', '-o', out, input]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${out}/\\S+\\.json: no space left on device`));
    expect(r.stderr).toContain('stopped');
    const written = listTree(out);
    expect(written.length).toBeLessThan(80);
    expect(written.filter(isTemporary)).toEqual([]);
    for (const f of written) expect(JSON.parse(readFileSync(join(out, f), 'utf8'))).toHaveLength(1);
  });

  it.runIf(mountable)('full disk while streaming stdin to a file: exit 1, no output file left', () => {
    const out = join(disk!, 'stdin-out');
    const r = cli(['-f', 'ndjson', '-o', out], { input: inventedFeed(400) });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(out, 'stdin.ndjson')}: no space left on device`);
    expect(listTree(out)).toEqual([]);
  });

  it.runIf(existsSync('/dev/full'))('full disk behind stdout (/dev/full): exit 1 and one line on stderr', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" bin/wireparse.js -f ndjson - > /dev/full`], { input: inventedFeed(50), encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('wireparse: stdout: no space left on device\n');
  });

  it('unwritable output folder (a file stands in its path): exit 1, folder named, nothing written', () => {
    const input = corpus(2);
    const dir = tempDir();
    writeFileSync(join(dir, 'plain-file'), 'not a folder\n');
    const out = join(dir, 'plain-file', 'out');
    const r = cli(['-o', out, input]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${out}: cannot make the output folder: not a folder`);
    expect(readFileSync(join(dir, 'plain-file'), 'utf8')).toBe('not a folder\n');
  });

  it.runIf(process.getuid?.() !== 0)('unwritable output folder (no write permission): exit 1, file named, no partial output', () => {
    const input = corpus(2);
    const out = tempDir();
    mkdirSync(join(out, 'even'));
    spawnSync('chmod', ['555', join(out, 'even')]);
    const r = cli(['-j', '1', '-o', out, input]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('permission denied');
    expect(listTree(out)).toEqual([]);
  });

  it.each([
    { name: 'Ctrl-C', signal: 'SIGINT', code: 130, jobs: '2', folder: 'fresh' },
    { name: 'SIGTERM', signal: 'SIGTERM', code: 143, jobs: '1', folder: 'fresh' },
    { name: 'Ctrl-C', signal: 'SIGINT', code: 130, jobs: '2', folder: 'existing' },
  ] as const)('$name during a batch into a $folder folder: exit $code, whole outputs only, no temporary or staging file left', async ({ signal, code, jobs, folder }) => {
    const input = corpus(3000);
    const parent = tempDir();
    const out = join(parent, 'out');
    if (folder === 'existing') mkdirSync(out);
    const child = startCli(['-j', jobs, '-o', out, input]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    // Interrupt once some outputs are finished, well before the 3000th: more than the workers
    // hold at once (two tasks), so that some of them are published. Until the run ends, a fresh
    // folder's outputs are in its hidden staging folder and the folder itself does not exist.
    while (listTree(parent).filter((f) => !isTemporary(f)).length < 200) {
      if (folder === 'fresh') expect(existsSync(out), 'the output folder before the run ends').toBe(false);
      await sleep(20);
    }
    // What is there when the signal comes is finished, but for at most one file per thread being
    // written: the run keeps it, also the files a worker finished earlier in the task it was
    // stopped in. (In an existing folder an output under its own name was renamed into place.)
    const before = listTree(parent).filter((f) => !isTemporary(f));
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(stderr).toContain('wireparse: interrupted');
    expect(readdirSync(parent)).toEqual(['out']);
    const written = listTree(out);
    expect(written.length).toBeGreaterThanOrEqual(before.length - Number(jobs));
    if (folder === 'existing') expect(before.filter((f) => !written.includes(f.slice('out/'.length)))).toEqual([]);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(3000);
    expect(written.filter(isTemporary)).toEqual([]);
    for (const f of written) expect(JSON.parse(readFileSync(join(out, f), 'utf8'))).toHaveLength(1);
  });

  it.each(['fresh', 'existing'] as const)('Ctrl-C while streaming stdin to a file in a %s folder: exit 130, no output file', async (folder) => {
    const parent = tempDir();
    const out = join(parent, 'out');
    if (folder === 'existing') mkdirSync(out);
    const child = startCli(['-f', 'ndjson', '-o', out]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.stdin.write(inventedFeed(200));
    // The file being written (a temporary beside the output, or the output in the staging
    // folder) appears once the run has started writing; stdin stays open.
    while (listTree(parent).length === 0) await sleep(20);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('wireparse: interrupted');
    // A fresh folder that got no finished output is not made at all.
    if (folder === 'fresh') expect(readdirSync(parent)).toEqual([]);
    else {
      expect(readdirSync(parent)).toEqual(['out']);
      expect(readdirSync(out)).toEqual([]);
    }
  });

  it('stdout closed early (`wireparse f | head -1`): ends quietly with exit 1, as check does', async () => {
    const child = startCli(['-f', 'ndjson', '-']);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.stdin.on('error', () => {});
    child.stdin.end(inventedFeed(3000));
    const firstLine = await new Promise<string>((resolve) => {
      let seen = '';
      child.stdout.on('data', (d: Buffer) => {
        seen += d.toString();
        const nl = seen.indexOf('\n');
        if (nl >= 0) {
          child.stdout.destroy();
          resolve(seen.slice(0, nl));
        }
      });
    });
    expect(JSON.parse(firstLine)).toMatchObject({ index: 0 });
    expect(await exited).toBe(1);
    expect(stderr).toBe('');
  });
});

describe('staging folder (a fresh output folder)', () => {
  const runId = 'wireparse-test';

  it('is made hidden beside a missing output folder, named after it; not for an existing folder', () => {
    const parent = tempDir();
    expect(startStaging(parent, runId)).toBeNull();
    expect(readdirSync(parent)).toEqual([]);
    const staging = startStaging(join(parent, 'out'), runId)!;
    expect(staging.folder).toBe(join(parent, `.out.${runId}.tmp`));
    expect(readdirSync(parent)).toEqual([`.out.${runId}.tmp`]);
    writeFileSync(join(staging.folder, 'a.json'), '[]\n');
    expect(publishStaging(staging, { force: false, skipExisting: false })).toEqual([]);
    expect(readdirSync(parent)).toEqual(['out']);
    expect(readdirSync(join(parent, 'out'))).toEqual(['a.json']);
  });

  it('holding no output, is removed rather than published: no empty output folder appears', () => {
    const parent = tempDir();
    const staging = startStaging(join(parent, 'out'), runId)!;
    mkdirSync(join(staging.folder, 'sub'));
    expect(publishStaging(staging, { force: false, skipExisting: false })).toEqual([]);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('left by a killed run is named on the next run into the same folder, and kept', () => {
    const parent = tempDir();
    // The process id of a run that has ended, and one that is running (this test's).
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    const left = `.out.wireparse-${gone}.tmp`;
    const running = `.out.wireparse-${process.pid}.tmp`;
    writeTree(parent, { [`${left}/a.json`]: 'half', [`${running}/a.json`]: 'being written', '.other.wireparse-1.tmp/a.json': 'another output' });
    const r = cli(['-q', '-o', join(parent, 'out'), corpus(1)]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      `wireparse: note: ${join(parent, left)}: left by an earlier run into ${join(parent, 'out')} that was killed (process ${gone} is gone); its outputs were never published and it can be deleted\n`,
    );
    expect(listTree(parent)).toEqual([`${left}/a.json`, `${running}/a.json`, '.other.wireparse-1.tmp/a.json', 'out/even/00000.json'].sort());
  });

  /** A staging folder for `parent`/out holding three finished outputs. */
  function staged(parent: string) {
    const staging = startStaging(join(parent, 'out'), runId)!;
    writeTree(staging.folder, { 'a.json': 'new a\n', 'sub/b.json': 'new b\n', 'sub/c.json': 'new c\n' });
    return staging;
  }

  it('publishes into an empty folder made meanwhile, replacing it', () => {
    const parent = tempDir();
    const staging = staged(parent);
    mkdirSync(join(parent, 'out'));
    expect(publishStaging(staging, { force: false, skipExisting: false })).toEqual([]);
    expect(listTree(parent)).toEqual(['out/a.json', 'out/sub/b.json', 'out/sub/c.json']);
  });

  it.each([
    { options: { force: false, skipExisting: false }, b: 'earlier b\n', refused: true },
    { options: { force: true, skipExisting: false }, b: 'new b\n', refused: false },
    { options: { force: false, skipExisting: true }, b: 'earlier b\n', refused: false },
  ])('when a non-empty folder appeared meanwhile, publishes file by file under the existing-output rule: $options', ({ options, b, refused }) => {
    const parent = tempDir();
    const staging = staged(parent);
    writeTree(parent, { 'out/sub/b.json': 'earlier b\n', 'out/z.json': 'someone else\n' });
    const problems = publishStaging(staging, options);
    const target = join(parent, 'out/sub/b.json');
    expect(problems).toEqual(refused ? [`${target}: already exists (--force replaces it, --skip-existing keeps it)`] : []);
    expect(readdirSync(parent)).toEqual(['out']);
    expect(listTree(join(parent, 'out'))).toEqual(['a.json', 'sub/b.json', 'sub/c.json', 'z.json']);
    expect(readFileSync(join(parent, 'out/a.json'), 'utf8')).toBe('new a\n');
    expect(readFileSync(join(parent, 'out/sub/c.json'), 'utf8')).toBe('new c\n');
    expect(readFileSync(target, 'utf8')).toBe(b);
    expect(readFileSync(join(parent, 'out/z.json'), 'utf8')).toBe('someone else\n');
  });

  it('when a file appeared in its place, says so and leaves the outputs in the staging folder', () => {
    const parent = tempDir();
    const staging = staged(parent);
    writeFileSync(join(parent, 'out'), 'not a folder\n');
    const problems = publishStaging(staging, { force: false, skipExisting: false });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${join(parent, 'out')}: cannot make the output folder`);
    expect(problems[0]).toContain(`this and 2 more outputs are left in ${staging.folder}`);
    expect(readFileSync(join(parent, 'out'), 'utf8')).toBe('not a folder\n');
    expect(listTree(staging.folder)).toEqual(['a.json', 'sub/b.json', 'sub/c.json']);
  });
});
