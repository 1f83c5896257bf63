/**
 * docs/GRAMMAR.md and src/grammar name each other: every rule of the table "Rules and the modules
 * that implement them" names a module that exports a function of the rule's name, and every
 * production (an exported function of src/grammar that reads the story tree) is in the table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const GRAMMAR = join(ROOT, 'src/grammar');

/** The table's rows: the rules named in the first column, the module in the second. */
function ruleTable(): { rules: string[]; module: string }[] {
  const doc = readFileSync(join(ROOT, 'docs/GRAMMAR.md'), 'utf8');
  const section = doc.slice(doc.indexOf('### Rules and the modules that implement them'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| rule |')));
  return table
    .split('\n')
    .filter((row) => row.startsWith('| `') && row.split('|')[2]!.includes('`src/'))
    .map((row) => {
      const [rules, module] = row.split('|').slice(1, 3) as [string, string];
      return { rules: [...rules.split('(')[0]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), module: /`([^`]+)`/.exec(module)![1]! };
    });
}

function grammarFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? grammarFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The functions a module exports that take the story tree: its productions and refiners. */
function productionsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/^export function (\w+)\(tree: StoryTree\): void/gm)].map((m) => m[1]!);
}

describe('the grammar and its modules', () => {
  const rows = ruleTable();

  it('the table has the rules', () => {
    expect(rows.flatMap((r) => r.rules)).toEqual(expect.arrayContaining(['story', 'framing', 'captions', 'dateline', 'footer', 'gluedEnd', 'display', 'body', 'tables']));
  });

  it('every rule names a module that exports a function of its name, and whose comment names the rule', () => {
    for (const { rules, module } of rows) {
      const file = join(ROOT, module);
      const code = readFileSync(file, 'utf8');
      const head = code.slice(0, code.indexOf('*/'));
      for (const rule of rules) {
        expect(code, `${module} exports ${rule}`).toMatch(new RegExp(`^export function ${rule}\\(`, 'm'));
        expect(head, `${module}'s comment names ${rule}`).toContain(rule);
      }
    }
  });

  it('every production of src/grammar is in the table', () => {
    const listed = new Set(rows.flatMap((r) => r.rules));
    // A dialect's constructs are listed in dialects/index.ts (the next test), not here.
    const constructs = join(GRAMMAR, 'dialects');
    const unlisted = grammarFiles(GRAMMAR)
      .filter((f) => !f.startsWith(constructs) || f.endsWith('dialects/index.ts'))
      .flatMap((f) => productionsOf(f).map((name) => `${relative(ROOT, f)}: ${name}`))
      .filter((entry) => !listed.has(entry.split(': ')[1]!));
    expect(unlisted).toEqual([]);
  });

  it('every dialect construct is listed for a dialect, or run by one that is', () => {
    const files = grammarFiles(join(GRAMMAR, 'dialects')).filter((f) => !f.endsWith('index.ts'));
    const index = readFileSync(join(GRAMMAR, 'dialects/index.ts'), 'utf8');
    const listed = (name: string) => new RegExp(`\\[[^\\]]*\\b${name}\\b[^\\]]*\\]`).test(index);
    const constructs = files.flatMap(productionsOf);
    expect(constructs.length).toBeGreaterThan(0);
    const unrun = constructs.filter((name) => {
      if (listed(name)) return false;
      // Run from inside a listed construct's module: `name(tree)` there.
      return !files.some((f) => productionsOf(f).some(listed) && new RegExp(`\\b${name}\\(tree\\)`).test(readFileSync(f, 'utf8')));
    });
    expect(unrun).toEqual([]);
  });
});
