/**
 * One test for many patterns: the profiles' footer rules and glued end markers are asked about
 * most lines of a file, and nearly all lines match none of them. Joining the patterns into one
 * alternation per flag set lets a line be turned away in one native scan; only a line that
 * matches something goes on to the ordered, per-profile search that says which rule it was.
 */

export type Tester = (text: string) => boolean;

export function anyOf(patterns: readonly RegExp[]): Tester {
  const byFlags = new Map<string, string[]>();
  for (const p of patterns) {
    // Global and sticky state would make test() depend on earlier calls.
    const flags = p.flags.replace(/[gy]/g, '');
    const sources = byFlags.get(flags) ?? [];
    sources.push(`(?:${p.source})`);
    byFlags.set(flags, sources);
  }
  const joined = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  return (text) => joined.some((re) => re.test(text));
}
