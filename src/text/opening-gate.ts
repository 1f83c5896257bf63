/**
 * A construct's cheap gate and its pattern in one declaration. Most lines are turned away by the
 * first character after their spaces and tabs, read by code before any search; the gate is also
 * the pattern's first condition (a look-ahead built from the same characters), so the two
 * cannot disagree: a line the gate turns away is one the pattern could not match.
 *
 * `opens` lists the printable ASCII characters a match may open with. Any other character
 * (other white space, controls, anything not ASCII) is left to the pattern, as is an empty line.
 */
import { isPrintableAscii, openingChar } from './opening.js';

const ESCAPE = /[\\\]^-]/g;

export class OpeningGate {
  /** The construct's pattern, opening with the gate's look-ahead. */
  readonly pattern: RegExp;
  private readonly opensCode = new Uint8Array(128);

  /** `source` is the pattern as written, anchored at the start (`^`); `flags` its flags. */
  constructor(opens: string, source: string, flags = '') {
    if (!source.startsWith('^')) throw new Error(`an opening gate needs a pattern anchored at the start: ${source}`);
    const folds = flags.includes('i');
    for (const c of opens) {
      const code = c.charCodeAt(0);
      if (!isPrintableAscii(code)) throw new Error(`an opening gate lists printable ASCII only: ${JSON.stringify(c)}`);
      this.opensCode[code] = 1;
      // Case-insensitive without the u flag folds ASCII letters to ASCII letters only.
      if (folds) this.opensCode[code ^ 0x20] = /[A-Za-z]/.test(c) ? 1 : this.opensCode[code ^ 0x20]!;
    }
    const listed = opens.replace(ESCAPE, '\\$&');
    this.pattern = new RegExp(`^(?=[ \\t]*(?:[${listed}]|[^!-~]|$))(?:${source.slice(1)})`, flags);
  }

  /** False when the text opens with a printable ASCII character the pattern cannot open with. */
  mayOpen(text: string): boolean {
    return this.mayOpenWith(openingChar(text));
  }

  /** mayOpen for a text whose openingChar() the caller has read (several gates asked of one text). */
  mayOpenWith(c: number): boolean {
    return c === -1 || !isPrintableAscii(c) || this.opensCode[c] === 1;
  }

  test(text: string): boolean {
    return this.mayOpen(text) && this.pattern.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.mayOpen(text) ? this.pattern.exec(text) : null;
  }
}
