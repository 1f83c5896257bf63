/**
 * Every command-line option that steers reading and writing, defined and validated in one place:
 * a value that is not one of the option's values (a format, dialect, encoding, agency profile,
 * reporter) is a usage error (exit 2) naming the values there are. Names are taken in any case.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { encodingNamed, ENCODINGS } from '../bytes/decode.js';
import type { BytesOptions } from '../pipeline/parse.js';
import { FORMATS } from '../render/formats.js';
import { DIALECTS } from '../schema/dialects.js';
import type { Config } from './config.js';
import { EXIT } from './exit-codes.js';
import { loadUserProfiles } from './profiles.js';

/** A parser for an option whose value is one of `values`, written in any case. */
export function oneOf<T extends string>(values: readonly T[]): (value: string) => T {
  return (value) => {
    const found = values.find((v) => v.toLowerCase() === value.trim().toLowerCase());
    if (found === undefined) throw new InvalidArgumentError(`the values are ${values.join(', ')}.`);
    return found;
  };
}

/** The `--reference-date YYYY-MM-DD` option value. */
export function parseReferenceDate(value: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  // Date.UTC rolls 2020-13-45 over into 2021; a date that does not read back is not a date.
  if (!date || date.toISOString().slice(0, 10) !== value) throw new InvalidArgumentError('it wants YYYY-MM-DD.');
  return date;
}

export function formatOption(): Option {
  return new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`).argParser(oneOf(FORMATS)).default('json');
}

/** The `--encoding` option value: a name or alias of an encoding wireparse reads, in any case. */
function encodingOption(value: string): string {
  const encoding = encodingNamed(value);
  if (encoding === undefined) throw new InvalidArgumentError(`the values are ${ENCODINGS.join(', ')} (or an alias: cp1251, sjis, gb2312, latin9, ...).`);
  return encoding;
}

/** The options of the commands that parse (the default command, `check` and `explain`). */
export function addParseOptions(command: Command): Command {
  return command
    .addOption(new Option('--dialect <dialect>', `force the input dialect instead of detecting it: ${DIALECTS.join(', ')}`).argParser(oneOf(DIALECTS)))
    .option('--profile <id>', 'force an agency profile (see `wireparse profiles`)')
    .option('--profiles <file>', 'add agency profiles from a JSON or YAML file (the form of `wireparse profiles --json`)')
    .addOption(new Option('--encoding <name>', `force the input encoding instead of sniffing it: ${ENCODINGS.join(', ')}, or an alias`).argParser(encodingOption))
    .option('--reference-date <YYYY-MM-DD>', 'resolve dateline dates without a year against this date', parseReferenceDate);
}

/**
 * The parser options: those given on the command line, else those the configuration file sets.
 * The profile is checked here, when the command runs and a user's profiles (`--profiles`, else
 * the configuration's `profiles`) are loaded, so that the agency data is loaded only then: an
 * unknown one is a usage error listing the ids, from the command line or the file alike.
 */
export async function parseOptionsOf(opts: Record<string, unknown>, command: Command, config: Config = {}): Promise<Omit<BytesOptions, 'source'>> {
  if (command.optsWithGlobals().profiles === undefined && config.profiles !== undefined) await loadUserProfiles(command, config.profiles);
  let profile: string | undefined;
  const wanted = typeof opts.profile === 'string' ? opts.profile : config.profile;
  if (wanted !== undefined) {
    const { PROFILES } = await import('../profiles/index.js');
    const ids = PROFILES.map((p) => p.id);
    profile = oneOfOrUsage(ids, wanted, '--profile <id>', command);
  }
  return {
    dialect: (opts.dialect as BytesOptions['dialect']) ?? config.dialect,
    profile,
    encoding: opts.encoding as BytesOptions['encoding'],
    referenceDate: (opts.referenceDate as Date | undefined) ?? (config.referenceDate === undefined ? undefined : new Date(`${config.referenceDate}T00:00:00Z`)),
  };
}

function oneOfOrUsage(values: readonly string[], value: string, flags: string, command: Command): string {
  try {
    return oneOf(values)(value);
  } catch (err) {
    command.error(`error: option '${flags}' argument '${value}' is invalid. ${(err as Error).message}`, { exitCode: EXIT.usage, code: 'commander.invalidArgument' });
  }
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
