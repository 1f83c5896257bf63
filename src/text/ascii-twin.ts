/**
 * Patterns with an ASCII twin. A Unicode property class (`\p{L}`, `\p{Lu}`, `\p{sc=Han}`) is the
 * costliest part of a pattern to build and to run the first times: V8 expands it into hundreds of
 * ranges at `new RegExp`, and again at the first two executions (to bytecode, then to machine
 * code), once for one-byte and once for two-byte text. The dateline forms hold dozens of them,
 * so building them was a large part of every run's start-up (`bench/RESULTS.md`). Most lines of
 * most copy are ASCII, and there each class is a range or two.
 *
 * The twin is the same source with every property class replaced by its ASCII members, and the
 * same flags; everything else in the pattern is left as written. A pattern only ever asks a class
 * about characters of the text it reads, so on ASCII text the twins match alike: the tests check
 * each class of the table against every ASCII character. The Unicode pattern is built the first
 * time a text that is not ASCII needs it.
 */

/** The ASCII members of each property class the parser's patterns use, as class ranges. */
const ASCII_MEMBERS: Readonly<Record<string, string>> = {
  L: 'A-Za-z',
  Lu: 'A-Z',
  Ll: 'a-z',
  Lo: '',
  M: '',
  N: '0-9',
  'sc=Han': '',
};

/** What asciiSource reads: a property class, any other escape, and the brackets of a class. */
const TOKEN = /\\[pP]\{[^}]*\}|\\[\s\S]|[[\]]/g;

/**
 * `source` with each `\p{…}` replaced by its ASCII members: inside a class by the ranges, outside
 * one by a class of them (`[]`, which matches nothing, for a property without ASCII members).
 * Throws on a property the table does not hold, and on `\P{…}`, so that no pattern is given a
 * twin that could match differently. Read by a native scan from token to token: the sources are
 * long (the dateline forms, the alias alternation), and are read when the parser loads.
 */
function asciiSource(source: string): string {
  let inClass = false;
  return source.replace(TOKEN, (token) => {
    if (token === '[') inClass = true;
    else if (token === ']') inClass = false;
    else if (token.length > 2) {
      const members = token[1] === 'p' ? ASCII_MEMBERS[token.slice(3, -1)] : undefined;
      if (members === undefined) throw new Error(`no ASCII twin for ${token} in /${source}/`);
      return inClass ? members : `[${members}]`;
    }
    return token;
  });
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

export function isAsciiText(text: string): boolean {
  return ASCII_ONLY.test(text);
}

/** A pattern and its ASCII twin; `for(isAsciiText(text))` is the one to run on `text`. */
export class TwinPattern {
  readonly ascii: RegExp;
  private built: RegExp | null = null;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    const twin = asciiSource(source);
    this.ascii = new RegExp(twin, flags);
    // A source without a property class is its own twin: one pattern serves every text.
    if (twin === source) this.built = this.ascii;
  }

  /** The pattern as written, built on first use. */
  get unicode(): RegExp {
    return (this.built ??= new RegExp(this.source, this.flags));
  }

  /** The pattern to run on a text: the twin when `ascii` says the text is ASCII. */
  for(ascii: boolean): RegExp {
    return ascii ? this.ascii : this.unicode;
  }

  /** Whether the pattern matches `text` (not for global or sticky patterns, whose test() has state). */
  test(text: string): boolean {
    return this.for(this.built === this.ascii || isAsciiText(text)).test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.for(this.built === this.ascii || isAsciiText(text)).exec(text);
  }
}
