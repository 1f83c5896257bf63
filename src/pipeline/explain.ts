/**
 * Why each line went where it went: every line of the input with the part it was given, the
 * rule that claimed it (a production of docs/GRAMMAR.md or a dialect's construct) and the
 * dialect and profile in force for its story. `wireparse explain` prints it; the lossless test
 * reads it to find each line's text again in its part.
 */
import { indexOf, partOf, reasonOf } from '../grammar/assignment.js';
import { profileOf, ruleName } from '../grammar/tree.js';
import type { PartKind, Story } from '../schema/story.js';
import { parseBytes, type BytesOptions } from './parse.js';

/** What one rule claimed of a line: the whole line, or one piece of a line a dialect cut up. */
export interface LineClaim {
  /** The text as the grammar read it (controls gone; a dialect may have taken markup out). */
  text: string;
  part: PartKind;
  /** Element of the part (paragraph, note, caption), when it has elements. */
  index: number | null;
  /** Why an ignored line is ignored. */
  reason: string | null;
  /** The production or construct that claimed it. */
  rule: string;
}

export interface ExplainedLine extends LineClaim {
  /** 1-based line number in the input. */
  no: number;
  /** The line as it came, controls included. */
  raw: string;
  /**
   * A line a dialect cut into pieces (a one-line scrape, several HTML blocks on one line) has a
   * claim per piece; the line's own fields are its first piece's.
   */
  pieces: LineClaim[] | null;
}

export interface ExplainedStory {
  story: Story;
  dialect: string;
  profile: string | null;
  lines: ExplainedLine[];
}

/** Parses `bytes` as the CLI does and explains every line of every story. */
export function explainBytes(bytes: Uint8Array, options: BytesOptions = {}): ExplainedStory[] {
  const out: ExplainedStory[] = [];
  parseBytes(bytes, options, (tree, story) => {
    const lines: ExplainedLine[] = [];
    let segmentAt = 0;
    for (let i = 0; i < tree.lines.length; i++) {
      const a = tree.assigned[i]!;
      const index = indexOf(a);
      const claim: LineClaim = { text: tree.lines[i]!.text, part: partOf(a), index: index >= 0 ? index : null, reason: reasonOf(a) ?? null, rule: ruleName(tree.rules[i]!) };
      const no = tree.lines[i]!.no;
      const previous = lines[lines.length - 1];
      if (previous !== undefined && previous.no === no) {
        previous.pieces ??= [{ text: previous.text, part: previous.part, index: previous.index, reason: previous.reason, rule: previous.rule }];
        previous.pieces.push(claim);
        continue;
      }
      while (tree.segment[segmentAt]!.no !== no) segmentAt++;
      lines.push({ no, raw: tree.segment[segmentAt]!.raw, ...claim, pieces: null });
    }
    out.push({ story, dialect: tree.dialect, profile: profileOf(tree)?.id ?? null, lines });
  });
  return out;
}
