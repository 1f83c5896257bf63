/**
 * What a `check` report keeps of an input until it can be written, in spools (src/commands/spool.ts:
 * memory up to a bound, then an unlinked temporary file), and the JSON arrays it keeps that way.
 */
import { FileSpool } from '../spool.js';

/** Drops what a spool holds, closing its file if it has one. */
export function discard(spool: FileSpool): void {
  const pieces = spool.drain();
  pieces.next();
  pieces.return(undefined);
}

/** `value` as JSON.stringify(…, null, 2) writes it nested `depth` levels deep (its first line not indented). */
export function nestedJson(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * The items of a JSON array `depth` levels deep, kept in a spool: `[]`, or each item on its own
 * lines as JSON.stringify(…, null, 2) puts them.
 */
export class JsonItems {
  readonly spool = new FileSpool();
  count = 0;
  constructor(private readonly depth: number) {}

  add(value: unknown): void {
    this.spool.add(`${this.count++ === 0 ? '' : ',\n'}${'  '.repeat(this.depth)}${nestedJson(value, this.depth)}`);
  }

  /** The array, brackets and all, in pieces; the items are gone after. */
  *array(): Generator<string> {
    if (this.count === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    yield* this.spool.drain();
    yield `\n${'  '.repeat(this.depth - 1)}]`;
    this.count = 0;
  }

  /** Moves the array, brackets and all, into `into`. */
  moveTo(into: FileSpool): void {
    for (const piece of this.array()) into.add(piece);
  }

  /** Moves the items to the end of `other`, an array as deep. */
  appendTo(other: JsonItems): void {
    if (this.count === 0) return;
    if (other.count > 0) other.spool.add(',\n');
    for (const piece of this.spool.drain()) other.spool.add(piece);
    other.count += this.count;
    this.count = 0;
  }
}
