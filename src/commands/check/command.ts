/**
 * The `wireparse check` subcommand: options, exit status, output.
 * Exit status: 0 clean, 1 an error (or with --strict a warning) was found, 2 usage error.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { addColorOption, colorFor, colorModeOf } from '../color.js';
import { CHECK_HELP_AFTER } from '../help.js';
import { addInputOptions, walkOptionsOf } from '../input-options.js';
import { addParseOptions, inputsOrStdin, parseOptionsOf } from '../parse-options.js';
import { writeOut } from '../stdout.js';
import { VERSION } from '../version.js';
import { REQUIRABLE_PARTS, type RequirablePart } from '../../schema/warnings.js';
import type { CheckOptions, FileReport } from './check.js';
import { fails, REPORTERS, reporter, type ReporterName } from './reporters.js';
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
    .addOption(new Option('--reporter <name>', 'report format').choices(REPORTERS).default('text'))
    .option('--strict', 'warnings fail the check too');
  addThresholdOptions(addInputOptions(addColorOption(addParseOptions(check))))
    .showHelpAfterError('(run wireparse check --help for usage)')
    .addHelpText('after', CHECK_HELP_AFTER)
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride()
    .action(async (paths: string[], opts, command: Command) => {
      const inputs = inputsOrStdin(paths, command);
      const { configOrUsageError, mergeParseOptions } = await import('../config.js');
      const config = await configOrUsageError(command, opts);
      // The parser is loaded only when `check` runs, as the program's other commands do.
      const { checkPaths, summarize } = await import('./check.js');
      const options: CheckOptions = {
        require: (opts.require as RequirablePart[] | undefined) ?? config.require ?? [],
        parse: mergeParseOptions(config, parseOptionsOf(opts)),
        walk: walkOptionsOf(opts),
      };
      const thresholds = applyThresholds(opts, config);
      const ctx = { strict: opts.strict === true, color: colorFor(colorModeOf(opts.color), process.stdout), version: VERSION };
      const out = reporter(opts.reporter as ReporterName, ctx);
      const reports: FileReport[] = [];
      await checkPaths(inputs, options, async (found) => {
        const report = thresholds.filter(found);
        reports.push(report);
        // Problems with a file as a whole also go to stderr, so that they are seen when the report
        // goes to a file.
        for (const d of report.diagnostics) if (d.story === null) process.stderr.write(`wireparse: ${d.file}: ${d.level}: ${d.message}\n`);
        await writeOut(out.file(report));
      });
      const summary = summarize(reports);
      await writeOut(out.end(reports, summary));
      const failed = reports.some((r) => r.diagnostics.some((d) => fails(d, ctx)));
      const overThresholds = thresholds.problems(summary);
      for (const problem of overThresholds) process.stderr.write(`wireparse: ${problem}\n`);
      program.setOptionValue('exit', failed || overThresholds.length > 0 ? CHECK_EXIT.problems : CHECK_EXIT.clean);
    });
}
