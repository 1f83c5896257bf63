/**
 * What the commands that parse (the default command and `check`) share: the options that steer
 * the parser, and the rule for where input comes from when no path is given.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { encodingNamed, ENCODINGS } from '../bytes/decode.js';
import type { BytesOptions } from '../pipeline/parse.js';
import { DIALECTS } from '../schema/dialects.js';
import { EXIT } from './exit-codes.js';

/** The `--reference-date YYYY-MM-DD` option value. */
export function parseReferenceDate(value: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  // Date.UTC rolls 2020-13-45 over into 2021; a date that does not read back is not a date.
  if (!date || date.toISOString().slice(0, 10) !== value) throw new InvalidArgumentError('it wants YYYY-MM-DD.');
  return date;
}

/** The `--encoding` option value: a name or alias of an encoding wireparse reads, in any case. */
function encodingOption(value: string): string {
  const encoding = encodingNamed(value);
  if (encoding === undefined) throw new InvalidArgumentError(`Allowed choices are ${ENCODINGS.join(', ')} (or an alias: cp1251, sjis, gb2312, latin9, ...).`);
  return encoding;
}

export function addParseOptions(command: Command): Command {
  return command
    .addOption(new Option('--dialect <dialect>', 'force the input dialect instead of detecting it').choices(DIALECTS))
    .option('--profile <id>', 'force an agency profile (see `wireparse profiles`)')
    .option('--profiles <file>', 'add agency profiles from a JSON or YAML file (the form of `wireparse profiles --json`)')
    .addOption(new Option('--encoding <name>', `force the input encoding instead of sniffing it (${ENCODINGS.join(', ')}, or an alias)`).argParser(encodingOption))
    .option('--reference-date <YYYY-MM-DD>', 'resolve dateline dates without a year against this date', parseReferenceDate);
}

/**
 * The parser options out of the parsed command-line options. A profile id is read in any letter
 * case and checked here, once a user's profiles (--profiles) are loaded: an unknown one is a
 * usage error that lists the ids.
 */
export async function parseOptionsOf(opts: Record<string, unknown>, command: Command): Promise<Omit<BytesOptions, 'source'>> {
  // Loaded here, not at start-up: `--version` and `--help` load no profile.
  const { PROFILES } = await import('../profiles/index.js');
  const written = opts.profile as string | undefined;
  const profile = written === undefined ? undefined : PROFILES.find((p) => p.id === written.toLowerCase())?.id;
  if (written !== undefined && profile === undefined) {
    command.error(`error: option '--profile <id>' argument '${written}' is invalid. Allowed choices are ${PROFILES.map((p) => p.id).join(', ')}.`, { exitCode: EXIT.usage });
  }
  return {
    dialect: opts.dialect as BytesOptions['dialect'],
    profile,
    encoding: opts.encoding as BytesOptions['encoding'],
    referenceDate: opts.referenceDate as Date | undefined,
  };
}

/**
 * The inputs to read: the paths given, or stdin when input is piped. With neither, the command's
 * help goes to stderr and the run ends as a usage error: a terminal is never waited on.
 */
export function inputsOrStdin(paths: readonly string[], command: Command): string[] {
  if (paths.length > 0) return [...paths];
  if (process.stdin.isTTY) {
    command.outputHelp({ error: true });
    throw new CommanderError(EXIT.usage, 'wireparse.noInput', '');
  }
  return ['-'];
}
