/**
 * The `wireparse check` subcommand: options, exit status, output.
 * Exit status: 0 clean, 1 an error (or with --strict a warning) was found, 2 usage error.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { addColorOption, colorFor, colorModeOf } from '../color.js';
import { CHECK_HELP_AFTER } from '../help.js';
import { addInputOptions, walkOptionsOf } from '../input-options.js';
import { addParseOptions, inputsOrStdin, oneOf, parseOptionsOf } from '../options.js';
import { writeOut } from '../stdout.js';
import { VERSION } from '../version.js';
import { REQUIRABLE_PARTS, type RequirablePart } from '../../schema/warnings.js';
import type { CheckSummary, Diagnostic, ReportFeed } from './check.js';
import { fails, feedReport, REPORTERS, reportRun, type FileWriter, type ReporterName } from './reporters.js';
import { printable } from '../printable.js';
import { addThresholdOptions, applyThresholds } from './thresholds.js';

export const CHECK_EXIT = { clean: 0, problems: 1, usage: 2 } as const;

function parseRequire(value: string, previous: RequirablePart[] = []): RequirablePart[] {
  const parts = value.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const unknown = parts.filter((p) => !(REQUIRABLE_PARTS as readonly string[]).includes(p));
  if (unknown.length > 0 || parts.length === 0) {
    throw new InvalidArgumentError(`the parts are ${REQUIRABLE_PARTS.join(', ')}.`);
  }
  return [...new Set([...previous, ...(parts as RequirablePart[])])];
}

/** Adds `check` to the program; its exit status goes to the program's `exit` option value. */
export function registerCheck(program: Command): void {
  // `check` has options of the same names as the program's (--dialect, --encoding, ...); without
  // positional options the program would take them even when they follow `check`.
  program.enablePositionalOptions();
  const check = program
    .command('check')
    .description('parse inputs and report their problems without printing stories (for CI)')
    .argument('[paths...]', 'files or folders to check; "-" (or none, with piped input) reads stdin')
    .option('--require <parts>', `make a missing part an error (comma-separated: ${REQUIRABLE_PARTS.join(', ')})`, parseRequire)
    .addOption(new Option('--reporter <name>', `report format: ${REPORTERS.join(', ')}`).argParser(oneOf(REPORTERS)).default('text'))
    .option('--strict', 'warnings fail the check too');
  addThresholdOptions(addInputOptions(addColorOption(addParseOptions(check))))
    .showHelpAfterError('(run wireparse check --help for usage)')
    .addHelpText('after', CHECK_HELP_AFTER)
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride()
    .action(async (paths: string[], opts, command: Command) => {
      const inputs = inputsOrStdin(paths, command);
      const { configOrUsageError } = await import('../config.js');
      const config = await configOrUsageError(command, opts);
      const parse = await parseOptionsOf(opts, command, config);
      const thresholds = applyThresholds(opts, config);
      // The engine (and the parser) is loaded only when `check` runs, as the program's other commands do.
      const { Signals, defaultJobs } = await import('../engine.js');
      const signals = new Signals();
      const { checkPaths } = await import('./check.js');
      const ctx = { strict: opts.strict === true, color: colorFor(colorModeOf(opts.color), process.stdout), version: VERSION };
      const out = reportRun(opts.reporter as ReporterName, ctx);
      const summary: CheckSummary = { files: 0, stories: 0, errors: 0, warnings: 0 };
      let failed = false;
      // The input being read in this thread, fed to the report as it is read: what the run counts
      // of it (numbers, and its few file-wide problems) is taken once it ends.
      interface Open extends ReportFeed {
        writer: FileWriter;
        errors: number;
        warnings: number;
        failing: boolean;
        fileWide: Diagnostic[];
      }
      const open = (file: string): Open => {
        const writer = out.open(file);
        const input: Open = {
          writer,
          errors: 0,
          warnings: 0,
          failing: false,
          fileWide: [],
          story: (story) => writer.story(story),
          diagnostic: (d) => {
            if (!thresholds.keeps(d)) return;
            if (d.level === 'error') input.errors++;
            else input.warnings++;
            input.failing ||= fails(d, ctx);
            if (d.story === null) input.fileWide.push(d);
            writer.diagnostic(d);
          },
        };
        return input;
      };
      let reading: Open | null = null;
      const how = await checkPaths(
        inputs,
        {
          require: (opts.require as RequirablePart[] | undefined) ?? config.require ?? [],
          parse,
          listStories: out.listsStories,
          walk: walkOptionsOf(opts),
          jobs: (opts.jobs as number | undefined) ?? defaultJobs(),
          signals,
        },
        async (found) => {
          let input: Open;
          if (found.streamed === true) input = reading!;
          else {
            // A report that came whole: a worker's, or one that replaces what its input fed (it failed).
            reading?.writer.abort();
            input = open(found.report.file);
            feedReport(input, found.report);
          }
          reading = null;
          summary.files++;
          summary.stories += found.stories;
          summary.errors += input.errors;
          summary.warnings += input.warnings;
          failed ||= input.failing;
          // Problems with a file as a whole also go to stderr, so that they are seen when the report
          // goes to a file.
          for (const d of input.fileWide) process.stderr.write(`wireparse: ${printable(d.file)}: ${d.level}: ${d.message}\n`);
          for (const piece of input.writer.close()) await writeOut(piece);
        },
        (job) => (reading = open(job.path)),
      );
      if (how === 'signal') {
        process.stderr.write('wireparse: interrupted\n');
        process.exit(signals.code!);
      }
      signals.dispose();
      for (const piece of out.end(summary)) await writeOut(piece);
      const overThresholds = thresholds.problems(summary);
      for (const problem of overThresholds) process.stderr.write(`wireparse: ${problem}\n`);
      program.setOptionValue('exit', failed || overThresholds.length > 0 ? CHECK_EXIT.problems : CHECK_EXIT.clean);
    });
}
