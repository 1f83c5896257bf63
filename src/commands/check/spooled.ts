/**
 * What a `check` report keeps of an input until it can be written, in spools (src/commands/spool.ts:
 * memory up to a bound, then an unlinked temporary file), and the JSON arrays it keeps that way.
 */
import { FileSpool } from '../spool.js';

/** Items stringified together: one JSON.stringify call for many costs far less than one each. */
const BATCH = 256;

/**
 * The items of a JSON array `depth` levels deep, kept in a spool: `[]`, or each item on its own
 * lines as JSON.stringify(…, null, 2) puts them in the whole document.
 */
export class JsonItems {
  readonly spool = new FileSpool();
  count = 0;
  private batch: unknown[] = [];
  private readonly head: string;
  private readonly tail: number;

  constructor(private readonly depth: number) {
    // A batch is stringified inside arrays that put its items `depth` levels deep, their first
    // line indented as in the document; the arrays' own lines are cut off.
    let head = '';
    let tail = '';
    for (let level = 0; level < depth; level++) {
      head += `${'  '.repeat(level)}[\n`;
      tail = `\n${'  '.repeat(level)}]${tail}`;
    }
    this.head = head;
    this.tail = tail.length;
  }

  add(value: unknown): void {
    this.batch.push(value);
    if (this.batch.length >= BATCH) this.flush();
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    let nested: unknown = this.batch;
    for (let level = 1; level < this.depth; level++) nested = [nested];
    const text = JSON.stringify(nested, null, 2);
    this.spool.add(`${this.count === 0 ? '' : ',\n'}${text.slice(this.head.length, text.length - this.tail)}`);
    this.count += this.batch.length;
    this.batch = [];
  }

  /** Drops the items. */
  discard(): void {
    this.batch = [];
    this.count = 0;
    this.spool.discard();
  }

  /** The array, brackets and all, in pieces; the items are gone after. */
  *array(): Generator<string> {
    this.flush();
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
    this.flush();
    other.flush();
    if (this.count === 0) return;
    if (other.count > 0) other.spool.add(',\n');
    for (const piece of this.spool.drain()) other.spool.add(piece);
    other.count += this.count;
    this.count = 0;
  }
}
