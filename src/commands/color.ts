/**
 * Whether to colour what goes to a stream, by the rules of ripgrep and git: `--color=always` and
 * `--color=never` decide; `auto` (the default) colours a terminal only, where NO_COLOR (any
 * non-empty value, no-color.org) turns colour off and FORCE_COLOR turns it on (but 0 or false).
 * Output files are never coloured: their callers do not ask.
 */
import type { Command } from 'commander';
import { oneOf } from './options.js';

const COLOR_MODES = ['auto', 'always', 'never'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/** The mode out of `--color <when>` and `--no-color` (commander's false). */
export function colorModeOf(value: unknown): ColorMode {
  if (value === false) return 'never';
  return typeof value === 'string' ? (value as ColorMode) : 'auto';
}

export function colorFor(mode: ColorMode, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (mode !== 'auto') return mode === 'always';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR.toLowerCase() !== 'false';
  return stream.isTTY === true;
}

/** `--color <when>` and `--no-color` on a command. */
export function addColorOption(command: Command): Command {
  return command
    .option('--color <when>', 'colour: auto (a terminal), always, never', oneOf(COLOR_MODES))
    .option('--no-color', 'no colour (as --color=never; so does a non-empty NO_COLOR)');
}
