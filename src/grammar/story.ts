/**
 * stories → parts. Reads one story segment into its parts. The order of the steps is the
 * grammar's (docs/GRAMMAR.md): framing, captions, dateline (which names the agency and so the
 * profile), footer, display lines above the dateline, body. Every line of the segment is assigned
 * to exactly one part or to `ignored` with a reason; `layout` records the assignment in runs.
 */
import { readYear } from '../dates/iso.js';
import { CONTROL, ETX, has, type Line } from '../lines/line.js';
import { matchFooter, profileById, splitGluedEnd, type AgencyProfile } from '../profiles/index.js';
import type { Dialect, LayoutEntry, Story, StoryWarning, Table } from '../schema/story.js';
import { assignment, indexOf, partCode, partCodeOf, partOf, reasonOf, UNASSIGNED, withIndex } from './assignment.js';
import { creditsAgency, readByline, type Byline } from './byline.js';
import { captionText, isCaptionRow, isImageCell, mayOpenCaption, opensWithCaptionMark, readCaption } from './captions.js';
import { readDateline, type DatelineMatch } from './dateline/parse.js';
import { isFlagLine, readFlags } from './flags.js';
import { buildFooter, type FooterLine } from './footer.js';
import { isNoteLine } from './notes.js';
import { BREAK, toParagraphs, type Paragraph } from './paragraphs.js';
import { headerEndWithoutStx, readHeader, readTrailer, slugOfKeyword, type Transmission } from './transmission.js';
import { isChromeLine } from './chrome.js';
import { isHtmlLine } from './dialects/html.js';
import { orderByLine, toTables, type DialectReading, type TableRun } from './dialects/reading.js';
import { readDialect } from './dialects/index.js';
import { findColumnRuns, mergeTableParagraphs } from './tables.js';

export interface StoryContext {
  source: string;
  index: number;
  encoding: string;
  /** Forces the dialect instead of detecting it. */
  dialect?: Dialect | undefined;
  /** Forces the agency profile instead of detecting it. */
  profile?: string | undefined;
  /** Resolves dateline years that the copy does not state. */
  referenceDate?: Date | undefined;
}

/** How many content lines from the top the dateline may be searched in. */
const DATELINE_SEARCH = 12;
/** How many text lines at each end of a story are looked at for site chrome. */
const CHROME_REACH = 8;
const NO_LOWERCASE = /^[^\p{Ll}]*$/u;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;
const BODY = partCode('body');
const CAPTION = partCode('caption');
const HEADER = assignment('header');
const TRAILER = assignment('trailer');
const SEPARATOR = assignment('separator');
const FLAG = assignment('flag');
const SLUG = assignment('slug');
const HEADLINE = assignment('headline');
const DECK = assignment('deck');
const BYLINE = assignment('byline');
const DATELINE = assignment('dateline');
const FOOTER = assignment('footer');
const IGNORED_BLANK = assignment('ignored', undefined, 'blank');
const IGNORED_FRAMING = assignment('ignored', undefined, 'framing');
const IGNORED_UNASSIGNED = assignment('ignored', undefined, 'unassigned');

