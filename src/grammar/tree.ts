/**
 * The story tree: what the productions of docs/GRAMMAR.md read from one story segment, kept as
 * a lossless concrete tree of line claims (every line of the segment is claimed exactly once,
 * by one rule, for one part) beside the parts the rules read. src/compose turns it into the
 * output `Story`; `wireparse explain` shows its claims line by line.
 *
 * A claim is the packed part assignment of assignment.ts plus the rule that made it. The rules
 * are the grammar's productions and the dialects' constructs, numbered as their modules load.
 */
import type { Line } from '../lines/line.js';
import type { AgencyProfile } from '../profiles/index.js';
import type { Dialect, Story, StoryWarning, Table } from '../schema/story.js';
import { UNASSIGNED } from './assignment.js';
import type { Byline } from './byline.js';
import type { DatelineMatch } from './dateline/parse.js';
import type { FooterLine } from './footer.js';
import type { Paragraph, ParagraphLayout } from './paragraphs.js';
import type { Transmission } from './transmission.js';

/** What the caller may force or give for one story. */
export interface StoryContext {
  source: string;
  index: number;
  encoding: string;
  /** Forces the dialect instead of detecting it. */
  dialect?: Dialect | undefined;
  /** Forces the agency profile instead of detecting it. */
  profile?: AgencyProfile | undefined;
  /** Resolves dateline years that the copy does not state. */
  referenceDate?: Date | undefined;
}

/** A table by segment line indexes: a dialect's (ANPA backspace rows) or a column layout. */
export interface TableRun {
  first: number;
  last: number;
  rows: string[];
  cells: string[][];
}

/** The display block's parts (GRAMMAR.md section 5), as a dialect or the display rule read them. */
interface DisplayParts {
  slug: string | null;
  headline: string | null;
  deck: string | null;
  byline: Byline | null;
  credit: string | null;
}

/**
 * Where the agency profile comes from. Each source is kept, and `profileOf` says which one wins:
 * a forced profile, then the dateline's agency, then a footer line's, then a glued end marker's,
 * then a credit: a byline crediting the agency (`By The Associated Press`), the credit line under
 * a byline (`c.1998 N.Y. Times News Service`) or the service a feed header names (`ZCZC AAP`).
 */
interface ProfileEvidence {
  forced: AgencyProfile | undefined;
  dateline: AgencyProfile | undefined;
  footer: AgencyProfile | undefined;
  gluedEnd: AgencyProfile | undefined;
  /** An agency named by a copyright or credit line, a sign-off, a byline credit or an e-mail domain. */
  credit: AgencyProfile | undefined;
}

export interface StoryTree {
  /** The segment's lines as read: a dialect may rewrite a line's text, never its raw bytes. */
  lines: readonly Line[];
  /** The segment as it came, before any dialect rewrote a line. */
  readonly segment: readonly Line[];
  /** Per line: the part it went to, packed (assignment.ts); UNASSIGNED until a rule claims it. */
  assigned: number[];
  /** Per line: the rule that claimed it (ruleName), 0 while unclaimed. */
  rules: Uint8Array;
  dialect: Dialect;
  transmission: Transmission | null;
  /** Segment indexes of the story text inside the framing: [from, to). */
  from: number;
  to: number;
  /** Segment indexes of the content lines: not blank, not a caption, not claimed by the dialect. */
  content: number[];
  /** Positions in `content`: the dateline's (-1 when none), the first footer line's, the body's start. */
  datelinePos: number;
  footerPos: number;
  bodyFrom: number;
  dateline: DatelineMatch | null;
  profiles: ProfileEvidence;
  display: DisplayParts;
  flags: string[];
  captions: Story['captions'];
  notes: Story['notes'];
  paragraphs: Paragraph[];
  /**
   * A dialect read the whole display block from the markup (an SGML document's elements): the
   * lines it left are body, even without a headline among them.
   */
  displayRead: boolean;
  /** Forces the paragraph layout of the body (ANPA tab-led copy: one physical line per paragraph). */
  paragraphLayout: ParagraphLayout | undefined;
  /** Tables a dialect read (become one body paragraph each). */
  tableRuns: TableRun[];
  tables: Table[];
  /** Footer lines the common footer rule read, in order. */
  footer: FooterLine[];
  /** Footer lines a dialect read (IPTC sign-off), after those. */
  dialectFooter: FooterLine[];
  warnings: StoryWarning[];
}

