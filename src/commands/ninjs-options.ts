/** The options of `-f ninjs`: `--ninjs-version` and `--uri-template`, refused with another format. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { NINJS_VERSIONS, type NinjsVersion } from '../render/formats.js';
import type { NinjsOptions } from '../render/ninjs.js';
import { uriTemplateProblem } from '../render/ninjs-uri.js';
import { EXIT } from './exit-codes.js';

function parseUriTemplate(value: string): string {
  const problem = uriTemplateProblem(value);
  if (problem !== null) throw new InvalidArgumentError(`${problem}.`);
  return value;
}

export function addNinjsOptions(command: Command): Command {
  return command
    .addOption(new Option('--ninjs-version <version>', 'with -f ninjs: the ninjs version to write (default 3.1)').choices(NINJS_VERSIONS))
    .option('--uri-template <template>', 'with -f ninjs: each story\'s uri, from {source}, {file}, {index} and {profile}', parseUriTemplate);
}

/** The ninjs options out of the parsed options; a usage error when they come without `-f ninjs`. */
export function ninjsOptionsOf(opts: Record<string, unknown>, command: Command): NinjsOptions {
  for (const [key, flag] of [['ninjsVersion', '--ninjs-version'], ['uriTemplate', '--uri-template']] as const) {
    if (opts[key] !== undefined && opts.format !== 'ninjs') command.error(`error: option '${flag}' needs -f ninjs`, { exitCode: EXIT.usage });
  }
  return { version: (opts.ninjsVersion as NinjsVersion | undefined) ?? '3.1', uriTemplate: (opts.uriTemplate as string | undefined) ?? null };
}