export function parseStory(sourceLines: readonly Line[], ctx: StoryContext): Story {
  const n = sourceLines.length;
  // One packed assignment per line (see assignment.ts); UNASSIGNED until a step takes the line.
  // Filled by a loop: Array.prototype.fill was a runtime call that cost more than the loop.
  const assigned: number[] = [];
  for (let i = 0; i < n; i++) assigned.push(UNASSIGNED);
  const warnings: StoryWarning[] = [];

  const { transmission, contentFrom, contentTo } = readFraming(sourceLines, assigned, warnings);

  // -- the dialect's reading, captions and blanks --------------------------------------------------
  const dialect: Dialect = ctx.dialect ?? detectDialect(sourceLines, transmission);
  const reading = readDialect({ dialect, lines: sourceLines, from: contentFrom, to: contentTo, transmission });
  // The reading may rewrite lines' text (never their raw bytes).
  const lines = reading.lines;
  if (reading.claims.size > 0) {
    reading.claims.forEach((claim, i) => {
      if (assigned[i] === UNASSIGNED) assigned[i] = assignment(claim.part, claim.index, claim.reason);
    });
  }
  // The reading's arrays are its own: the common grammar adds to them.
  const { captions, notes, flags } = reading;
  const content = readCaptionsAndBlanks(lines, assigned, contentFrom, contentTo, captions);

  // -- dateline -------------------------------------------------------------------------------
  const dateline = findDateline(lines, content, transmission?.format === 'iptc' ? transmission.service : null);
  const datelinePos = dateline ? dateline.pos : -1;
  let profile: AgencyProfile | undefined = ctx.profile ? profileById(ctx.profile) : dateline?.match.profile;

  // -- footer, from the bottom up ---------------------------------------------------------------
  const footerLines: FooterLine[] = [];
  let footerPos = content.length;
  while (footerPos - 1 > datelinePos) {
    const i = content[footerPos - 1]!;
    const text = lines[i]!.text.trim();
    const m = matchFooter(text, profile);
    if (!m) break;
    footerLines.push({ text, kind: m.kind });
    profile ??= m.profile;
    footerPos--;
  }
  footerLines.reverse();
  for (let k = footerPos; k < content.length; k++) assigned[content[k]!] = FOOTER;

  // -- display lines above the dateline ---------------------------------------------------------
  // A dialect that read the display lines itself (ANPA `^...<`) leaves only body without a dateline.
  const displayEnd = datelinePos >= 0 ? datelinePos : reading.headline !== null ? 0 : displayWithoutDateline(lines, content, footerPos);
  const display = readDisplay(lines, content, displayEnd, assigned, reading, profile);
  const slug = display.slug ?? (transmission?.keyword ? slugOfKeyword(transmission.keyword) : null);

  // -- body -------------------------------------------------------------------------------------
  const paragraphs = readBody(lines, content, displayEnd, footerPos, dateline, assigned, reading);
  // An end marker glued to the last paragraph (`... China. (END)`) belongs to the footer.
  const last = paragraphs[paragraphs.length - 1];
  if (last) {
    const glued = splitGluedEnd(last.text, profile);
    if (glued) {
      last.text = glued.text;
      footerLines.unshift({ text: glued.marker, kind: glued.kind });
      profile ??= glued.profile;
    }
  }
  for (let i = 0; i < n; i++) if (assigned[i] === UNASSIGNED) assigned[i] = lines[i]!.blank ? IGNORED_BLANK : IGNORED_UNASSIGNED;
  orderByLine(notes, assigned, 'note');
  orderByLine(captions, assigned, 'caption');
  for (const l of reading.footer) footerLines.push(l);
  return toStory(
    { dialect, profile, transmission, dateline, datelineLine: dateline ? lines[content[dateline.pos]!]! : null, slug, display, flags, captions, notes, paragraphs, dialectTables: reading.tables, footerLines, hasContent: content.length > 0 },
    lines,
    assigned,
    ctx,
    warnings,
  );
}

/** What the steps of parseStory read, on its way to the output. */
interface StoryParts {
  dialect: Dialect;
  profile: AgencyProfile | undefined;
  transmission: Transmission | null;
  dateline: { pos: number; match: DatelineMatch } | null;
  datelineLine: Line | null;
  slug: string | null;
  display: Display;
  flags: string[];
  captions: Story['captions'];
  notes: Story['notes'];
  paragraphs: Paragraph[];
  dialectTables: TableRun[];
  footerLines: FooterLine[];
  hasContent: boolean;
}

/**
 * The story as output: dateline fields, tables, warnings and layout. Everything the output keeps
 * is made here or in the steps' own functions, not in parseStory: V8 moves allocations whose
 * objects survive (all of the output does, until the caller lets go of the stories) to the old
 * generation, and recompiles every function that makes them; parseStory is the dearest to compile.
 */
