/**
 * Writing a document (index.ts) as its stories come, one at a time or in runs already joined:
 * section 0 goes out at once, later sections wait in spools until the document ends.
 */
import type { DocumentFormat } from './documents.js';

/** Text kept for later, in order. */
export interface Spool {
  add(text: string): void;
  /** The text added, in pieces; the spool is spent afterwards. */
  drain(): Iterable<string>;
}

export class MemorySpool implements Spool {
  private readonly texts: string[] = [];
  add(text: string): void {
    this.texts.push(text);
  }
  drain(): Iterable<string> {
    return this.texts.splice(0);
  }
}

/** The pieces of a run of stories, each section joined as the document joins it. */
export function joinRun(format: DocumentFormat, stories: readonly string[][]): string[] {
  return format.separators.map((separator, k) => stories.map((pieces) => pieces[k]!).join(separator));
}

export class DocumentWriter {
  private started = false;
  private readonly spools: Spool[];

  constructor(
    private readonly format: DocumentFormat,
    private readonly write: (text: string) => void,
    spool: () => Spool,
  ) {
    this.spools = format.between.map(() => spool());
  }

  /** Adds one story's pieces, or a run's (joinRun); a run of no stories is not added. */
  add(pieces: readonly string[]): void {
    const f = this.format;
    this.write((this.started ? f.separators[0]! : f.open) + pieces[0]!);
    for (let k = 1; k < pieces.length; k++) this.spools[k - 1]!.add((this.started ? f.separators[k]! : '') + pieces[k]!);
    this.started = true;
  }

  /** The rest of the document, in pieces. */
  *end(): Generator<string> {
    const f = this.format;
    if (!this.started) {
      yield f.empty;
      return;
    }
    for (const [k, spool] of this.spools.entries()) {
      yield f.between[k]!;
      yield* spool.drain();
    }
    yield f.close;
  }
}
