/**
 * One test for many patterns: the profiles' footer rules, bylines and glued end markers are asked
 * about most lines of a file, and nearly all lines match none of them. Joining the patterns into
 * one alternation per flag set lets a line be turned away in one native scan; only a line that
 * matches something goes on to the ordered, per-profile search that says which rule it was.
 *
 * Most of the patterns are anchored at the start, and an alternation of twenty of them costs
 * several times one of them, even where the first character rules out all but one. So the
 * alternations are made per first character of the text: a pattern anchored at the start whose
 * opening characters are known (edge-chars.ts) joins only the alternations of those characters;
 * every other pattern joins all of them. A text matches its alternation exactly when it matches
 * one of the patterns that could match it, so the test answers what testing each pattern would.
 */
import { firstChars } from './edge-chars.js';

export type Tester = (text: string) => boolean;

/** The alternations for the texts opening with an ASCII character, by its code; the rest share one. */
const ASCII = 128;

export function anyOf(patterns: readonly RegExp[]): Tester {
  // Everything is made on first use, and each alternation for the first text that needs it: the
  // testers are made when the profiles load, a run meets lines opening with a few dozen of the
  // 128 characters, and making all 129 alternations (and reading every pattern's opening
  // characters) cost a cold run more than parsing its first files.
  let entries: readonly Entry[] | null = null;
  // Texts opening with the same characters share their alternations (and V8 compiles each once).
  const made = new Map<string, RegExp[]>();
  const alternations = (opens: (first: Set<string>) => boolean): RegExp[] => {
    entries ??= patterns.map(entryOf);
    const chosen = entries.filter((e) => e.first === null || opens(e.first));
    const key = chosen.map((e) => entries!.indexOf(e)).join();
    let joined = made.get(key);
    if (joined === undefined) {
      const byFlags = new Map<string, string[]>();
      for (const e of chosen) byFlags.set(e.flags, [...(byFlags.get(e.flags) ?? []), e.source]);
      made.set(key, (joined = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags))));
    }
    return joined;
  };
  const byFirst: (RegExp[] | undefined)[] = new Array<RegExp[] | undefined>(ASCII).fill(undefined);
  let other: RegExp[] | undefined;
  const alternationsFor = (code: number): RegExp[] => {
    if (code < ASCII) return (byFirst[code] ??= alternations((first) => first.has(String.fromCharCode(code))));
    // An empty text opens with no character, which no pattern with known opening characters matches.
    return (other ??= alternations((first) => [...first].some((c) => c.charCodeAt(0) >= ASCII)));
  };
  return (text) => {
    // NaN for an empty text, which goes with the texts opening beyond ASCII.
    const code = text.charCodeAt(0);
    const joined = (code < ASCII ? byFirst[code] : other) ?? alternationsFor(code);
    for (let k = 0; k < joined.length; k++) if (joined[k]!.test(text)) return true;
    return false;
  };
}

interface Entry {
  source: string;
  flags: string;
  /** The characters a match opens with, or null when unknown (edge-chars.ts). */
  first: Set<string> | null;
}

function entryOf(p: RegExp): Entry {
  return {
    source: `(?:${p.source})`,
    // Global and sticky state would make test() depend on earlier calls.
    flags: p.flags.replace(/[gy]/g, ''),
    first: firstChars(p),
  };
}
