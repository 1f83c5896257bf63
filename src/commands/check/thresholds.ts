/**
 * What `check` lets pass, as eslint's options do: `--ignore-warning CODE` drops a code from the
 * report, `--max-warnings N` fails a run with more warnings than N, and a run in which no input
 * held a story fails unless `--allow-empty` (an empty stdin or a glob that matched nothing would
 * otherwise pass CI while checking nothing). The configuration file may set the first two.
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { Config } from '../config.js';
import { ALL_CODES } from '../../schema/warnings.js';
import type { CheckSummary, Diagnostic } from './check.js';

function collectCodes(value: string, previous: string[] = []): string[] {
  const codes = value.split(',').map((c) => c.trim()).filter((c) => c !== '');
  const known = new Set(ALL_CODES.map((c) => c.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length > 0 || codes.length === 0) throw new InvalidArgumentError(`unknown code ${unknown.join(', ')}; the README lists the codes.`);
  return [...previous, ...codes];
}

function parseCount(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError('wants a whole number from 0.');
  return Number(value);
}

export function addThresholdOptions(command: Command): Command {
  return command
    .option('--ignore-warning <code>', 'leave a problem code out of the report (repeatable, or comma-separated)', collectCodes)
    .option('--max-warnings <n>', 'fail when there are more than n warnings', parseCount)
    .option('--allow-empty', 'pass when no input holds a story (no input, empty stdin, an empty folder)')
    .option('--no-config', 'read no wireparse.config.json (nor the wireparse key of package.json)')
    .option('--config <file>', 'the configuration file to read, instead of looking for one');
}

export interface Thresholds {
  /** Whether a diagnostic stays in the report (its code is not ignored). */
  keeps(d: Diagnostic): boolean;
  /** Why the run fails beyond its diagnostics: too many warnings, nothing checked. */
  problems(summary: CheckSummary): string[];
}

export function applyThresholds(opts: Record<string, unknown>, config: Config): Thresholds {
  const allowEmpty = opts.allowEmpty === true;
  const ignored = new Set((opts.ignoreWarning as string[] | undefined) ?? config.ignoreWarnings ?? []);
  // With --allow-empty, a folder or glob that gives no file is what was allowed.
  if (allowEmpty) ignored.add('no-input-files');
  const max = (opts.maxWarnings as number | undefined) ?? config.maxWarnings;
  return {
    keeps: (d) => !ignored.has(d.code),
    problems: (summary) => {
      const out: string[] = [];
      if (max !== undefined && summary.warnings > max) out.push(`${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, more than --max-warnings ${max}`);
      // Said only when nothing else failed the run: an input that could not be read says it better.
      if (!allowEmpty && summary.stories === 0 && summary.errors === 0) out.push('no input held a story: nothing was checked (--allow-empty lets that pass)');
      return out;
    },
  };
}
