/**
 * The options that say which files a folder or glob argument stands for (inputs.ts), and how
 * many are read at once, shared by the default command and `check`.
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { WalkOptions } from './inputs.js';

/** A repeatable option whose values may also be comma-separated: `--ext txt,nws --ext xml`. */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')];
}

function parseJobs(value: string): number {
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new InvalidArgumentError('wants a whole number from 1.');
  return Number(value);
}

export function addInputOptions(command: Command): Command {
  return command
    .option('--hidden', 'walk hidden files and folders too (version-control folders never)')
    .option('--no-ignore', 'do not honour .gitignore and .ignore files')
    .option('--include <glob>', 'in folders, read only files matching a glob (repeatable; no "/": matches the name)', collect)
    .option('--exclude <glob>', 'in folders, leave out files and folders matching a glob (repeatable)', collect)
    .option('--ext <list>', 'in folders, read only these extensions (comma-separated: txt,nws)', collect)
    .option('-j, --jobs <n>', 'files read in parallel (default: 1 on up to two cores, else one fewer than the cores)', parseJobs);
}

export function walkOptionsOf(opts: Record<string, unknown>): WalkOptions {
  return {
    hidden: opts.hidden === true,
    ignoreFiles: opts.ignore !== false,
    include: (opts.include as string[] | undefined) ?? [],
    exclude: (opts.exclude as string[] | undefined) ?? [],
    extensions: (opts.ext as string[] | undefined) ?? [],
  };
}
