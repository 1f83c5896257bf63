/**
 * Which entries of a walked folder are left out, the way ripgrep and prettier leave them out:
 * version-control folders always, hidden files and folders unless asked for, and what the
 * `.gitignore` files of the repository (when the folder is inside one) and any `.ignore` files
 * name. Rules of a deeper ignore file override those above it, as in git.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Folders of version-control systems: never input, even with --hidden. */
const VCS_FOLDERS = new Set(['.git', '.hg', '.svn', '.bzr', '_darcs', '.jj', '.sl', 'CVS']);

export function isVcsFolder(name: string): boolean {
  return VCS_FOLDERS.has(name);
}

export function isHidden(name: string): boolean {
  return name.startsWith('.');
}

/** The root of the git repository holding `dir` (a folder with a `.git` entry), or null. */
export function repositoryRoot(dir: string): string | null {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at;
    if (dirname(at) === at) return null;
  }
}

/**
 * The ignore files met from a top folder down: `.gitignore` inside a repository (from its root),
 * `.ignore` anywhere (from the walked folder). Each folder's rules are read once.
 */
export class IgnoreRules {
  private readonly byFolder = new Map<string, Ignore | null>();
  private readonly top: string;

  constructor(
    walkRoot: string,
    private readonly repository: string | null,
  ) {
    this.top = repository ?? resolve(walkRoot);
  }

  static for(walkRoot: string): IgnoreRules {
    return new IgnoreRules(walkRoot, repositoryRoot(walkRoot));
  }

  /** Whether the entry at absolute path `path` (a folder when `folder`) is ignored. */
  ignores(path: string, folder: boolean): boolean {
    const chain: string[] = [];
    for (let at = dirname(path); ; at = dirname(at)) {
      chain.push(at);
      if (at === this.top || dirname(at) === at) break;
    }
    let ignored = false;
    // From the top folder down, so a deeper file's rule (a negation, say) has the last word.
    for (let i = chain.length - 1; i >= 0; i--) {
      const folderAt = chain[i]!;
      const rules = this.rulesOf(folderAt);
      if (rules === null) continue;
      const rel = relative(folderAt, path).split(sep).join('/');
      const verdict = rules.test(folder ? `${rel}/` : rel);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  private rulesOf(folder: string): Ignore | null {
    let rules = this.byFolder.get(folder);
    if (rules !== undefined) return rules;
    const names = this.repository === null ? ['.ignore'] : ['.gitignore', '.ignore'];
    const texts = names.flatMap((name) => {
      try {
        return [readFileSync(join(folder, name), 'utf8')];
      } catch {
        return [];
      }
    });
    rules = texts.length === 0 ? null : ignore().add(texts.join('\n'));
    this.byFolder.set(folder, rules);
    return rules;
  }
}
