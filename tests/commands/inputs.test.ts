import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WALK, expandInputs, type WalkOptions } from '../../src/commands/inputs.js';
import { tempDir, writeTree } from '../support/cli.js';

async function below(args: string[], walk: Partial<WalkOptions> = {}, cwd?: string): Promise<string[]> {
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    return (await expandInputs(args, [], { ...DEFAULT_WALK, ...walk })).files.map((f) => f.below.split('\\').join('/'));
  } finally {
    process.chdir(before);
  }
}

function tree(): string {
  const dir = tempDir();
  writeTree(dir, {
    'a.txt': 'x',
    'a/b.txt': 'x',
    'notes.md': 'x',
    '.DS_Store': 'x',
    '.hidden/c.txt': 'x',
    '.git/HEAD': 'ref',
    '.git/objects/ab/cd': 'x',
    'drafts/d.txt': 'x',
    'wire/e.NWS': 'x',
    'wire/f.txt': 'x',
  });
  return dir;
}

describe('expandInputs: walking a folder', () => {
  it('skips hidden entries and VCS folders, in the order of a walk of sorted entries', async () => {
    expect(await below([tree()])).toEqual(['a/b.txt', 'a.txt', 'drafts/d.txt', 'notes.md', 'wire/e.NWS', 'wire/f.txt']);
  });

  it('--hidden reads hidden entries, but never a VCS folder', async () => {
    const got = await below([tree()], { hidden: true });
    expect(got).toContain('.DS_Store');
    expect(got).toContain('.hidden/c.txt');
    expect(got.filter((p) => p.startsWith('.git/'))).toEqual([]);
  });

  it('--ext, --include and --exclude narrow a walk; a glob without a slash matches names', async () => {
    const dir = tree();
    expect(await below([dir], { extensions: ['nws', '.md'] })).toEqual(['notes.md', 'wire/e.NWS']);
    expect(await below([dir], { include: ['*.txt'] })).toEqual(['a/b.txt', 'a.txt', 'drafts/d.txt', 'wire/f.txt']);
    expect(await below([dir], { include: ['wire/**'] })).toEqual(['wire/e.NWS', 'wire/f.txt']);
    expect(await below([dir], { exclude: ['drafts', '*.md'] })).toEqual(['a/b.txt', 'a.txt', 'wire/e.NWS', 'wire/f.txt']);
  });

  it('a file named as an argument is read whatever the filters say', async () => {
    const dir = tree();
    expect(await below([join(dir, '.DS_Store'), join(dir, 'notes.md')], { extensions: ['txt'] })).toEqual(['.DS_Store', 'notes.md']);
  });

  it('honours .gitignore inside a repository (deeper files override), and .ignore anywhere', async () => {
    const dir = tempDir();
    writeTree(dir, {
      '.git/HEAD': 'ref',
      '.gitignore': '*.truth.json\nbuild/\n',
      'wire/.gitignore': '!keep.truth.json\n',
      'wire/a.txt': 'x',
      'wire/a.truth.json': '{}',
      'wire/keep.truth.json': '{}',
      'build/out.txt': 'x',
      'wire/.ignore': 'scratch.txt\n',
      'wire/scratch.txt': 'x',
    });
    expect(await below([join(dir, 'wire')])).toEqual(['a.txt', 'keep.truth.json']);
    expect(await below([dir])).toEqual(['wire/a.txt', 'wire/keep.truth.json']);
    expect(await below([dir], { ignoreFiles: false })).toEqual(['build/out.txt', 'wire/a.truth.json', 'wire/a.txt', 'wire/keep.truth.json', 'wire/scratch.txt']);
  });

  it('outside a repository a .gitignore means nothing, a .ignore still does', async () => {
    const dir = tempDir();
    writeTree(dir, { '.gitignore': 'a.txt\n', '.ignore': 'b.txt\n', 'a.txt': 'x', 'b.txt': 'x' });
    expect(await below([dir])).toEqual(['a.txt']);
  });

  it('follows a link to a folder once: a loop ends', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a/x.txt': 'x' });
    symlinkSync(dir, join(dir, 'a/loop'));
    expect(await below([dir])).toEqual(['a/x.txt']);
  });
});

describe('expandInputs: globs', () => {
  it('expands a glob no file is named after, below its fixed part', async () => {
    const dir = tree();
    expect(await below(['wire/*.txt'], {}, dir)).toEqual(['f.txt']);
    expect(await below(['**/*.txt'], {}, dir)).toEqual(['a/b.txt', 'a.txt', 'drafts/d.txt', 'wire/f.txt']);
    const found = await expandInputs([join(dir, '{a,wire}/*.txt')]);
    expect(found.files.map((f) => f.path)).toEqual([join(dir, 'a/b.txt'), join(dir, 'wire/f.txt')]);
  });

  it('a glob that matches nothing, like an empty folder, is listed as empty', async () => {
    const dir = tree();
    mkdirSync(join(dir, 'none'));
    const found = await expandInputs([join(dir, '*.xml'), join(dir, 'none')]);
    expect(found.files).toEqual([]);
    expect(found.empty).toEqual([join(dir, '*.xml'), join(dir, 'none')]);
    expect(found.problems).toEqual([]);
  });

  it('a file whose name looks like a glob is read as that file', async () => {
    const dir = tempDir();
    writeTree(dir, { '[draft].txt': 'x', 'd.txt': 'x' });
    expect(await below([join(dir, '[draft].txt')])).toEqual(['[draft].txt']);
  });
});
