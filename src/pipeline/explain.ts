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

export interface ExplainedLine {
  /** 1-based line number in the input. */
  no: number;
  /** The line as it came, controls included. */
  raw: string;
  /** The line as the grammar read it (controls gone; a dialect may have taken markup out). */
  text: string;
  part: PartKind;
  /** Element of the part (paragraph, note, caption), when it has elements. */
  index: number | null;
  /** Why an ignored line is ignored. */
  reason: string | null;
  /** The production or construct that claimed the line. */
  rule: string;
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
    for (let i = 0; i < tree.lines.length; i++) {
      const a = tree.assigned[i]!;
      const index = indexOf(a);
      lines.push({
        no: tree.lines[i]!.no,
        raw: tree.segment[i]!.raw,
        text: tree.lines[i]!.text,
        part: partOf(a),
        index: index >= 0 ? index : null,
        reason: reasonOf(a) ?? null,
        rule: ruleName(tree.rules[i]!),
      });
    }
    out.push({ story, dialect: tree.dialect, profile: profileOf(tree)?.id ?? null, lines });
  });
  return out;
}