function toStory(parts: StoryParts, lines: readonly Line[], assigned: number[], ctx: StoryContext, warnings: StoryWarning[]): Story {
  const { dateline, paragraphs, display, profile, transmission, captions } = parts;
  const tables = readTables(lines, assigned, parts.dialectTables);
  let datelineOut: Story['dateline'] = null;
  if (dateline) {
    datelineOut = datelineFields(dateline, parts.datelineLine!, transmission, captions, paragraphs, ctx, warnings);
  } else if (paragraphs.length > 0) {
    warnings.push({ code: 'no-dateline', message: 'no dateline found at the start of the body', line: lines[paragraphs[0]!.first]!.no });
  }
  if (display.headline === null) warnings.push({ code: 'no-headline', message: 'no headline found', line: null });
  if (paragraphs.length === 0 && parts.hasContent) warnings.push({ code: 'no-body', message: 'story has no body paragraphs', line: null });

  const first = lines[0]?.no ?? 1;
  return {
    source: ctx.source,
    index: ctx.index,
    lines: { start: first, end: lines[lines.length - 1]?.no ?? first },
    dialect: parts.dialect,
    encoding: ctx.encoding,
    agency: profile?.name ?? dateline?.match.agency ?? null,
    profile: profile?.id ?? null,
    flags: parts.flags,
    slug: parts.slug,
    headline: display.headline,
    deck: display.deck,
    byline: display.byline?.text ?? null,
    bylineIsAgency: display.byline?.agencyCredit ?? false,
    credit: display.credit,
    dateline: datelineOut,
    captions,
    notes: parts.notes,
    body: paragraphs.map((p) => p.text),
    tables,
    footer: buildFooter(parts.footerLines),
    transmission,
    layout: toLayout(lines, assigned),
    warnings,
  };
}

interface Framing {
  transmission: Transmission | null;
  /** Segment indexes of the story text inside the framing: [contentFrom, contentTo). */
  contentFrom: number;
  contentTo: number;
}

/** The transmission header up to STX and the trailer from ETX, or a `N of M DOCUMENTS` separator. */
function readFraming(lines: readonly Line[], assigned: number[], warnings: StoryWarning[]): Framing {
  const n = lines.length;
  let stx = -1;
  for (let i = 0; i < n; i++) {
    if (has(lines[i]!, CONTROL.STX)) {
      stx = i;
      break;
    }
  }
  // Where the text starts: at STX, or after a header whose STX the capture lost.
  let textFrom = stx;
  if (stx < 0) {
    textFrom = headerEndWithoutStx(lines);
    if (textFrom < 0) {
      if (n > 0 && /^\s*\d+ of \d+ DOCUMENTS\s*$/i.test(lines[0]!.text)) {
        assigned[0] = SEPARATOR;
        return { transmission: null, contentFrom: 1, contentTo: n };
      }
      return { transmission: null, contentFrom: 0, contentTo: n };
    }
    warnings.push({ code: 'missing-stx', message: 'transmission header without STX; the text is read from the line after it', line: lines[textFrom - 1]!.no });
  }
  for (let i = 0; i < textFrom; i++) assigned[i] = HEADER;
  const transmission = readHeader(lines, textFrom);
  let etx = -1;
  for (let i = textFrom; i < n; i++) {
    if (has(lines[i]!, CONTROL.ETX)) {
      etx = i;
      break;
    }
  }
  if (etx < 0) {
    if (stx >= 0) warnings.push({ code: 'unclosed-transmission', message: 'transmission has STX but no ETX', line: lines[stx]!.no });
    return { transmission, contentFrom: textFrom, contentTo: n };
  }
  const raw = lines[etx]!.raw;
  const at = raw.indexOf(ETX);
  const contentTo = at === 0 || raw.slice(0, at).trim() === '' ? etx : etx + 1;
  for (let i = contentTo; i < n; i++) assigned[i] = TRAILER;
  // Nothing after ETX (1987 Reuters copy): no trailer, as readTrailer would find.
  if (at + 1 === raw.length && etx + 1 === n) return { transmission, contentFrom: textFrom, contentTo };
  // The trailer is the first text after ETX, on its line or below (most ETX lines end with it).
  const trailerTexts = [at + 1 === raw.length ? '' : raw.slice(at + 1).replaceAll(ETX, ' ').replace(CONTROL_CHARS, '')];
  for (let i = etx + 1; i < n; i++) trailerTexts.push(lines[i]!.text);
  const trailer = readTrailer(trailerTexts);
  transmission.trailer = trailer.trailer;
  transmission.issued = trailer.issued;
  return { transmission, contentFrom: textFrom, contentTo };
}

