/**
 * The SARIF 2.1.0 report of `wireparse check`, the format GitHub code scanning and other static
 * analysis viewers read: one run, a rule per problem code met, a result per diagnostic. File
 * locations are URIs relative to the folder the check ran in (`%SRCROOT%`), or `file:` URIs for
 * absolute paths; stdin has none.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeCode } from '../../schema/warnings.js';
import type { Diagnostic, FileReport } from './check.js';

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

/** The whole SARIF log for the reports, as text. */
export function renderSarif(reports: readonly FileReport[], version: string, fails: (d: Diagnostic) => boolean): string {
  const rules: Record<string, unknown>[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Record<string, unknown>[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      let index = ruleIndex.get(d.code);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(d.code, index);
        const known = describeCode(d.code);
        rules.push({
          id: d.code,
          shortDescription: { text: known?.description ?? d.code },
          defaultConfiguration: { level: known?.level ?? d.level },
        });
      }
      results.push(result(d, index, fails(d)));
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'wireparse', version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(`${process.cwd()}${sep}`).href } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
