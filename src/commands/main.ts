/**
 * The command line: `wireparse [options] [paths...]`, `wireparse schema`, `wireparse profiles`.
 * Exit codes: 0 success, 1 an input could not be read or parsed, 2 usage error.
 */
import { Command, CommanderError, Option } from 'commander';
import type { Format } from '../render/formats.js';
import { registerCheck } from './check/command.js';
import { EXIT } from './exit-codes.js';
import { addParseOptions, formatOption, inputsOrStdin, parseOptionsOf } from './options.js';
import { writeOut } from './stdout.js';
import { VERSION } from './version.js';

// The parser, the renderers (chalk) and the schema (zod) are imported when a command needs them:
// `wireparse --version` and `--help` load commander only.

export { EXIT };

function colorWanted(flag: boolean): boolean {
  if (!flag) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true;
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
    .addOption(formatOption());
  addParseOptions(program)
    .option('--no-color', 'no colour in the summary format (so does the NO_COLOR variable)')
    .option('-o, --out-dir <dir>', 'write one output file per input into <dir>, mirroring folder paths')
    .addOption(new Option('--force', 'with --out-dir: replace existing output files').conflicts('skipExisting'))
    .option('--skip-existing', 'with --out-dir: keep existing output files and skip their inputs (resume a run)')
    .option('-q, --quiet', 'no progress line or final summary on a terminal')
    .showHelpAfterError('(run wireparse --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride();

  program.action(async (paths: string[], opts) => {
    if ((opts.force === true || opts.skipExisting === true) && opts.outDir === undefined) {
      program.error(`error: option '${opts.force === true ? '--force' : '--skip-existing'}' needs --out-dir`, { exitCode: EXIT.usage });
    }
    const inputs = inputsOrStdin(paths, program);
    const parse = await parseOptionsOf(opts, program);
    const { Signals, defaultJobs } = await import('./engine.js');
    const signals = new Signals();
    const { runBatch } = await import('./batch.js');
    program.setOptionValue('exit', await runBatch(inputs, {
      format: opts.format as Format,
      color: colorWanted(opts.color as boolean),
      parse,
      outDir: (opts.outDir as string | undefined) ?? null,
      force: opts.force === true,
      skipExisting: opts.skipExisting === true,
      jobs: (opts.jobs as number | undefined) ?? defaultJobs(),
      quiet: opts.quiet === true,
    }, signals));
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