export function newTree(segment: readonly Line[], ctx: StoryContext): StoryTree {
  const n = segment.length;
  // A loop, not fill(): `assigned` stays a packed array of small integers.
  const assigned: number[] = [];
  for (let i = 0; i < n; i++) assigned.push(UNASSIGNED);
  const profiles: ProfileEvidence = { forced: ctx.profile, dateline: undefined, footer: undefined, gluedEnd: undefined, credit: undefined };
  // The sources the rules fill in are stored once more here: V8 takes a field that only its
  // object literal has written for a constant, and throws away the optimized code that relied on
  // it (newTree's, profileOf's, footer's) when the first story fills it in, which for a credit
  // or a glued end marker may be thousands of stories into a run.
  profiles.dateline = profiles.footer = profiles.gluedEnd = profiles.credit = undefined;
  return {
    lines: segment,
    segment,
    assigned,
    rules: new Uint8Array(n),
    dialect: 'plain',
    transmission: null,
    from: 0,
    to: n,
    content: [],
    datelinePos: -1,
    footerPos: 0,
    bodyFrom: 0,
    dateline: null,
    profiles,
    display: { slug: null, headline: null, deck: null, byline: null, credit: null },
    flags: [],
    captions: [],
    notes: [],
    paragraphs: [],
    displayRead: false,
    paragraphLayout: undefined,
    tableRuns: [],
    tables: [],
    footer: [],
    dialectFooter: [],
    warnings: [],
  };
}

/** The profile in force: forced, else the dateline's, the footer's, the glued end's, a credit's. */
export function profileOf(tree: StoryTree): AgencyProfile | undefined {
  const p = tree.profiles;
  return p.forced ?? p.dateline ?? p.footer ?? p.gluedEnd ?? p.credit;
}

/**
 * Replaces the tree's lines with `lines`, where one source line may have become several (a line
 * of markup holding several paragraphs); `sourceOf[k]` is the index of the line new line k comes
 * from. The claims made so far and the story text's range go with the lines; every piece of a
 * source line keeps its line number, so `layout` still counts source lines (compose merges them).
 */
export function expandLines(tree: StoryTree, lines: readonly Line[], sourceOf: readonly number[]): void {
  const assigned: number[] = [];
  const rules = new Uint8Array(lines.length);
  let from = lines.length;
  let to = lines.length;
  for (let k = lines.length - 1; k >= 0; k--) {
    const i = sourceOf[k]!;
    if (i >= tree.from) from = k;
    if (i >= tree.to) to = k;
  }
  for (let k = 0; k < lines.length; k++) {
    assigned.push(tree.assigned[sourceOf[k]!]!);
    rules[k] = tree.rules[sourceOf[k]!]!;
  }
  tree.lines = lines;
  tree.assigned = assigned;
  tree.rules = rules;
  tree.from = from;
  tree.to = to;
}

const RULE_NAMES: string[] = [''];

/** Registers a rule name (a production, or a dialect's construct) and returns its number. */
export function rule(name: string): number {
  RULE_NAMES.push(name);
  return RULE_NAMES.length - 1;
}

/** The name of a rule number; '' for an unclaimed line. */
export function ruleName(id: number): string {
  return RULE_NAMES[id] ?? '';
}

/** Claims line `i` for `assignment` by `rule`, over any earlier claim. */
export function claim(tree: StoryTree, i: number, assignment: number, by: number): void {
  tree.assigned[i] = assignment;
  tree.rules[i] = by;
}

/** Claims line `i` only if no rule has claimed it yet. */
export function claimFree(tree: StoryTree, i: number, assignment: number, by: number): void {
  if (tree.assigned[i] === UNASSIGNED) claim(tree, i, assignment, by);
}
