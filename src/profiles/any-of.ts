/**
 * One test for many patterns: the profiles' footer rules, bylines, glued end markers and photo
 * credits are asked about most lines of a file, and nearly all lines match none of them. Joining
 * the patterns into one alternation per flag set lets a line be turned away in one native scan;
 * only a line that matches something goes on to the ordered, per-profile search that says which
 * rule it was.
 *
 * An alternation of twenty patterns costs several times one of them, even where one character of
 * the text rules out all but one. Most footer and byline patterns are anchored at the start, and
 * the end markers and credits at the end (where an alternation is dearest: it is tried from every
 * position of the text). So the alternations are made per character of the text at the edge the
 * patterns are anchored at: its first character, or its last when every pattern ends in `$`. A
 * pattern anchored at that edge whose characters there are known (edge-chars.ts) joins only the
 * alternations of those characters; every other pattern joins all of them. A text matches its
 * alternation exactly when it matches one of the patterns that could match it, so the test
 * answers what testing each pattern would.
 */
import { firstChars, lastChars } from './edge-chars.js';

export type Tester = (text: string) => boolean;

/** The alternations for the texts opening with an ASCII character, by its code; the rest share one. */
const ASCII = 128;

export function anyOf(patterns: readonly RegExp[]): Tester {
  // Everything is made on first use, and each alternation for the first text that needs it: the
  // testers are made when the profiles load, a run meets lines opening with a few dozen of the
  // 128 characters, and making all 129 alternations (and reading every pattern's edge
  // characters) cost a cold run more than parsing its first files.
  let entries: readonly Entry[] | null = null;
  // Texts with the same character at the edge share their alternations (and V8 compiles each once).
  const made = new Map<string, RegExp[]>();
  const alternations = (holds: (edge: Set<string>) => boolean): RegExp[] => {
    const chosen = entries!.filter((e) => e.edge === null || holds(e.edge));
    const key = chosen.map((e) => entries!.indexOf(e)).join();
    let joined = made.get(key);
    if (joined === undefined) {
      const byFlags = new Map<string, string[]>();
      for (const e of chosen) byFlags.set(e.flags, [...(byFlags.get(e.flags) ?? []), e.source]);
      made.set(key, (joined = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags))));
    }
    return joined;
  };
  const byChar: (RegExp[] | undefined)[] = new Array<RegExp[] | undefined>(ASCII).fill(undefined);
  let other: RegExp[] | undefined;
  let atEnd = false;
  const alternationsFor = (code: number): RegExp[] => {
    if (code < ASCII) return (byChar[code] ??= alternations((edge) => edge.has(String.fromCharCode(code))));
    // An empty text has no character at either edge, which no pattern with known edge characters matches.
    return (other ??= alternations((edge) => [...edge].some((c) => c.charCodeAt(0) >= ASCII)));
  };
  return (text) => {
    if (entries === null) ({ entries, atEnd } = entriesOf(patterns));
    // NaN for an empty text, which goes with the texts beyond ASCII at that edge.
    const code = text.charCodeAt(atEnd ? text.length - 1 : 0);
    const joined = (code < ASCII ? byChar[code] : other) ?? alternationsFor(code);
    for (let k = 0; k < joined.length; k++) if (joined[k]!.test(text)) return true;
    return false;
  };
}

interface Entry {
  source: string;
  flags: string;
  /**
   * The characters a match opens with (ends with, for a tester reading the last character), or
   * null when unknown (edge-chars.ts).
   */
  edge: Set<string> | null;
}

/**
 * The patterns as alternatives, with their characters at the edge they are anchored at: the end
 * (`atEnd`) when every pattern is anchored there and not every one at the start (end markers,
 * photo credits), else the start. The sources' `^` and `$` tell, so that only one edge of each
 * pattern is read (edge-chars.ts reads a source character by character).
 */
function entriesOf(patterns: readonly RegExp[]): { entries: Entry[]; atEnd: boolean } {
  const atEnd = patterns.every((p) => p.source.endsWith('$')) && !patterns.every((p) => p.source.startsWith('^'));
  const entries = patterns.map((p) => ({
    // (The v flag's nested classes are not read by withLookbehindConsumed: such a source is left.)
    source: `(?:${p.flags.includes('v') ? p.source : withLookbehindConsumed(p.source)})`,
    // Global and sticky state would make test() depend on earlier calls.
    flags: p.flags.replace(/[gy]/g, ''),
    edge: atEnd ? lastChars(p) : firstChars(p),
  }));
  return { entries, atEnd };
}

/**
 * `source` with a look-behind that opens it (`(?<=\s)\(ANI\)$`) turned into a group that consumes
 * what it looked for (`(?:\s)\(ANI\)$`). A text holds a match of the one exactly when it holds a
 * match of the other, which is all a tester asks, and V8 cannot skip ahead to a candidate position
 * for a pattern that opens with a look-behind: it runs the look-behind at every position of the
 * text first. The group keeps the count of capturing groups (a look-behind captures nothing).
 */
function withLookbehindConsumed(source: string): string {
  if (!source.startsWith('(?<=')) return source;
  let depth = 1;
  let inClass = false;
  for (let i = 4; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return `(?:${source.slice(4, i)})${source.slice(i + 1)}`;
  }
  return source;
}
