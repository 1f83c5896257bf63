/**
 * The characters a pattern anchored at the end (`...$`) can end its match with, or one anchored at
 * the start (`^...`) can open it with, read off its source: a gate that turns a line away by its
 * last or first character before any pattern runs.
 *
 * Only what is certain is claimed. The reader knows literal characters, escaped punctuation,
 * control escapes (`\t`, `\n`, `\r`, `\f`, `\v`), `\d`, plain classes and ranges, groups,
 * alternation, quantifiers and zero-width assertions (`^ $ \b \B`, look-arounds). On anything
 * else (`.`, `\s`, `\w`, `\p{..}`, negated classes, back-references, code-point escapes, case
 * folding beyond ASCII, the `m` flag, a match that may be empty) it answers null, "any
 * character", and the caller does not gate on it.
 */

/** One element of a sequence: the characters it can consume, or a group of alternatives. */
interface Term {
  /** Zero-width: an assertion, a look-around, or a repetition at most zero times. */
  zeroWidth: boolean;
  /** Whether it may consume nothing (a minimum of zero repetitions). */
  optional: boolean;
  /**
   * A single character's possibilities as written, before case folding (Reader.cased, applied
   * only to the few terms at an edge); null when unknown. Absent for a group.
   */
  written?: readonly string[] | null;
  alternatives?: Term[][];
  anchor?: '^' | '$';
}

class Unknown extends Error {}

/** Escaped characters that stand for themselves. */
const SYNTAX = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}', '/', '-']);
const DIGITS = '0123456789'.split('');
const CONTROL_ESCAPES: Readonly<Record<string, string>> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };
/** What opens a look-around after its `(`. */
const LOOKAROUNDS = ['?=', '?!', '?<=', '?<!'];

class Reader {
  private i = 0;

  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
    private readonly unicode: boolean,
  ) {}

  parse(): Term[][] {
    const alternatives = this.disjunction();
    if (this.i !== this.source.length) throw new Unknown();
    return alternatives;
  }

  private disjunction(): Term[][] {
    const alternatives: Term[][] = [this.sequence()];
    while (this.source[this.i] === '|') {
      this.i++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Term[] {
    const terms: Term[] = [];
    while (this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')') {
      const term = this.atom();
      terms.push(term.zeroWidth ? term : this.quantified(term));
    }
    return terms;
  }

  private atom(): Term {
    const c = this.source[this.i++]!;
    if (c === '^' || c === '$') return { zeroWidth: true, optional: true, anchor: c };
    if (c === '(') {
      const lookaround = LOOKAROUNDS.find((opening) => this.source.startsWith(opening, this.i));
      if (lookaround !== undefined) this.i += lookaround.length;
      else if (this.source.startsWith('?:', this.i)) this.i += 2;
      else if (this.source.startsWith('?<', this.i)) this.i = this.source.indexOf('>', this.i) + 1;
      else if (this.source[this.i] === '?') throw new Unknown();
      const alternatives = this.disjunction();
      if (this.source[this.i++] !== ')') throw new Unknown();
      return lookaround ? { zeroWidth: true, optional: true } : { zeroWidth: false, optional: false, alternatives };
    }
    if (c === '[') return { zeroWidth: false, optional: false, written: this.charClass() };
    if (c === '\\') {
      if (this.source[this.i] === 'b' || this.source[this.i] === 'B') {
        this.i++;
        return { zeroWidth: true, optional: true };
      }
      return { zeroWidth: false, optional: false, written: this.escape() };
    }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ')' || c === ']' || c === '}') throw new Unknown();
    return { zeroWidth: false, optional: false, written: c === '.' ? null : [c] };
  }

  /** The escape after a backslash: its characters, or null for a class or code escape (skipped). */
  private escape(): string[] | null {
    const e = this.source[this.i++]!;
    if (e === 'd') return DIGITS;
    if (SYNTAX.has(e)) return [e];
    const control = CONTROL_ESCAPES[e];
    if (control !== undefined) return [control];
    const skip = /^(?:[pP]\{[^}]*\}|u\{[^}]*\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|c[a-zA-Z]|k<[^>]*>|\d+)/.exec(this.source.slice(this.i - 1));
    if (skip) this.i += skip[0].length - 1;
    return null;
  }

  /** A class: its characters, or null when negated or holding an unknown member. */
  private charClass(): string[] | null {
    const negated = this.source[this.i] === '^';
    if (negated) this.i++;
    let members: string[] | null = [];
    while (this.source[this.i] !== ']') {
      if (this.i >= this.source.length) throw new Unknown();
      const first = this.classMember();
      if (this.source[this.i] === '-' && this.source[this.i + 1] !== ']') {
        this.i++;
        const last = this.classMember();
        if (first?.length !== 1 || last?.length !== 1) throw new Unknown();
        const from = first[0]!.charCodeAt(0);
        const to = last[0]!.charCodeAt(0);
        if (to < from) throw new Unknown();
        if (to - from > 256) members = null;
        for (let code = from; code <= to && members; code++) members.push(String.fromCharCode(code));
      } else if (first === null) {
        members = null;
      } else {
        members?.push(...first);
      }
    }
    this.i++;
    return negated ? null : members;
  }

  private classMember(): string[] | null {
    const c = this.source[this.i++]!;
    return c === '\\' ? this.escape() : [c];
  }

  /** `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`, lazy or not. */
  private quantified(term: Term): Term {
    // Most terms have no quantifier: one character says so without a search.
    const next = this.source[this.i];
    if (next !== '?' && next !== '*' && next !== '+' && next !== '{') return term;
    const m = /^(?:([?*+])|\{(\d+)(?:,(\d*))?\})\??/.exec(this.source.slice(this.i));
    if (!m) return term;
    this.i += m[0].length;
    const min = m[1] === '+' ? 1 : m[1] !== undefined ? 0 : Number(m[2]);
    const max = m[1] !== undefined || m[3] === '' ? Infinity : Number(m[3] ?? m[2]);
    if (max === 0) return { zeroWidth: true, optional: true };
    return { ...term, optional: min === 0 };
  }

  /** What the written characters match under the flags; unknown (null) beyond ASCII case folding. */
  cased(chars: readonly string[] | null): Set<string> | null {
    if (chars === null) return null;
    const set = new Set<string>();
    for (const c of chars) {
      const code = c.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdfff) return null;
      const lower = c.toLowerCase();
      const upper = c.toUpperCase();
      const hasCase = lower !== c || upper !== c;
      if (!this.ignoreCase || !hasCase) {
        // A character with no case of its own is no other character's case either (the Kelvin
        // sign and the long s fold to k and s, letters with a case, which are not taken here).
        set.add(c);
      } else if (code < 128 && !this.unicode) {
        set.add(lower).add(upper);
      } else {
        return null;
      }
    }
    return set;
  }
}

