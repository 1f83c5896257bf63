/**
 * compose: the story tree (src/grammar/tree.ts) → the output Story. Resolves the dateline's ISO
 * date, names the agency from the profile in force, adds the story-level warnings, and writes the
 * claims as `layout` runs. Everything the output keeps is made here.
 */
import { readYear } from '../dates/iso.js';
import { indexOf, partOf, reasonOf } from '../grammar/assignment.js';
import { slugOfKeyword } from '../grammar/transmission.js';
import { profileOf, type StoryContext, type StoryTree } from '../grammar/tree.js';
import type { LayoutEntry, Story, StoryWarning } from '../schema/story.js';
import { composeFooter } from './footer.js';
import { SCHEMA_VERSION } from '../schema/schema-version.js';

export function compose(tree: StoryTree, ctx: StoryContext): Story {
  const { lines, display, transmission, paragraphs, warnings } = tree;
  const profile = profileOf(tree);
  const dateline = composeDateline(tree, ctx);
  if (dateline === null && paragraphs.length > 0) {
    warnings.push({ code: 'no-dateline', message: 'no dateline found at the start of the body', line: lines[paragraphs[0]!.first]!.no });
  }
  if (display.headline === null) warnings.push({ code: 'no-headline', message: 'no headline found', line: null });
  if (paragraphs.length === 0 && tree.content.length > 0) warnings.push({ code: 'no-body', message: 'story has no body paragraphs', line: null });

  const first = lines[0]?.no ?? 1;
  return {
    schemaVersion: SCHEMA_VERSION,
    source: ctx.source,
    index: ctx.index,
    lines: { start: first, end: lines[lines.length - 1]?.no ?? first },
    dialect: tree.dialect,
    encoding: ctx.encoding,
    agency: profile?.name ?? tree.dateline?.agency ?? null,
    profile: profile?.id ?? null,
    flags: tree.flags,
    slug: display.slug ?? (transmission?.keyword ? slugOfKeyword(transmission.keyword) : null),
    headline: display.headline,
    deck: display.deck,
    byline: display.byline?.text ?? null,
    bylineIsAgency: display.byline?.agencyCredit ?? false,
    credit: display.credit,
    dateline,
    captions: tree.captions,
    notes: tree.notes,
    body: paragraphs.map((p) => p.text),
    tables: tree.tables,
    footer: composeFooter(tree.dialectFooter.length === 0 ? tree.footer : [...tree.footer, ...tree.dialectFooter]),
    transmission,
    layout: composeLayout(tree),
    warnings,
  };
}

/** The dateline's fields, with its ISO date when the copy or the transmission gives the year. */
function composeDateline(tree: StoryTree, ctx: StoryContext): Story['dateline'] {
  const m = tree.dateline;
  if (m === null) return null;
  const line = tree.lines[tree.content[tree.datelinePos]!]!;
  // Field by field on an empty object, as emptyTransmission builds its (grammar/transmission.ts):
  // an object literal's allocation site is moved to old space once the datelines of a parse
  // that returns every story outlive a few collections, and composeDateline is optimized again.
  const out = {} as NonNullable<Story['dateline']>;
  out.text = m.text;
  out.location = m.location;
  out.date = m.date;
  out.agency = m.agency;
  out.iso = null;
  out.yearSource = null;
  out.reporter = m.reporter;
  out.line = line.no;
  out.form = m.form;
  // The transmission trailer, when it gives a year, dates a dateline that has no date of its own.
  const issued = tree.transmission?.issued ?? null;
  if (m.date === null && issued !== null) {
    out.iso = issued.slice(0, 10);
    out.yearSource = 'transmission';
  }
  if (m.date !== null) {
    // Captions and the opening paragraphs are where a full date with the year turns up; the
    // transmission's date stands in for a reference date the caller did not give.
    const evidence: string[] = [];
    for (let k = 0; k < tree.captions.length; k++) evidence.push(tree.captions[k]!.text);
    for (let k = 0; k < tree.paragraphs.length && k < 2; k++) evidence.push(tree.paragraphs[k]!.text);
    const fromTransmission = ctx.referenceDate === undefined && issued !== null;
    const resolved = readYear(m.date, evidence, fromTransmission ? new Date(issued) : ctx.referenceDate);
    out.iso = resolved.iso;
    out.yearSource = fromTransmission && resolved.source === 'reference' ? 'transmission' : resolved.source;
    if (resolved.iso === null) tree.warnings.push(storyWarning(resolved.code, resolved.message, line.no));
  }
  if (m.agency !== null && m.profile === undefined) tree.warnings.push(storyWarning('unknown-agency', `no profile for agency "${m.agency}"`, line.no));
  return out;
}

/** A story warning, built on an empty object for the reason composeDateline's fields are. */
function storyWarning(code: StoryWarning['code'], message: string, line: number | null): StoryWarning {
  const warning = {} as StoryWarning;
  warning.code = code;
  warning.message = message;
  warning.line = line;
  return warning;
}

/** Runs of consecutive lines with one claim. */
function composeLayout(tree: StoryTree): LayoutEntry[] {
  const { lines, assigned } = tree.lines.length === tree.segment.length ? tree : sourceLines(tree);
  // `new Array()`, not `[]`: an array literal has an allocation site too (see composeDateline).
  const out = new Array<LayoutEntry>();
  let i = 0;
  while (i < lines.length) {
    const a = assigned[i]!;
    const start = lines[i]!.no;
    let end = start;
    for (i++; i < lines.length && assigned[i] === a && lines[i]!.no === end + 1; i++) end++;
    // Field by field on an empty object, as composeDateline's fields are; the keys keep the
    // schema's order (part, start, end, index, reason).
    const entry = {} as LayoutEntry;
    entry.part = partOf(a);
    entry.start = start;
    entry.end = end;
    const index = indexOf(a);
    if (index >= 0) entry.index = index;
    const reason = reasonOf(a);
    if (reason !== undefined) entry.reason = reason;
    out.push(entry);
  }
  return out;
}

/**
 * One claim per source line where a dialect cut a line into pieces (a line of markup holding
 * several paragraphs): the first piece's claim that is not ignored, else the first piece's.
 */
function sourceLines(tree: StoryTree): { lines: StoryTree['lines']; assigned: number[] } {
  const lines: StoryTree['lines'][number][] = [];
  const assigned: number[] = [];
  for (let k = 0; k < tree.lines.length; k++) {
    const line = tree.lines[k]!;
    const a = tree.assigned[k]!;
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.no === line.no) {
      if (partOf(assigned[last]!) === 'ignored' && partOf(a) !== 'ignored') assigned[last] = a;
      continue;
    }
    lines.push(line);
    assigned.push(a);
  }
  return { lines, assigned };
}
