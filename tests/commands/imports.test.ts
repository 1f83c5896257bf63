/**
 * What a conversion loads: every worker thread and every CLI run loads the parser, and its load
 * time is start-up time. zod (the output schema) took half of it, so the modules a conversion
 * imports statically must not reach it; `wireparse schema` and `check` load it when asked.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');

/** The modules `file` imports at load time: static imports and re-exports, not `import type` or `import()`. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const m of code.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm)) specifiers.push(m[1]!);
  return specifiers;
}

/** Every package and source module reached from `entry` at load time. */
function loadedFrom(entry: string): { packages: Set<string>; modules: Set<string> } {
  const packages = new Set<string>();
  const modules = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) visit(join(dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (!spec.startsWith('node:')) packages.add(spec);
    }
  };
  visit(join(SRC, entry));
  return { packages, modules };
}

describe('what a conversion loads', () => {
  it('the reader of static imports sees value imports and re-exports, not type imports', () => {
    const { packages, modules } = loadedFrom('index.ts');
    expect(packages.has('zod')).toBe(true);
    expect([...modules].some((m) => m.endsWith('schema/story.ts'))).toBe(true);
    expect(staticImports(join(SRC, 'commands/worker.ts'))).toEqual(['node:worker_threads', '../profiles/index.js', './convert.js', './check/check.js']);
  });
  it('a worker thread, the batch and check load the parser without zod', () => {
    for (const entry of ['commands/worker.ts', 'commands/batch.ts', 'commands/check/check.ts', 'pipeline/parse.ts']) {
      const { packages, modules } = loadedFrom(entry);
      expect([...packages], entry).not.toContain('zod');
      expect([...modules].some((m) => m.endsWith('grammar/story.ts')), entry).toBe(true);
    }
  });
  it('the CLI and a conversion load neither the summary (chalk, string-width) nor the folder walk (fdir, picomatch, ignore) until a run needs them', () => {
    for (const entry of ['commands/main.ts', 'commands/batch.ts', 'commands/worker.ts']) {
      const { packages } = loadedFrom(entry);
      for (const late of ['chalk', 'string-width', 'fdir', 'picomatch', 'ignore']) expect([...packages], `${entry} loads ${late}`).not.toContain(late);
    }
  });
});
