/**
 * How `wireparse explain` shows an input: a header per story (its dialect and profile), then one
 * row per line — number, part (with its element), rule, and the line as the grammar read it.
 */
import { Chalk } from 'chalk';
import type { ExplainedLine, ExplainedStory } from '../../pipeline/explain.js';

const PART_WIDTH = 16;
const RULE_WIDTH = 14;

/** The part of a line as a reader names it: `body[2]`, `ignored (blank)`. */
function partLabel(line: ExplainedLine): string {
  if (line.reason !== null) return `${line.part} (${line.reason})`;
  return line.index === null ? line.part : `${line.part}[${line.index}]`;
}

/** Control characters shown as the ^X a terminal would print, so a row stays one row. */
function visible(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => (c === '\u007f' ? '^?' : `^${String.fromCharCode(c.charCodeAt(0) + 64)}`)).replace(/\t/g, '→');
}

export function explanationText(source: string, stories: readonly ExplainedStory[], color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const width = String(stories.at(-1)?.lines.at(-1)?.no ?? 1).length;
  let out = '';
  for (const [k, { dialect, profile, lines }] of stories.entries()) {
    out += c.bold(`${source} — story ${k}: dialect ${dialect}, profile ${profile ?? 'none'}`) + '\n';
    for (const line of lines) {
      const part = partLabel(line).padEnd(PART_WIDTH);
      const shown = line.part === 'ignored' ? c.dim(part) : line.part === 'body' ? part : c.cyan(part);
      out += `${String(line.no).padStart(width)}  ${shown} ${c.yellow(line.rule.padEnd(RULE_WIDTH))} ${visible(line.raw)}\n`;
    }
  }
  return out;
}

export function explanationJson(source: string, stories: readonly ExplainedStory[]): string {
  const lines = stories.flatMap(({ dialect, profile, lines: storyLines }, story) =>
    storyLines.map((l) => ({ no: l.no, story, part: l.part, index: l.index, reason: l.reason, rule: l.rule, dialect, profile, text: l.text, raw: l.raw })),
  );
  return `${JSON.stringify({ source, stories: stories.length, lines })}\n`;
}
