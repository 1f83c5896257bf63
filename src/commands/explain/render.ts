/**
 * How `wireparse explain` shows an input: a header per story (its dialect and profile), then one
 * row per line — number, part (with its element), rule, and the line as the grammar read it.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { ExplainedStory, LineClaim } from '../../pipeline/explain.js';
import { printable } from '../printable.js';

const PART_WIDTH = 16;
const RULE_WIDTH = 14;

/** The part of a line as a reader names it: `body[2]`, `ignored (blank)`. */
function partLabel(line: LineClaim): string {
  if (line.reason !== null) return `${line.part} (${line.reason})`;
  return line.index === null ? line.part : `${line.part}[${line.index}]`;
}

/** Control characters shown as the ^X a terminal would print, so a row stays one row. */
function visible(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => (c === '\u007f' ? '^?' : `^${String.fromCharCode(c.charCodeAt(0) + 64)}`)).replace(/\t/g, '→');
}

function claimRow(claim: LineClaim, c: ChalkInstance): string {
  const part = partLabel(claim).padEnd(PART_WIDTH);
  const shown = claim.part === 'ignored' ? c.dim(part) : claim.part === 'body' ? part : c.cyan(part);
  return `${shown} ${c.yellow(claim.rule.padEnd(RULE_WIDTH))}`;
}

export function explanationText(source: string, stories: readonly ExplainedStory[], color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const width = String(stories.at(-1)?.lines.at(-1)?.no ?? 1).length;
  let out = '';
  for (const [k, { dialect, profile, lines }] of stories.entries()) {
    out += c.bold(`${printable(source)} — story ${k}: dialect ${dialect}, profile ${profile ?? 'none'}`) + '\n';
    for (const line of lines) {
      // A line cut into pieces: a row for the line (its first piece), then one per further piece.
      const [first, ...rest] = line.pieces ?? [line];
      out += `${String(line.no).padStart(width)}  ${claimRow(first!, c)} ${visible(line.pieces === null ? line.raw : first!.text)}\n`;
      for (const piece of rest) out += `${'+'.padStart(width)}  ${claimRow(piece, c)} ${visible(piece.text)}\n`;
    }
  }
  return out;
}

export function explanationJson(source: string, stories: readonly ExplainedStory[]): string {
  const lines = stories.flatMap(({ dialect, profile, lines: storyLines }, story) =>
    storyLines.map((l) => ({ no: l.no, story, part: l.part, index: l.index, reason: l.reason, rule: l.rule, dialect, profile, text: l.text, raw: l.raw, pieces: l.pieces })),
  );
  return `${JSON.stringify({ source, stories: stories.length, lines })}\n`;
}
