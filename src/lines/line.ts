/**
 * lines: each raw line with the facts every later stage asks about, computed once.
 * `text` is what a reader sees: framing control characters removed, non-breaking and other
 * exotic spaces turned into plain spaces, trailing white space dropped. Leading white space is
 * kept because hard-wrapped copy marks paragraph starts with an indent.
 */

export const SOH = '\u0001';
export const STX = '\u0002';
export const ETX = '\u0003';
export const EOT = '\u0004';
export const ENQ = '\u0005';
export const SYN = '\u0016';
export const FF = '\u000c';

/**
 * The bits of `Line.facts`: the CONTROL bits (0-7), BLANK, and the indent from INDENT_SHIFT up.
 * One number instead of three fields: the parser makes a Line per source line, and three fields
 * fewer are 24 bytes fewer a line (Node's V8 has no pointer compression: a field is 8 bytes).
 */
const CONTROL_BITS = 0xff;
const BLANK = 0x100;
const INDENT_SHIFT = 9;
/** Indents are counted up to here (a wider one is as wide for every reader): the facts stay a small integer. */
const MAX_INDENT = 1 << 20;

export class Line {
  constructor(
    /** 1-based line number in the source. */
    readonly no: number,
    readonly raw: string,
    /** What a reader sees (see the module comment). */
    readonly text: string,
    /** controls, blank and indent, packed (see CONTROL_BITS). */
    private readonly facts: number,
  ) {}

  /** Width of the leading white space (a tab counts as 4). */
  get indent(): number {
    return this.facts >>> INDENT_SHIFT;
  }

  get blank(): boolean {
    return (this.facts & BLANK) !== 0;
  }

  /** Bit set of the framing controls the raw line holds (see CONTROL). */
  get controls(): number {
    return this.facts & CONTROL_BITS;
  }
}

export const CONTROL = {
  SOH: 1,
  STX: 2,
  ETX: 4,
  EOT: 8,
  ENQ: 16,
  SYN: 32,
  FF: 64,
  /** Any other C0 control (US, DC1-DC4, DEL, backspace, ...) */
  OTHER: 128,
} as const;

// U+2028/U+2029 too: they do not end a line in wire copy, and with them gone from `text` the
// `.` of a pattern matches every character, so that `.*$` can never fail and backtrack.
const EXOTIC_SPACES = /[\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
/** Set in unusualLine's bits when the line holds a character at or above U+00A0. */
const NON_ASCII = 256;

/** The CONTROL bit of C0 control or DEL `c` (tab and LF are none: 0). */
function controlBit(c: number): number {
  switch (c) {
    case 1: return CONTROL.SOH;
    case 2: return CONTROL.STX;
    case 3: return CONTROL.ETX;
    case 4: return CONTROL.EOT;
    case 5: return CONTROL.ENQ;
    case 22: return CONTROL.SYN;
    case 12: return CONTROL.FF;
    case 9: return 0;
    default: return CONTROL.OTHER;
  }
}

/**
 * The facts of a line that is not plain ASCII, in one pass: its controls, whether it holds
 * non-ASCII text, and its text with the controls other than tab and LF removed (a line from the
 * splitter holds no LF; LF counts as OTHER but stays). Controls other than tab are framing or
 * noise; exotic spaces read as spaces. Framing lines are short (`<STX>`, `<ENQ><ENQ><ENQ>F`), so
 * the text is cut out between the controls rather than by a regex replacement.
 */
function unusualLine(no: number, raw: string): Line {
  let bits = 0;
  let text = '';
  /** Start of the text not yet copied to `text`. */
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 32 && c < 127) continue;
    if (c >= 0xa0) bits |= NON_ASCII;
    // DEL asked first: both comparisons then run on every control, so optimized code has seen
    // them and a later DEL or non-ASCII character does not deoptimize it.
    else if (c === 127 || c < 32) {
      bits |= controlBit(c);
      if (c === 9 || c === 10) continue;
      // Controls in a row (`<ENQ><ENQ><ENQ>`, `<SYN><SYN><SOH>`) leave nothing between them to copy.
      if (i > from) text += raw.slice(from, i);
      from = i + 1;
    }
  }
  text = from === 0 ? raw : text + raw.slice(from);
  if ((bits & NON_ASCII) !== 0) text = text.replace(EXOTIC_SPACES, ' ');
  return lineOf(no, raw, text.trimEnd(), bits & ~NON_ASCII);
}

/** Printable ASCII and tab only: most lines of most copy, checked by one native scan. */
const PLAIN_ASCII = /^[\t\x20-\x7e]*$/;

/**
 * Line `no` of the source, whose text without its line break is `raw`; `plain` when the caller
 * knows that it holds only printable ASCII and tabs (LineSplitter does), else it is checked here.
 */
export function toLine(no: number, raw: string, plain = false): Line {
  if (!plain) {
    // A line opening with a control (framing: `<STX>`, `<ENQ>...`) is not plain: no need to ask.
    // (Lengths are checked so that charCodeAt never reads past the end, which would deoptimize.)
    const first = raw.length === 0 ? 32 : raw.charCodeAt(0);
    if ((first < 32 && first !== 9) || !PLAIN_ASCII.test(raw)) return unusualLine(no, raw);
  }
  // In plain ASCII only space and tab are trailing white space: a line ending in anything else
  // (most lines) is its own text.
  const last = raw.length === 0 ? 0 : raw.charCodeAt(raw.length - 1);
  return lineOf(no, raw, last === 32 || last === 9 ? raw.trimEnd() : raw, 0);
}

/**
 * A line from its parts, with `indent` (a tab counting 4) and `blank` read off the right-trimmed
 * `text` unless an indent is given. Every Line is made here, so all have one shape.
 */
export function lineOf(no: number, raw: string, text: string, controls: number, indent?: number): Line {
  let width = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) width += 1;
    else if (c === 9) width += 4;
    else break;
  }
  const facts = (Math.min(indent ?? width, MAX_INDENT) << INDENT_SHIFT) | (i === text.length ? BLANK : 0) | controls;
  return new Line(no, raw, text, facts);
}

export function has(line: Line, bit: number): boolean {
  return (line.controls & bit) !== 0;
}

/** A line opening with ENQ or SYN holds that control: lines with neither bit nor SOH are turned away by a bit test. */
const TRANSMISSION_CONTROLS = CONTROL.SOH | CONTROL.ENQ | CONTROL.SYN;

/**
 * Whether a line is transmission framing that opens a story: it holds SOH, or opens with ENQ or
 * SYN (the 1987 wire's `<ENQ><ENQ><ENQ>A` line before the SOH line).
 */
export function startsTransmission(line: Line): boolean {
  if ((line.controls & TRANSMISSION_CONTROLS) === 0) return false;
  const first = line.raw.charCodeAt(0);
  return has(line, CONTROL.SOH) || first === 5 || first === 22;
}
