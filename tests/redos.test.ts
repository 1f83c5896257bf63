/**
 * No regular expression in src/ can be driven into super-linear time (ReDoS).
 *
 * 1. Static: every regex literal in src/ and every pattern built at run time (`new RegExp`) is
 *    analysed with scslre, which finds quantifiers that trade characters (`\s*\|?\s*`), nest
 *    (`(a+)+`) or make an unanchored scan restart at every position (`\s*x$`).
 * 2. Dynamic: adversarial inputs aimed at each construct (long runs of the characters its
 *    patterns repeat, with the suffix that makes them fail) are parsed at 1x and 10x their size;
 *    linear work gives a time ratio near 10, quadratic work near 100. The ratio, not the time, is
 *    asserted, and each size is timed several times keeping the fastest, so that a busy machine
 *    does not fail the test. (The paragraph joiner once rescanned the whole paragraph for every
 *    line appended: 'one-character lines' took 42 s for 320,000 characters.)
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { analyse } from 'scslre';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DAY_MONTH, MONTH_DAY } from '../src/dates/iso.js';
import { DATELINE_FORMS } from '../src/grammar/dateline/forms.js';
import { CHROME } from '../src/profiles/chrome.js';
import { ANY_ALIAS } from '../src/profiles/index.js';
import { BLOCK_EDGE, ENDS_BLOCK, OPENS_BLOCK, openingRole } from '../src/grammar/dialects/elements.js';
import { HTML_EVIDENCE } from '../src/grammar/dialects/html.js';
import { DATE_TIME_GROUP } from '../src/grammar/transmission.js';
import { parseText } from '../src/pipeline/parse.js';
import { loadProfileFile } from '../src/profiles/user-file.js';
import { filesBelow } from './support/walk.js';

const srcRoot = new URL('../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return filesBelow(dir).filter((path) => path.endsWith('.ts'));
}

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

/** Regex literals, and the number of patterns built at run time (`new RegExp`, or a twin or gate not written whole), of every source file. */
function scanSources(): { literals: FoundRegex[]; constructed: Map<string, number> } {
  const literals: FoundRegex[] = [];
  const constructed = new Map<string, number>();
  for (const path of sourceFiles(srcRoot)) {
    const file = relative(srcRoot, path);
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        literals.push({ where: `${file}:${line}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      const written = writtenTwin(node, sf);
      if (written !== null) literals.push({ where: `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`, ...written });
      else if (ts.isNewExpression(node) && ['RegExp', 'TwinPattern', 'OpeningGate'].includes(node.expression.getText(sf))) constructed.set(file, (constructed.get(file) ?? 0) + 1);
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, constructed };
}

/**
 * A pattern written whole in the source for a twin or an opening gate, `new TwinPattern(String.raw\`...\`,
 * 'u')`, `new OpeningGate('chars', String.raw\`...\`, 'i')`: its source and flags, analysed as a
 * literal's are; null for any other node.
 */
function writtenTwin(node: ts.Node, sf: ts.SourceFile): { source: string; flags: string } | null {
  if (!ts.isNewExpression(node)) return null;
  const kind = node.expression.getText(sf);
  if (kind !== 'TwinPattern' && kind !== 'OpeningGate') return null;
  const [source, flags] = (node.arguments ?? []).slice(kind === 'OpeningGate' ? 1 : 0);
  if (source === undefined || !ts.isTaggedTemplateExpression(source) || source.tag.getText(sf) !== 'String.raw') return null;
  if (!ts.isNoSubstitutionTemplateLiteral(source.template)) return null;
  if (flags !== undefined && !ts.isStringLiteral(flags)) return null;
  if (flags === undefined && kind === 'TwinPattern') return null;
  return { source: source.template.rawText ?? source.template.text, flags: flags?.text ?? '' };
}

/**
 * Reports scslre makes that cannot happen, each with the reason:
 * - one character class repeated (`\s+`, `[;\t]+`, `` `+ ``): a match, once started, never fails,
 *   so no part of the input is scanned twice;
 * - the table patterns: a run of spaces or dots fails only while shorter than its minimum (two
 *   spaces, four dots), so a failing attempt costs a few steps; longer runs always match
 *   (`\S ?\.{4,} ?\S` gives a dot back to the final `\S`). The 'table' inputs below time them.
 */
function harmless(r: FoundRegex): boolean {
  if (/^(?:\\s|\[[^\]]*\]|`)\+$/.test(r.source) && !r.flags.includes('y')) return true;
  return r.where.startsWith('grammar/tables.ts:') && [String.raw`\S ?\.{4,} ?\S`, String.raw` {2,}| ?\.{4,} ?`].includes(r.source);
}

function problems(r: FoundRegex): string[] {
  const result = analyse({ source: r.source, flags: r.flags }, { assumeRejectingSuffix: true });
  return result.reports.map((rep) => `${r.where} /${r.source.slice(0, 80)}/${r.flags}: ${rep.type} on ${JSON.stringify(rep.character.pick)}${rep.exponential ? ' (exponential)' : ''}`);
}

describe('static analysis of every regex in src/', () => {
  const { literals, constructed } = scanSources();

  it('finds the regex literals', () => {
    expect(literals.length).toBeGreaterThan(50);
  });

  it('no regex literal backtracks super-linearly', () => {
    expect(literals.filter((r) => !harmless(r)).flatMap(problems)).toEqual([]);
  });

  // Patterns built at run time are analysed in their final form; this table must list every
  // file that builds one, so that a new `new RegExp` cannot escape the analysis.
  const runtime: Record<string, RegExp[]> = {
    'dates/iso.ts': [MONTH_DAY, DAY_MONTH].flatMap((twin) => [twin.unicode, twin.ascii]),
    // The union of the profiles' footer and glued-end patterns, each analysed above as a literal.
    'profiles/any-of.ts': [],
    'profiles/chrome.ts': CHROME.map((gate) => gate.pattern),
    // Every alias of every profile as a whole word.
    'profiles/index.ts': [ANY_ALIAS.unicode, ANY_ALIAS.ascii],
    // The block patterns, and an element's end-tag pattern as openingRole builds it.
    'grammar/dialects/elements.ts': [OPENS_BLOCK, ENDS_BLOCK, BLOCK_EDGE, openingRole('<media-caption class="x">')!.close],
    'grammar/dialects/html.ts': [HTML_EVIDENCE],
    'grammar/transmission.ts': [DATE_TIME_GROUP.unicode, DATE_TIME_GROUP.ascii],
    // Both twins of each form (text/ascii-twin.ts), which builds what its callers give it.
    'text/ascii-twin.ts': [],
    // Each construct's pattern behind its opening gate, written as String.raw and analysed above
    // as a literal (the gate is a look-ahead of one character class in front of it).
    'text/opening-gate.ts': [],
    // A user's patterns from a --profiles file are the user's; the invented agency's are analysed.
    'profiles/file-form.ts': loadProfileFile(new URL('../fixtures/profiles/kestrel.yaml', import.meta.url).pathname).flatMap((p) => [
      ...p.footer.map((rule) => rule.line), ...p.gluedEnd, ...p.agencyBylines, ...p.captionCredits,
    ]),
    'grammar/dateline/forms.ts': DATELINE_FORMS.flatMap((f) => [f.pattern, f.fromDay].flatMap((twin) => (twin ? [twin.unicode, twin.ascii] : []))),
  };

  it('every file that builds a RegExp at run time is in the table', () => {
    expect([...constructed.keys()].sort()).toEqual(Object.keys(runtime).sort());
  });

  it('no pattern built at run time backtracks super-linearly', () => {
    const found = Object.entries(runtime).flatMap(([file, patterns]) =>
      patterns.map((re, i) => ({ where: `${file} #${i}`, source: re.source, flags: re.flags })),
    );
    expect(found.flatMap(problems)).toEqual([]);
  });
});

// -- dynamic ----------------------------------------------------------------------------------------

/**
 * Milliseconds of CPU time `fn` takes in this process: time spent waiting for a core that other
 * processes hold does not count, as wall time would (vitest runs its test files side by side).
 */
function timed(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * CPU time(10x) / CPU time(1x) for parsing `make(n)`. The 1x size is raised until a warm parse
 * takes 25 ms, so that the ratio is not timer noise; the two sizes are timed alternately, keeping
 * the fastest of each, so that load from other processes hits both alike.
 */
function growth(make: (n: number) => string): { ratio: number; n: number } {
  let n = 2_000;
  let small = make(n);
  parseText(small);
  while (Math.min(timed(() => parseText(small)), timed(() => parseText(small))) < 25 && n < 4_000_000) {
    n *= 2;
    small = make(n);
  }
  const large = make(n * 10);
  let tSmall = Infinity;
  let tLarge = Infinity;
  for (let round = 0; round < 3; round++) {
    tSmall = Math.min(tSmall, timed(() => parseText(small)), timed(() => parseText(small)));
    tLarge = Math.min(tLarge, timed(() => parseText(large)));
  }
  return { ratio: tLarge / tSmall, n };
}

const spaces = (n: number) => ' '.repeat(n);

/** Each input aims at one construct: a run of the character its patterns repeat, then a failing suffix. */
const ADVERSARIAL: Record<string, (n: number) => string> = {
  'image cell: | then spaces': (n) => `head\n\n|${spaces(n)}x\n`,
  'image cell: ![]() then spaces': (n) => `head\n\n![](a.jpg)${spaces(n)}x\n`,
  'caption row: | ▲ then spaces': (n) => `![](a.jpg)\n| ▲${spaces(n)}x\n`,
  'caption line: ▲ spaces U+2028': (n) => `head\n\n▲${spaces(n)}\u2028\n`,
  'caption credit groups: (a)(a)...': (n) => `▲ caption${' (a)'.repeat(n / 4)} x\n`,
  'headline: spaces before =': (n) => `x${spaces(n)}y =\nSEOUL, Oct. 30 (Yonhap) -- Body.\n`,
  'glued end: spaces then not REUTER': (n) => `HEADLINE\n    NEW YORK, Feb 26 - Body${spaces(n)}x\n`,
  'glued end: spaces then not (END)': (n) => `HEADLINE\nSEOUL, Oct. 30 (Yonhap) -- Body${spaces(n)}(EN\n`,
  'footer email: (( and many @': (n) => `HEADLINE\nBody.\n((${'@'.repeat(n)}\n`,
  'footer email: ;;; unwrap': (n) => `HEADLINE\nBody.\n(a@b.cc${';'.repeat(n)}x)\n`,
  'footer rules: contributed report U+2028': (n) => `HEADLINE\nBody.\n${'contributed report '.repeat(n / 19)}\u2028x\n`,
  'dateline: long place words': (n) => `HEADLINE\n${'ABC '.repeat(n / 4)}, Oct. 30 (Yonhap) -- Body.\n`,
  'dateline: korean spaces': (n) => `제목\n(서울=연합뉴스)${spaces(n)}x\n`,
  'byline: By and spaces': (n) => `HEADLINE\nBy${spaces(n)}x.\nBody.\n`,
  'flags: ((((': (n) => `${'('.repeat(n)}\nBody.\n`,
  'notes: Eds spaces': (n) => `HEADLINE\n(${spaces(n)}eds\nBody.\n`,
  'transmission: SOH and US runs': (n) => `\u0016\u0016\u0001a1234\u001f${'x'.repeat(n)}\n\u0002HEAD\nBody\n`,
  'iptc keyword: slashes': (n) => `\u0001${'a/'.repeat(n / 2)}\n\u0002HEAD\nBody\n`,
  'one line, no newline': (n) => 'word '.repeat(n / 5),
  'one-character lines': (n) => 'a\n'.repeat(n / 2),
  'blank-separated paragraphs': (n) => 'Some text here.\n\n'.repeat(n / 17),
  'end markers back to back': (n) => 'HEADLINE\nBody.\n(END)\n'.repeat(n / 20),
  'white space only': (n) => ' \t'.repeat(n / 2),
  'table: a dotted run that never leads to a cell': (n) => `HEADLINE\nBody.\nItem ${'.'.repeat(n)} \nItem . ${'. '.repeat(n / 2)}\n`,
  'table: single spaces between words': (n) => `HEADLINE\nBody.\n${'a '.repeat(n / 2)}\n`,
  'byline credit: spaces before =': (n) => `Headline here\nBy Jane Roe\nAssociated Press${spaces(n)}x\nBody text.\n`,
  'html: many blocks on one line': (n) => `Headline\n${'<p>a</p>'.repeat(n / 8)}\n`,
  'html: a run of < in a paragraph': (n) => `Headline\n<p>${'<'.repeat(n)}x</p>\n`,
  'html: a caption element of many lines': (n) => `Headline\n<p>Body.</p>\n<BILDTEXT>\n${'<P>a b</P>\n'.repeat(n / 11)}</BILDTEXT>\n`,
  'footer: a run of ( above a wrapped line': (n) => `HEADLINE\nBody.\n${'(\n'.repeat(n / 2)}x)\n`,
  'display: a version note never closed': (n) => `HEADLINE\n(Adds x\n${'y\n'.repeat(n / 2)}`,
  'scrape: glued sentences': (n) => `제목\n${'있다.일'.repeat(n / 4)}\n`,
  'scrape: space runs': (n) => `HEADLINE\n${'said.    The'.repeat(n / 12)}\n`,
  'scrape: comma breaks': (n) => `HEADLINE\n${'said.,The'.repeat(n / 9)}\n`,
  'scrape: caption credits': (n) => `HEADLINE\n${'밝혔다. 사진[부산시 제공]    '.repeat(n / 20)}\n`,
  'scrape: caption datelines': (n) => `HEADLINE\n${'(부산=연합뉴스) 시장이 '.repeat(n / 14)}[부산시 제공]    x\n`,
  'scrape: e-mail runs': (n) => `HEADLINE\nBody.${'a.'.repeat(n / 2)}@\n`,
  'scrape: glued dateline marks': (n) => `${'A (B) - '.repeat(n / 8)}\nBody.\n`,
  'arabic dateline: long place': (n) => `عنوان\n${'مدينة '.repeat(n / 6)}(أ ف ب x\n`,
};

describe('parse time grows linearly with input size', () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(name, () => {
      // Linear: about 10 (measured 10-14 here). Quadratic: up to 100, depending on how much of
      // the 1x time the quadratic part already is (the old paragraph joiner measured 32). A
      // very busy machine has pushed a linear ratio past 25 once in a while (caches and cores
      // shared): a ratio that high is measured twice more, keeping the lowest. Quadratic work
      // stays high every time; a passing load does not.
      let best = growth(make);
      for (let again = 0; again < 2 && best.ratio >= 25; again++) {
        const next = growth(make);
        if (next.ratio < best.ratio) best = next;
      }
      expect(best.ratio, `1x = ${best.n} characters`).toBeLessThan(25);
    });
  }
});
