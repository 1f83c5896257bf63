/**
 * The SARIF 2.1.0 report of `wireparse check`, the format GitHub code scanning and other static
 * analysis viewers read: one run, a rule per problem code met, a result per diagnostic. File
 * locations are URIs relative to the folder the check ran in (`%SRCROOT%`), or `file:` URIs for
 * absolute paths; stdin has none.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeCode } from '../../schema/warnings.js';
import type { Diagnostic } from './check.js';
import type { ReportRun } from './reporters.js';
import { JsonItems } from './spooled.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://www.npmjs.com/package/wireparse';

function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  const rel = relative('.', file).split(sep).map(encodeURIComponent).join('/');
  return { uri: rel, uriBaseId: '%SRCROOT%' };
}

function result(d: Diagnostic, ruleIndex: number, failing: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: d.code,
    ruleIndex,
    // `--strict` makes a warning fail the check: its result says so.
    level: d.level === 'error' || failing ? 'error' : 'warning',
    message: { text: d.message },
  };
  if (d.file !== '-') {
    const physicalLocation: Record<string, unknown> = { artifactLocation: artifactLocation(d.file) };
    if (d.line !== null) physicalLocation.region = { startLine: d.line };
    out.locations = [{ physicalLocation }];
  }
  return out;
}

/**
 * The SARIF log over every input, its results kept in a spool until the end: the rules come
 * before them, and a rule is added where its code is first met. An input's new rules are the
 * run's only once the input ends (one that fails is reported by its problem alone).
 */
export function sarifRun(version: string, fails: (d: Diagnostic) => boolean): ReportRun {
  const rules: Record<string, unknown>[] = [];
  const ruleIndex = new Map<string, number>();
  // Results are items of runs[0].results, four levels deep.
  const results = new JsonItems(4);
  return {
    listsStories: true,
    open: () => {
      const newRules: Record<string, unknown>[] = [];
      const newIndex = new Map<string, number>();
      const found = new JsonItems(4);
      return {
        story: () => {},
        diagnostic: (d) => {
          let index = ruleIndex.get(d.code) ?? newIndex.get(d.code);
          if (index === undefined) {
            index = rules.length + newRules.length;
            newIndex.set(d.code, index);
            const known = describeCode(d.code);
            newRules.push({
              id: d.code,
              shortDescription: { text: known?.description ?? d.code },
              defaultConfiguration: { level: known?.level ?? d.level },
            });
          }
          found.add(result(d, index, fails(d)));
        },
        close: () => {
          for (const rule of newRules) ruleIndex.set(rule.id as string, rules.push(rule) - 1);
          found.appendTo(results);
          return [];
        },
        abort: () => found.discard(),
      };
    },
    end: function* () {
      const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'wireparse', version, informationUri: INFORMATION_URI, rules } },
            originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(`${process.cwd()}${sep}`).href } },
            results: [],
          },
        ],
      };
      const text = JSON.stringify(log, null, 2);
      // `results` is the last member of the run, and the run the last item of runs.
      const at = text.lastIndexOf('[]');
      yield text.slice(0, at);
      yield* results.array();
      yield `${text.slice(at + 2)}\n`;
    },
  };
}
