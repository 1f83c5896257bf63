/**
 * The command line: `wireparse [options] [paths...]`, `wireparse check`, `wireparse explain`,
 * `wireparse schema`, `wireparse profiles`.
 * Exit codes: 0 success, 1 an input could not be read or parsed, 2 usage error.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { COMPACT_FIELDS, STORY_FIELDS, type StoryField } from '../render/fields.js';
import type { Format } from '../render/formats.js';
import { registerCheck } from './check/command.js';
import { addColorOption, colorFor, colorModeOf } from './color.js';
import { registerExplain } from './explain/command.js';
import { EXIT } from './exit-codes.js';
import { MAIN_HELP_AFTER } from './help.js';
import { addInputOptions, walkOptionsOf } from './input-options.js';
import { addNinjsOptions, ninjsOptionsOf } from './ninjs-options.js';
import { addParseOptions, formatOption, inputsOrStdin, parseOptionsOf } from './options.js';
import { printable } from './printable.js';
import { loadUserProfiles, registerProfilesCommand } from './profiles.js';
import { writeOut } from './stdout.js';
import { VERSION } from './version.js';
import { SCHEMA_VERSION } from '../schema/schema-version.js';

// The parser, the renderers (chalk) and the schema (zod) are imported when a command needs them:
// `wireparse --version` and `--help` load commander only.

export { EXIT };

function parseFields(value: string): StoryField[] {
  const fields = value.split(',').map((f) => f.trim()).filter((f) => f !== '');
  const unknown = fields.filter((f) => !(STORY_FIELDS as readonly string[]).includes(f));
  if (unknown.length > 0 || fields.length === 0) throw new InvalidArgumentError(`the fields are ${STORY_FIELDS.join(', ')}.`);
  return fields as StoryField[];
}

/** The summary's width: the terminal's, else COLUMNS, else the default. */
function summaryWidth(): number | undefined {
  if (process.stdout.isTTY === true && process.stdout.columns > 0) return process.stdout.columns;
  const columns = Number(process.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : undefined;
}

async function printSchema(): Promise<void> {
  const { z } = await import('zod');
  const { Story: StorySchema } = await import('../schema/story.js');
  const { $schema, ...rest } = z.toJSONSchema(StorySchema);
  // An $id and a title name the contract, so that a consumer can tell which schema a file uses.
  const schema = { $schema, $id: `urn:wireparse:story:${SCHEMA_VERSION}`, title: 'wireparse story', ...rest };
  await writeOut(`${JSON.stringify(schema, null, 2)}\n`);
}

/** `subcommands: false` when the words after `--` are paths whatever they spell. */
export function buildProgram({ subcommands = true } = {}): Command {
  const program = new Command();
  // `--profiles FILE`, loaded before whichever command runs.
  program.hook('preAction', async (_program, action) => {
    await loadUserProfiles(action);
  });
  program
    .name('wireparse')
    .description('Split raw news-wire text into its parts: captions, slug, headline, byline, dateline, body, notes and footer.')
    .version(VERSION, '-V, --version')
    .argument('[paths...]', 'files or folders to read; "-" (or none, with piped input) reads stdin')
    .addOption(formatOption());
  addInputOptions(addColorOption(addNinjsOptions(addParseOptions(program))))
    .option('--full', 'summary format: every body paragraph, not the first three')
    .addOption(new Option('--fields <list>', 'json and ndjson: keep only these fields of each record (comma-separated)').argParser(parseFields).conflicts('compact'))
    .option('--compact', 'json and ndjson: leave out layout, transmission and warnings')
    .option('--no-config', 'read no wireparse.config.json (nor the wireparse key of package.json)')
    .option('--config <file>', 'the configuration file to read, instead of looking for one')
    .addOption(new Option('-o, --out-dir <dir>', 'write one output file per input into <dir>, mirroring folder paths').conflicts('output'))
    .option('--output <file>', 'write the whole output to <file> (what stdout would get), whole or not at all')
    .addOption(new Option('--force', 'with --out-dir or --output: replace existing output files').conflicts('skipExisting'))
    .option('--skip-existing', 'with --out-dir: keep existing output files and skip their inputs (resume a run)')
    .option('-q, --quiet', 'no progress line or final summary on a terminal')
    .showHelpAfterError('(run wireparse --help for usage)')
    .addHelpText('after', MAIN_HELP_AFTER)
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride();

  program.action(async (paths: string[], opts) => {
    const outDir = (opts.outDir as string | undefined) ?? null;
    const output = (opts.output as string | undefined) ?? null;
    if (opts.skipExisting === true && outDir === null) program.error("error: option '--skip-existing' needs --out-dir", { exitCode: EXIT.usage });
    if (opts.force === true && outDir === null && output === null) program.error("error: option '--force' needs --out-dir or --output", { exitCode: EXIT.usage });
    const fields = (opts.fields as StoryField[] | undefined) ?? (opts.compact === true ? COMPACT_FIELDS : null);
    if (fields !== null && opts.format !== 'json' && opts.format !== 'ndjson') {
      program.error(`error: option '${opts.compact === true ? '--compact' : '--fields'}' is for the json and ndjson formats`, { exitCode: EXIT.usage });
    }
    const ninjs = ninjsOptionsOf(opts, program);
    // Output to stdout needs none of output-target.js.
    const target = outDir === null && output === null ? null : await import('./output-target.js');
    const problem = target === null ? null : outDir !== null ? target.outDirProblem(outDir) : target.outputFileProblem(output!, opts.force === true);
    if (problem !== null) program.error(`error: ${printable(problem)}`, { exitCode: EXIT.usage });
    const inputs = inputsOrStdin(paths, program);
    const { configOrUsageError } = await import('./config.js');
    const config = await configOrUsageError(program, opts);
    const parse = await parseOptionsOf(opts, program, config);
    const { Signals, defaultJobs } = await import('./engine.js');
    const signals = new Signals();
    const { runBatch } = await import('./batch.js');
    const single = output === null || target === null ? null : new target.SingleOutput(output, opts.force === true);
    let status: number = await runBatch(inputs, {
      format: opts.format as Format,
      // Colour goes to a terminal (or where --color=always sends it), never into output files.
      color: outDir === null && output === null && colorFor(colorModeOf(opts.color), process.stdout),
      width: outDir === null && output === null ? summaryWidth() : undefined,
      full: opts.full === true,
      fields,
      parse,
      walk: walkOptionsOf(opts),
      outDir,
      force: opts.force === true,
      skipExisting: opts.skipExisting === true,
      jobs: (opts.jobs as number | undefined) ?? defaultJobs(),
      quiet: opts.quiet === true,
      ninjs,
    }, signals);
    const failed = single?.finish() ?? null;
    if (failed !== null) {
      process.stderr.write(`wireparse: ${printable(failed)}\n`);
      status = EXIT.inputError;
    }
    program.setOptionValue('exit', status);
  });
  if (!subcommands) return program;

  program.helpCommand('help [command]', 'show help for a command');
  program
    .command('schema')
    .description('print the JSON Schema of a story (the output contract)')
    .action(async () => {
      await printSchema();
    });

  registerProfilesCommand(program);
  registerCheck(program);
  registerExplain(program);
  return program;
}

/**
 * Whether the first operand comes after `--`: then every word is a path (`wireparse -- schema`
 * reads a file named schema), which commander would otherwise take for a command.
 */
function operandsAfterDoubleDash(args: readonly string[]): boolean {
  // Without a `--` there is nothing to find, and the options need not be built to look.
  if (!args.includes('--')) return false;
  const takesValue = new Set(buildProgram({ subcommands: false }).options.filter((o) => o.required || o.optional).flatMap((o) => [o.short, o.long]));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return true;
    if (arg === '-' || !arg.startsWith('-')) return false;
    if (takesValue.has(arg)) i++;
  }
  return false;
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram({ subcommands: !operandsAfterDoubleDash(argv.slice(2)) });
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
