/**
 * Reads the executable examples of a Markdown document (docs/GRAMMAR.md), the way the CommonMark
 * spec's examples are read by markdown parsers' test suites.
 *
 * An example is a fenced block whose info string is `example`: the input, a line holding only
 * `.`, then the expected result as JSON. The expected JSON is a partial story (only the keys it
 * gives are compared) or an array of partial stories (one per story in the input). In the input,
 * `→` stands for a tab and `<SOH>`, `<STX>`, `<ETX>`, `<EOT>`, `<ENQ>`, `<SYN>`, `<US>`, `<FF>`,
 * `<DEL>`, `<CR>`, `<BS>`, `<DC1>`-`<DC4>`, `<FS>` for those control characters, so that framing can be written down.
 */
import { readFileSync } from 'node:fs';

export interface GrammarExample {
  /** 1-based number in document order. */
  number: number;
  /** The heading the example sits under. */
  section: string;
  /** Line of the opening fence in the document. */
  line: number;
  input: string;
  expected: unknown;
}

const CONTROLS: Record<string, string> = {
  SOH: '\u0001', STX: '\u0002', ETX: '\u0003', EOT: '\u0004', ENQ: '\u0005', SYN: '\u0016',
  US: '\u001f', FF: '\u000c', DEL: '\u007f', CR: '\r', BS: '\b',
  DC1: '\u0011', DC2: '\u0012', DC3: '\u0013', DC4: '\u0014', FS: '\u001c',
};

export function decodeExampleInput(text: string): string {
  return text.replace(/→/g, '\t').replace(/<(SOH|STX|ETX|EOT|ENQ|SYN|US|FF|DEL|CR|BS|DC1|DC2|DC3|DC4|FS)>/g, (_, name: string) => CONTROLS[name]!);
}

export function readExamples(path: string): GrammarExample[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const examples: GrammarExample[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) section = heading[1]!.trim();
    if (!/^````* *example\s*$/.test(line)) continue;
    const fence = /^`+/.exec(line)![0];
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== fence; i++) body.push(lines[i]!);
    const dot = body.indexOf('.');
    if (dot < 0) throw new Error(`${path}:${start + 1}: example without a "." line`);
    examples.push({
      number: examples.length + 1,
      section,
      line: start + 1,
      input: decodeExampleInput(body.slice(0, dot).join('\n')),
      expected: JSON.parse(body.slice(dot + 1).join('\n')),
    });
  }
  return examples;
}
