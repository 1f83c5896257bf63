/**
 * `wireparse explain [paths...]`: every input line, numbered, with the part it was given, the rule
 * that claimed it (a production of docs/GRAMMAR.md or a dialect's construct), and the dialect and
 * profile of its story. Plain text (coloured on a terminal) or, with --json, one JSON document per
 * input whose `lines` list every line of the input.
 * Exit status: 0 explained, 1 an input could not be read, 2 usage error.
 */
import { readFile } from 'node:fs';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { EXIT } from '../exit-codes.js';
import { printable } from '../printable.js';
import { addParseOptions, inputsOrStdin, parseOptionsOf } from '../options.js';
import { writeOut } from '../stdout.js';

// node:fs/promises would load modules of its own (readline among them) with every command.
const readFileOf = promisify(readFile);

async function readInput(path: string): Promise<Uint8Array> {
  if (path !== '-') return readFileOf(path);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Adds `explain` to the program; its exit status goes to the program's `exit` option value. */
export function registerExplain(program: Command): void {
  program.enablePositionalOptions();
  const explain = program
    .command('explain')
    .description('show each input line with its part and the grammar rule that claimed it')
    .argument('[paths...]', 'files to explain; "-" (or none, with piped input) reads stdin')
    .option('--json', 'one JSON document per input, listing every line')
    .option('--no-color', 'no colour on a terminal (so does the NO_COLOR variable)');
  addParseOptions(explain)
    .showHelpAfterError('(run wireparse explain --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride()
    .action(async (paths: string[], opts, command: Command) => {
      const inputs = inputsOrStdin(paths, command);
      const { explainBytes } = await import('../../pipeline/explain.js');
      const { explanationJson, explanationText } = await import('./render.js');
      const color = opts.color === true && process.stdout.isTTY === true && !process.env.NO_COLOR;
      const parse = await parseOptionsOf(opts, command);
      let exit: number = EXIT.ok;
      for (const path of inputs) {
        let bytes: Uint8Array;
        try {
          bytes = await readInput(path);
        } catch (err) {
          process.stderr.write(`wireparse: ${printable(path)}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}\n`);
          exit = EXIT.inputError;
          continue;
        }
        const explained = explainBytes(bytes, { ...parse, source: path });
        await writeOut(opts.json === true ? explanationJson(path, explained) : explanationText(path, explained, color));
      }
      program.setOptionValue('exit', exit);
    });
}