/**
 * Assigns the blank lines and the caption lines of the story text and returns the segment indexes
 * of the other (content) lines.
 */
function readCaptionsAndBlanks(lines: readonly Line[], assigned: number[], from: number, to: number, captions: Story['captions']): number[] {
  const content: number[] = [];
  let afterImage = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (assigned[i] !== UNASSIGNED) continue;
    if (line.blank) {
      assigned[i] = has(line, CONTROL.STX) ? IGNORED_FRAMING : IGNORED_BLANK;
      continue;
    }
    const mayOpen = mayOpenCaption(line.text);
    if (mayOpen && isImageCell(line.text)) {
      assigned[i] = assignment('caption', captions.length);
      afterImage = true;
      continue;
    }
    const caption = afterImage || (mayOpen && opensWithCaptionMark(line.text)) ? captionText(line.text) : null;
    afterImage = false;
    if (caption !== null) {
      assigned[i] = assignment('caption', captions.length);
      captions.push({ ...readCaption(caption), line: line.no });
      continue;
    }
    content.push(i);
  }
  return content;
}

interface Display {
  slug: string | null;
  headline: string | null;
  deck: string | null;
  byline: Byline | null;
  credit: string | null;
}

/**
 * The display lines, content[0, displayEnd): flags, notes, byline and its agency line, then slug,
 * headline and deck. Flags and notes go to the reading's arrays.
 */
function readDisplay(lines: readonly Line[], content: readonly number[], displayEnd: number, assigned: number[], reading: DialectReading, profile: AgencyProfile | undefined): Display {
  const { notes, flags } = reading;
  const display: number[] = [];
  const displayTexts: string[] = [];
  let byline: Byline | null = reading.byline;
  let bylineAt = -1;
  let credit: string | null = reading.credit;
  for (let k = 0; k < displayEnd; k++) {
    const i = content[k]!;
    const text = lines[i]!.text.trim();
    if (isFlagLine(text)) {
      assigned[i] = FLAG;
      flags.push(readFlags(text).flags[0] ?? text.replace(/[()]/g, ''));
    } else if (isNoteLine(text)) {
      assigned[i] = assignment('note', notes.length);
      notes.push({ text, line: lines[i]!.no });
    } else if (byline === null && display.length > 0 && (byline = readByline(text)) !== null) {
      assigned[i] = BYLINE;
      bylineAt = k;
    } else if (k === bylineAt + 1 && creditsAgency(text)) {
      // The agency line under a reporter's name (`By NAME` then `Associated Press`) is the byline's.
      assigned[i] = BYLINE;
      credit = text.replace(/(?<!\s)\s*=$/, '');
    } else {
      display.push(i);
      displayTexts.push(text);
    }
  }

  let slug: string | null = reading.slug;
  let headline: string | null = reading.headline;
  let deck: string | null = reading.deck;
  let headlineAt = 0;
  if (slug === null && display.length >= 2 && slugFirst(displayTexts, profile)) {
    slug = displayTexts[0]!;
    assigned[display[0]!] = SLUG;
    headlineAt = 1;
  }
  if (headline === null && display.length > headlineAt) {
    let headlineEnd = headlineAt + 1;
    while (headlineEnd < display.length && continuesHeadline(lines[display[headlineEnd - 1]!]!, lines[display[headlineEnd]!]!)) headlineEnd++;
    let written = displayTexts[headlineAt]!;
    for (let k = headlineAt + 1; k < headlineEnd; k++) written += ' ' + displayTexts[k]!;
    // The pattern ends with `=`: a headline not ending so is left as it is, unsearched.
    if (written.endsWith('=')) written = written.replace(/(?<!\s)\s+=$/, '');
    const marks = readFlags(written);
    for (const flag of marks.flags) flags.push(flag);
    headline = marks.headline;
    for (let k = headlineAt; k < headlineEnd; k++) assigned[display[k]!] = HEADLINE;
    if (headlineEnd < display.length) {
      deck = displayTexts[headlineEnd]!;
      for (let k = headlineEnd + 1; k < display.length; k++) deck += ' ' + displayTexts[k]!;
      for (let k = headlineEnd; k < display.length; k++) assigned[display[k]!] = DECK;
    }
  }
  return { slug, headline, deck, byline, credit };
}

