/**
 * The layers of src/ import one way: a module imports from its own layer or from a layer below,
 * never from one above (README, "How the code is laid out"). Type-only imports count too: a
 * type from a higher layer is a dependency on it all the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../src');

/** Lowest first. The library entry (src/index.ts) stands above them all. */
const LAYERS = ['schema', 'bytes', 'text', 'lines', 'dates', 'profiles', 'stories', 'grammar', 'compose', 'pipeline', 'render', 'commands'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The relative modules a file imports or re-exports, type-only and dynamic imports included. */
function relativeImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?['"](\.[^'"]+)['"]/g)) specs.push(m[1]!);
  for (const m of code.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  return specs;
}

/** The layer of a source file: its first folder under src/, or the top for src/index.ts. */
function layerOf(file: string): number {
  const top = relative(SRC, file).split('/')[0]!;
  if (top === 'index.ts') return LAYERS.length;
  const layer = LAYERS.indexOf(top);
  if (layer < 0) throw new Error(`${relative(SRC, file)} is in no layer: add its folder to LAYERS`);
  return layer;
}

describe('layers', () => {
  const files = sourceFiles(SRC);

  it('every source file is in a layer', () => {
    for (const file of files) expect(() => layerOf(file)).not.toThrow();
  });

  it('no module imports from a layer above its own', () => {
    const upward: string[] = [];
    for (const file of files) {
      for (const spec of relativeImports(file)) {
        const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
        if (relative(SRC, target).startsWith('..')) continue;
        if (layerOf(target) > layerOf(file)) upward.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('reads imports of every form it must judge', () => {
    // The reader itself, on the shapes of import a module may use: if it missed one, the test
    // above would pass on an upward import.
    const sample = join(SRC, 'grammar', 'story.ts');
    const found = relativeImports(sample);
    expect(found).toContain('./tree.js');
    expect(found.length).toBeGreaterThan(5);
    expect(layerOf(join(SRC, 'grammar', 'x.ts'))).toBeGreaterThan(layerOf(join(SRC, 'profiles', 'x.ts')));
  });
});
