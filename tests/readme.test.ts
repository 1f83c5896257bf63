/**
 * The README's table of problem codes is the registry in src/schema/warnings.ts, row for row.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ALL_CODES } from '../src/schema/warnings.js';

it('README lists every problem code with its level, in registry order', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('<!-- codes:start -->'), readme.indexOf('<!-- codes:end -->'));
  const rows = [...table.matchAll(/^\| `([a-z-]+)` \| (error|warning) \| /gm)].map((m) => [m[1], m[2]]);
  expect(rows).toEqual(ALL_CODES.map((c) => [c.code, c.level]));
});