/**
 * The characters that can open a match of a sequence (`fromEnd` false) or end one (`fromEnd`
 * true: the sequence read backwards), and whether the match may be empty.
 */
function edgeOf(terms: readonly Term[], fromEnd: boolean, reader: Reader): { chars: Set<string>; empty: boolean } {
  const chars = new Set<string>();
  for (let k = 0; k < terms.length; k++) {
    const term = terms[fromEnd ? terms.length - 1 - k : k]!;
    if (term.zeroWidth) continue;
    let empty = term.optional;
    if (term.alternatives) {
      for (const alternative of term.alternatives) {
        const inner = edgeOf(alternative, fromEnd, reader);
        for (const c of inner.chars) chars.add(c);
        empty ||= inner.empty;
      }
    } else {
      const cased = reader.cased(term.written ?? null);
      if (!cased) throw new Unknown();
      for (const c of cased) chars.add(c);
    }
    if (!empty) return { chars, empty: false };
  }
  return { chars, empty: true };
}

/**
 * The characters at one edge of every match of `pattern` (its start, or with `fromEnd` its end),
 * when every alternative is anchored at that edge of the text (`^` or `$`, no `m` flag) and none
 * can match nothing; otherwise null.
 */
function edgeChars(pattern: RegExp, fromEnd: boolean): Set<string> | null {
  if (pattern.multiline || pattern.flags.includes('v')) return null;
  try {
    const reader = new Reader(pattern.source, pattern.ignoreCase, pattern.unicode);
    const alternatives = reader.parse();
    const chars = new Set<string>();
    for (const alternative of alternatives) {
      const anchor = fromEnd ? alternative[alternative.length - 1]?.anchor : alternative[0]?.anchor;
      if (anchor !== (fromEnd ? '$' : '^')) return null;
      const edge = edgeOf(alternative, fromEnd, reader);
      if (edge.empty) return null;
      for (const c of edge.chars) chars.add(c);
    }
    return chars;
  } catch (e) {
    if (e instanceof Unknown) return null;
    throw e;
  }
}

/**
 * The characters a match of `pattern` can end with, when every alternative of the pattern is
 * anchored at the end of the text (`$`, no `m` flag) and none can match nothing; otherwise null.
 */
export function lastChars(pattern: RegExp): Set<string> | null {
  return edgeChars(pattern, true);
}

/**
 * The characters a text must start with for `pattern` to match it, when every alternative of the
 * pattern is anchored at the start of the text (`^`, no `m` flag) and none can match nothing;
 * otherwise null.
 */
export function firstChars(pattern: RegExp): Set<string> | null {
  return edgeChars(pattern, false);
}

/**
 * The code of the one character every match of `pattern` opens with (anchored at the start), for
 * a gate that reads a single character code before the pattern. Throws when the pattern opens
 * with more than one character, or with one this reader cannot tell: such a gate would turn away
 * lines the pattern matches.
 */
export function openingCode(pattern: RegExp): number {
  const chars = firstChars(pattern);
  if (chars === null || chars.size !== 1) throw new Error(`/${pattern.source}/ does not open with one known character`);
  return [...chars][0]!.charCodeAt(0);
}

/** The characters any of `patterns` can end a match with, or null when one of them is unknown. */
export function lastCharsOfAll(patterns: readonly RegExp[]): Set<string> | null {
  const all = new Set<string>();
  for (const pattern of patterns) {
    const chars = lastChars(pattern);
    if (chars === null) return null;
    for (const c of chars) all.add(c);
  }
  return all;
}
