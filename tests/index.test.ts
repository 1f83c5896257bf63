/**
 * The library as a Node user imports it: by the package's name (a package may import itself by
 * name through its `exports`), from the built dist/.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventedFeed, inventedStory, ROOT } from './support/cli.js';

function runModule(code: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', input: inventedFeed(3) });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the package entry', () => {
  it('parses a readable stream story by story (an async iterable) and renders what it gets', () => {
    const r = runModule(`
      import { parseStream, render, renderSummary } from 'wireparse';
      const heads = [];
      for await (const story of parseStream(process.stdin, { source: 'feed.txt' })) {
        heads.push(story.headline);
        if (story.index === 0) process.stdout.write(render('ndjson', [story], { color: false }));
        if (story.index === 1) renderSummary([story], { color: false, width: 60 });
      }
      console.log(JSON.stringify(heads));
    `);
    expect(r.status, r.stderr).toBe(0);
    const [first, heads] = r.stdout.trim().split('\n');
    expect(JSON.parse(first!).source).toBe('feed.txt');
    expect(JSON.parse(heads!)).toEqual([0, 1, 2].map((n) => inventedStory(n).split('\n')[0]));
  });

  it('exports check, the renderers and ./package.json', () => {
    const r = runModule(`
      import * as lib from 'wireparse';
      import pkg from 'wireparse/package.json' with { type: 'json' };
      const dir = (await import('node:fs')).mkdtempSync('/tmp/wireparse-lib-');
      (await import('node:fs')).writeFileSync(dir + '/a.txt', 'NO BODY HERE\\n');
      const { report } = await lib.checkJob({ path: dir + '/a.txt', size: 13 }, { require: ['dateline'], parse: {}, listStories: true });
      console.log(JSON.stringify({ name: pkg.name, codes: report.diagnostics.map((d) => d.code), fns: ['render', 'renderSummary', 'documentFormat', 'parseText'].map((f) => typeof lib[f]) }));
    `);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { name: string; codes: string[]; fns: string[] };
    expect(out.name).toBe('wireparse');
    expect(out.codes).toContain('missing-dateline');
    expect(out.fns).toEqual(['function', 'function', 'function', 'function']);
  });

  it('dist/ holds no source map (they would point at src/, which is not shipped)', () => {
    const maps = (readdirSync(join(ROOT, 'dist'), { recursive: true }) as string[]).filter((f) => f.endsWith('.map'));
    expect(maps).toEqual([]);
  });
});