/**
 * The body lines, content[bodyFrom, footerPos), into paragraphs; the dateline is cut off the
 * first. A note right under the display lines is a note.
 */
function readBody(
  lines: readonly Line[],
  content: readonly number[],
  bodyFrom: number,
  footerPos: number,
  dateline: { pos: number; match: DatelineMatch } | null,
  assigned: number[],
  reading: DialectReading,
): Paragraph[] {
  const order: number[] = [];
  let restOf = -1;
  let rest = '';
  /** The last body line read (-1 before the first) and its text. */
  let previous = -1;
  let previousText = '';
  const datelinePos = dateline ? dateline.pos : -1;
  for (let k = bodyFrom; k < footerPos; k++) {
    const i = content[k]!;
    const line = lines[i]!;
    if (k === bodyFrom && k !== datelinePos && isNoteLine(line.text)) {
      assigned[i] = assignment('note', reading.notes.length);
      reading.notes.push({ text: line.text.trim(), line: line.no });
      continue;
    }
    if (k === datelinePos && dateline) {
      rest = line.text.slice(dateline.match.end);
      restOf = i;
      // A dateline alone on its line leaves the line empty: the body reads a break there.
      if (rest.trim() === '') {
        assigned[i] = DATELINE;
        order.push(BREAK);
      } else {
        order.push(i);
      }
      previous = i;
      previousText = rest;
      continue;
    }
    // Blank lines and captions inside the body end the paragraph before them, except a caption
    // dropped into the middle of a sentence (see captionInsideSentence).
    if (previous >= 0 && i > previous + 1 && !captionInsideSentence(previousText, line, assigned, previous + 1, i)) order.push(BREAK);
    order.push(i);
    previous = i;
    previousText = line.text;
  }
  const paragraphs = mergeTableParagraphs(toParagraphs({ lines, order, restOf, rest }, reading.paragraphLayout), reading.tables);
  for (let index = 0; index < paragraphs.length; index++) {
    // The lines of a paragraph share one assignment (only notes' and captions' are renumbered).
    const p = paragraphs[index]!;
    const body = withIndex(BODY, index); // assignment('body', index), without looking the part up per paragraph
    for (let i = p.first; i <= p.last; i++) if (assigned[i] === UNASSIGNED) assigned[i] = body;
  }
  return paragraphs;
}

