import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file below `dir`, recursively, in sorted order. Entry types come from the listing itself
 * (no stat per file), so a file renamed away while a run is writing cannot fail the walk.
 */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesBelow(path) : [path];
    });
}
