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

export interface Line {
  no: number;
  raw: string;
  text: string;
  /** Width of the leading white space (a tab counts as 4). */
  indent: number;
  blank: boolean;
  /** Bit set of the framing controls the raw line holds (see CONTROL). */
  controls: number;
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

// Controls other than tab are framing or noise; exotic spaces read as spaces.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
// U+2028/U+2029 too: they do not end a line in wire copy, and with them gone from `text` the
// `.` of a pattern matches every character, so that `.*$` can never fail and backtrack.
const EXOTIC_SPACES = /[\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
/** Set in the scan's result when the line holds a character at or above U+00A0. */
const NON_ASCII = 256;

/** One pass over the raw line: which controls it holds, and whether it has any non-ASCII text. */
function scan(raw: string): number {
  let bits = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 32 && c < 127) continue;
    if (c >= 0xa0) bits |= NON_ASCII;
    else if (c === 9) continue;
    else if (c === 1) bits |= CONTROL.SOH;
    else if (c === 2) bits |= CONTROL.STX;
    else if (c === 3) bits |= CONTROL.ETX;
    else if (c === 4) bits |= CONTROL.EOT;
    else if (c === 5) bits |= CONTROL.ENQ;
    else if (c === 22) bits |= CONTROL.SYN;
    else if (c === 12) bits |= CONTROL.FF;
    else if (c < 32 || c === 127) bits |= CONTROL.OTHER;
  }
  return bits;
}

/** Printable ASCII and tab only: most lines of most copy, checked by one native scan. */
const PLAIN_ASCII = /^[\t\x20-\x7e]*$/;

/** Line `no` of the source, whose text without its line break is `raw`. */
export function toLine(no: number, raw: string): Line {
  const bits = PLAIN_ASCII.test(raw) ? 0 : scan(raw);
  const controls = bits & ~NON_ASCII;
  // Most lines are plain ASCII text: they skip both replacements.
  let text = controls === 0 ? raw : raw.replace(CONTROL_CHARS, '');
  if ((bits & NON_ASCII) !== 0) text = text.replace(EXOTIC_SPACES, ' ');
  return lineOf(no, raw, text.trimEnd(), controls);
}

/**
 * A line from its parts, with `indent` (a tab counting 4) and `blank` read off the right-trimmed
 * `text` unless an indent is given. Every Line is made here, so all have one shape, and in one
 * object literal: the parser makes one per source line, and a spread of a helper's result per
 * line was the single most expensive step of reading lines.
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
  return { no, raw, text, indent: indent ?? width, blank: i === text.length, controls };
}

export function has(line: Line, bit: number): boolean {
  return (line.controls & bit) !== 0;
}