/** The dialect's tables and the column layouts among the other body lines, in line order. */
function readTables(lines: readonly Line[], assigned: readonly number[], dialectTables: readonly TableRun[]): Table[] {
  const inDialectTable = (i: number) => dialectTables.some((t) => i >= t.first && i <= t.last);
  const columnRuns = findColumnRuns(lines, (i) => partCodeOf(assigned[i]!) === BODY && (dialectTables.length === 0 || !inDialectTable(i)));
  if (dialectTables.length === 0 && columnRuns.length === 0) return [];
  const tableRuns = [...dialectTables, ...columnRuns].sort((a, b) => a.first - b.first);
  return toTables(tableRuns, lines, (run) => {
    const first = assigned[run.first]!;
    const last = assigned[run.last]!;
    return partCodeOf(first) === BODY && partCodeOf(last) === BODY ? { first: indexOf(first), last: indexOf(last) } : null;
  });
}

/** The dateline's fields, with its ISO date when the copy or the transmission gives the year. */
function datelineFields(
  dateline: { pos: number; match: DatelineMatch },
  line: Line,
  transmission: Transmission | null,
  captions: Story['captions'],
  paragraphs: readonly Paragraph[],
  ctx: StoryContext,
  warnings: StoryWarning[],
): NonNullable<Story['dateline']> {
  const m = dateline.match;
  const datelineOut: NonNullable<Story['dateline']> = {
    text: m.text,
    location: m.location,
    date: m.date,
    agency: m.agency,
    iso: null,
    yearSource: null,
    reporter: m.reporter,
    line: line.no,
    form: m.form,
  };
  // The transmission trailer, when it gives a year, dates a dateline that has no date of its own.
  const issued = transmission?.issued ?? null;
  if (m.date === null && issued !== null) {
    datelineOut.iso = issued.slice(0, 10);
    datelineOut.yearSource = 'transmission';
  }
  if (m.date !== null) {
    // Captions and the opening paragraphs are where a full date with the year turns up; the
    // transmission's date stands in for a reference date the caller did not give.
    const evidence = () => {
      const texts: string[] = [];
      for (const c of captions) texts.push(c.text);
      for (let k = 0; k < paragraphs.length && k < 2; k++) texts.push(paragraphs[k]!.text);
      return texts;
    };
    const fromTransmission = ctx.referenceDate === undefined && issued !== null;
    const resolved = readYear(m.date, evidence, fromTransmission ? new Date(issued) : ctx.referenceDate);
    datelineOut.iso = resolved.iso;
    datelineOut.yearSource = fromTransmission && resolved.source === 'reference' ? 'transmission' : resolved.source;
    if (resolved.iso === null) warnings.push({ code: resolved.code, message: resolved.message, line: line.no });
  }
  if (m.agency !== null && m.profile === undefined) warnings.push({ code: 'unknown-agency', message: `no profile for agency "${m.agency}"`, line: line.no });
  return datelineOut;
}

function detectDialect(lines: readonly Line[], transmission: Transmission | null): Dialect {
  if (transmission) return transmission.format;
  // Web copy shows a photo cell or caption row, site chrome on its first or last line, or site
  // chrome on two lines at least.
  let web = false;
  for (const line of lines) {
    if (isHtmlLine(line.text)) return 'html';
    web ||= isImageCell(line.text) || isCaptionRow(line.text);
  }
  const text = lines.filter((l) => !l.blank);
  // Chrome sits around the copy: looking at the lines near either end is enough, and keeps the
  // chrome patterns off the body of every plain story.
  let chrome = 0;
  let edgeChrome = false;
  for (let k = 0; k < text.length; k++) {
    if (k === CHROME_REACH && text.length > 2 * CHROME_REACH) k = text.length - CHROME_REACH;
    if (!isChromeLine(text[k]!.text)) continue;
    chrome++;
    if (k === 0 || k === text.length - 1) edgeChrome = true;
  }
  return web || edgeChrome || chrome >= 2 ? 'web' : 'plain';
}

/**
 * The first content line that opens with a dateline. A dateline on the very first line is taken
 * only when the rest of that line reads like prose: `MONTREAL, Feb 26- <IVACO INC> YEAR NET` is
 * a headline that happens to begin like one.
 */
