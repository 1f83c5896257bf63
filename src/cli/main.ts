/**
 * The command line: `wireparse [options] [paths...]`, `wireparse schema`, `wireparse profiles`.
 * Exit codes: 0 success, 1 an input could not be read or parsed, 2 usage error.
 */
import { readFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { ENCODINGS, looksBinary, type EncodingName } from '../bytes/decode.js';
import { parseBytes, type BytesOptions } from '../parse.js';
import { FORMATS, render, type Format } from '../renderers/index.js';
import { DIALECTS, type Dialect, type Story } from '../schema/story.js';
import { registerCheck } from '../check/command.js';
import { describeFsError, expandInputs, type InputFile } from './inputs.js';
import { writeOut } from './stdout.js';
import { VERSION } from './version.js';

export const EXIT = { ok: 0, inputError: 1, usage: 2 } as const;

interface RunOptions {
  format: Format;
  color: boolean;
  dialect?: Dialect;
  profile?: string;
  encoding?: EncodingName;
  referenceDate?: Date;
}

function parseReferenceDate(value: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!date || Number.isNaN(date.getTime())) throw new CommanderError(EXIT.usage, 'wireparse.badDate', `error: --reference-date wants YYYY-MM-DD, got "${value}"`);
  return date;
}

function colorWanted(flag: boolean): boolean {
  if (!flag) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads and parses one input; problems are reported on stderr and counted, never thrown. */
async function parseInput(file: InputFile, options: RunOptions): Promise<Story[] | null> {
  let bytes: Buffer;
  try {
    bytes = file.path === '-' ? await readStdin() : await readFile(file.path);
  } catch (err) {
    process.stderr.write(`wireparse: ${file.path}: ${describeFsError(err)}\n`);
    return null;
  }
  if (looksBinary(bytes)) {
    process.stderr.write(`wireparse: ${file.path}: binary file (NUL bytes), skipped\n`);
    return null;
  }
  const parseOptions: BytesOptions = { source: file.path };
  if (options.dialect) parseOptions.dialect = options.dialect;
  if (options.profile) parseOptions.profile = options.profile;
  if (options.encoding) parseOptions.encoding = options.encoding;
  if (options.referenceDate) parseOptions.referenceDate = options.referenceDate;
  try {
    return parseBytes(bytes, parseOptions);
  } catch (err) {
    process.stderr.write(`wireparse: ${file.path}: cannot parse: ${(err as Error).message}\n`);
    return null;
  }
}

async function run(paths: string[], options: RunOptions): Promise<number> {
  const { files, problems } = await expandInputs(paths);
  let status: number = EXIT.ok;
  for (const p of problems) {
    process.stderr.write(`wireparse: ${p.path}: ${p.message}\n`);
    status = EXIT.inputError;
  }
  // json and markdown are one document over every input; ndjson and summary stream per input.
  const streaming = options.format === 'ndjson' || options.format === 'summary';
  const all: Story[] = [];
  for (const file of files) {
    const stories = await parseInput(file, options);
    if (stories === null) {
      status = EXIT.inputError;
      continue;
    }
    if (streaming) await writeOut(render(options.format, stories, options));
    else all.push(...stories);
  }
  if (!streaming) await writeOut(render(options.format, all, options));
  return status;
}

async function printSchema(): Promise<void> {
  const { z } = await import('zod');
  const { Story: StorySchema } = await import('../schema/story.js');
  await writeOut(`${JSON.stringify(z.toJSONSchema(StorySchema), null, 2)}\n`);
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('wireparse')
    .description('Split raw news-wire text into its parts: captions, slug, headline, byline, dateline, body, notes and footer.')
    .version(VERSION, '-V, --version')
    .argument('[paths...]', 'files or folders to read; "-" (or none, with piped input) reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .addOption(new Option('--dialect <dialect>', 'force the input dialect instead of detecting it').choices(DIALECTS))
    .option('--profile <id>', 'force an agency profile (see `wireparse profiles`)')
    .addOption(new Option('--encoding <name>', 'force the input encoding instead of sniffing it').choices(ENCODINGS))
    .option('--reference-date <YYYY-MM-DD>', 'resolve dateline dates without a year against this date', parseReferenceDate)
    .option('--no-color', 'no colour in the summary format (so does the NO_COLOR variable)')
    .showHelpAfterError('(run wireparse --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride();

  program.action(async (paths: string[], opts) => {
    let inputs = paths;
    if (inputs.length === 0) {
      if (process.stdin.isTTY) {
        program.outputHelp({ error: true });
        throw new CommanderError(EXIT.usage, 'wireparse.noInput', '');
      }
      inputs = ['-'];
    }
    program.setOptionValue('exit', await run(inputs, {
      format: opts.format as Format,
      color: colorWanted(opts.color as boolean),
      dialect: opts.dialect,
      profile: opts.profile,
      encoding: opts.encoding,
      referenceDate: opts.referenceDate,
    }));
  });

  program
    .command('schema')
    .description('print the JSON Schema of a story (the output contract)')
    .action(async () => {
      await printSchema();
    });

  program
    .command('profiles')
    .description('list the agency profiles')
    .action(async () => {
      const { PROFILES } = await import('../profiles/index.js');
      await writeOut(PROFILES.map((p) => `${p.id.padEnd(10)} ${p.name.padEnd(12)} ${p.aliases.join(', ')}\n`).join(''));
    });
  registerCheck(program);
  return program;
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[]);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    throw err;
  }
  return (program.getOptionValue('exit') as number | undefined) ?? EXIT.ok;
}