function findDateline(lines: readonly Line[], content: readonly number[], framedBy: string | null): { pos: number; match: DatelineMatch } | null {
  const limit = Math.min(content.length, DATELINE_SEARCH);
  for (let pos = 0; pos < limit; pos++) {
    const text = lines[content[pos]!]!.text;
    // Exactly the test below, made before matching: an all-capitals first line cannot leave
    // lowercase after a dateline, and trying the dateline forms on a long capitalised headline
    // is the most expensive thing the parser does (the place pattern backtracks over its words).
    if (pos === 0 && content.length > 1 && NO_LOWERCASE.test(text)) continue;
    const match = readDateline(text, framedBy);
    if (!match) continue;
    if (pos === 0 && content.length > 1 && (NO_LOWERCASE.test(text.slice(match.end)) || /^\s*\*/.test(text))) continue;
    return { pos, match };
  }
  return null;
}

/**
 * Without a dateline, the display block is the first line (when more follows and it is not an
 * indented paragraph) and the byline, note and flag lines right after it.
 */
function displayWithoutDateline(lines: readonly Line[], content: readonly number[], footerPos: number): number {
  if (footerPos < 2) return Math.min(footerPos, 1);
  const first = lines[content[0]!]!;
  if (first.indent > 0 && first.text.length > 100) return 0;
  let end = 1;
  while (end < footerPos - 1) {
    const line = lines[content[end]!]!;
    const text = line.text.trim();
    if (!(isFlagLine(text) || isNoteLine(text) || readByline(text) || continuesHeadline(lines[content[end - 1]!]!, line))) break;
    end++;
  }
  return end;
}

/**
 * An upper-case headline too long for one line wraps onto the next with a one- or two-space
 * indent on the 1987 wire (`******FRANCE SETTLES ... INTERVENTION` / ` DEBT - OFFICIAL`).
 */
function continuesHeadline(previous: Line, line: Line): boolean {
  return line.indent >= 1 && line.indent <= 2 && previous.indent === 0 && previous.text.length >= 60 &&
    NO_LOWERCASE.test(previous.text) && NO_LOWERCASE.test(line.text);
}

/**
 * Whether the first of several display lines is a slug. The profile says so when the agency is
 * known; otherwise a short label above a longer line reads as slug and headline.
 */
function slugFirst(texts: readonly string[], profile: AgencyProfile | undefined): boolean {
  if (profile) return profile.display === 'slug-headline';
  const [first, second] = texts as [string, string];
  return first.split(/\s+/).length <= 5 && !/[.!?]$/.test(first) && second.length > first.length;
}

/**
 * A web page may drop a photo and its caption between two lines of one sentence: the line before
 * does not end a sentence and the line after goes on in lower case. The paragraph continues.
 */
function captionInsideSentence(before: string, after: Line, assigned: readonly number[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (partCodeOf(assigned[i]!) !== CAPTION) return false;
  return !/[.!?:;"”’)]$/.test(before.trimEnd()) && /^\s*\p{Ll}/u.test(after.text);
}

/** Runs of consecutive lines with one assignment. */
function toLayout(lines: readonly Line[], assigned: readonly number[]): LayoutEntry[] {
  const out: LayoutEntry[] = [];
  let i = 0;
  while (i < lines.length) {
    const a = assigned[i]!;
    const start = lines[i]!.no;
    let end = start;
    for (i++; i < lines.length && assigned[i] === a && lines[i]!.no === end + 1; i++) end++;
    // One object literal per shape: the keys keep the schema's order (part, start, end, index, reason).
    const part = partOf(a);
    const index = indexOf(a);
    const reason = reasonOf(a);
    if (index >= 0) out.push(reason === undefined ? { part, start, end, index } : { part, start, end, index, reason });
    else out.push(reason === undefined ? { part, start, end } : { part, start, end, reason });
  }
  return out;
}
