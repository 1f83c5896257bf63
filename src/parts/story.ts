/**
 * stories → parts. Reads one story segment into its parts. The order of the steps is the
 * grammar's (docs/GRAMMAR.md): framing, captions, dateline (which names the agency and so the
 * profile), footer, display lines above the dateline, body. Every line of the segment is assigned
 * to exactly one part or to `ignored` with a reason; `layout` records the assignment in runs.
 */
import { readYear } from '../dates/iso.js';
import { CONTROL, ETX, has, type Line } from '../lines/line.js';
import { matchFooter, profileById, splitGluedEnd, type AgencyProfile } from '../profiles/index.js';
import type { Dialect, LayoutEntry, PartKind, Story, StoryWarning } from '../schema/story.js';
import { creditsAgency, readByline, type Byline } from './byline.js';
import { captionText, isCaptionRow, isImageCell, opensWithCaptionMark, readCaption } from './captions.js';
import { readDateline, type DatelineMatch } from './dateline/parse.js';
import { isFlagLine, readFlags } from './flags.js';
import { buildFooter, type FooterLine } from './footer.js';
import { isNoteLine } from './notes.js';
import { toParagraphs, type BodyLine } from './paragraphs.js';
import { readHeader, readTrailer, slugOfKeyword, type Transmission } from './transmission.js';
import { isChromeLine } from './chrome.js';
import { isHtmlLine } from './html.js';
import { orderByLine, toTables } from './dialect.js';
import { readDialect } from './read-dialect.js';
import { findColumnRuns, mergeTableParagraphs } from './tables.js';
import type { StoryWarningCode } from './warnings.js';

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

interface Assignment {
  part: PartKind;
  index?: number;
  reason?: string;
}

/** How many content lines from the top the dateline may be searched in. */
const DATELINE_SEARCH = 12;
/** How many text lines at each end of a story are looked at for site chrome. */
const CHROME_REACH = 8;
const NO_LOWERCASE = /^[^\p{Ll}]*$/u;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;

export function parseStory(sourceLines: readonly Line[], ctx: StoryContext): Story {
  // The dialect reading below may rewrite lines' text (never their raw bytes).
  let lines = sourceLines;
  const n = lines.length;
  const assigned: (Assignment | undefined)[] = new Array(n);
  const warnings: StoryWarning[] = [];
  const warn = (code: StoryWarningCode, message: string, i: number | null) =>
    warnings.push({ code, message, line: i === null ? null : lines[i]!.no });
  // One object shape for every assignment (no spread of `extra`): there is one per line.
  const assign = (i: number, part: PartKind, extra?: Omit<Assignment, 'part'>) => {
    assigned[i] = { part, index: extra?.index, reason: extra?.reason };
  };

  // -- framing ------------------------------------------------------------------------------
  let contentFrom = 0;
  let contentTo = n;
  let transmission: Transmission | null = null;
  const stx = lines.findIndex((l) => has(l, CONTROL.STX));
  if (stx >= 0) {
    for (let i = 0; i < stx; i++) assign(i, 'header');
    transmission = readHeader(
      lines.slice(0, stx + 1).map((l) => l.raw),
      lines.slice(0, stx).map((l) => l.text),
    );
    contentFrom = stx;
    let etx = -1;
    for (let i = stx; i < n; i++) if (has(lines[i]!, CONTROL.ETX)) { etx = i; break; }
    if (etx >= 0) {
      const raw = lines[etx]!.raw;
      const at = raw.indexOf(ETX);
      contentTo = raw.slice(0, at).trim() === '' ? etx : etx + 1;
      for (let i = contentTo; i < n; i++) assign(i, 'trailer');
      const afterEtx = raw.slice(at + 1).replaceAll(ETX, ' ').replace(CONTROL_CHARS, '');
      Object.assign(transmission, readTrailer([afterEtx, ...lines.slice(etx + 1).map((l) => l.text)]));
    } else {
      warn('unclosed-transmission', 'transmission has STX but no ETX', stx);
    }
  } else if (n > 0 && /^\s*\d+ of \d+ DOCUMENTS\s*$/i.test(lines[0]!.text)) {
    assign(0, 'separator');
    contentFrom = 1;
  }

  // -- captions and blanks --------------------------------------------------------------------
  const dialect: Dialect = ctx.dialect ?? detectDialect(lines, transmission);
  const reading = readDialect({ dialect, lines, from: contentFrom, to: contentTo, transmission });
  lines = reading.lines;
  for (const [i, claim] of reading.claims) assigned[i] ??= claim;
  const captions: Story['captions'] = [...reading.captions];
  const content: number[] = [];
  let afterImage = false;
  for (let i = contentFrom; i < contentTo; i++) {
    const line = lines[i]!;
    if (assigned[i]) continue;
    if (line.blank) {
      assign(i, 'ignored', { reason: has(line, CONTROL.STX) ? 'framing' : 'blank' });
      continue;
    }
    if (isImageCell(line.text)) {
      assign(i, 'caption', { index: captions.length });
      afterImage = true;
      continue;
    }
    const caption = afterImage || opensWithCaptionMark(line.text) ? captionText(line.text) : null;
    afterImage = false;
    if (caption !== null) {
      assign(i, 'caption', { index: captions.length });
      captions.push({ ...readCaption(caption), line: line.no });
      continue;
    }
    content.push(i);
  }

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
  for (let k = footerPos; k < content.length; k++) assign(content[k]!, 'footer');

  // -- display lines above the dateline ---------------------------------------------------------
  // A dialect that read the display lines itself (ANPA `^...<`) leaves only body without a dateline.
  const displayEnd = datelinePos >= 0 ? datelinePos : reading.headline !== null ? 0 : displayWithoutDateline(lines, content, footerPos);
  const display: number[] = [];
  const notes: Story['notes'] = [...reading.notes];
  const flags: string[] = [...reading.flags];
  let byline: Byline | null = reading.byline;
  let bylineAt = -1;
  let credit: string | null = reading.credit;
  for (let k = 0; k < displayEnd; k++) {
    const i = content[k]!;
    const text = lines[i]!.text.trim();
    if (isFlagLine(text)) {
      assign(i, 'flag');
      flags.push(readFlags(text).flags[0] ?? text.replace(/[()]/g, ''));
    } else if (isNoteLine(text)) {
      assign(i, 'note', { index: notes.length });
      notes.push({ text, line: lines[i]!.no });
    } else if (byline === null && display.length > 0 && (byline = readByline(text)) !== null) {
      assign(i, 'byline');
      bylineAt = k;
    } else if (k === bylineAt + 1 && creditsAgency(text)) {
      // The agency line under a reporter's name (`By NAME` then `Associated Press`) is the byline's.
      assign(i, 'byline');
      credit = text.replace(/(?<!\s)\s*=$/, '');
    } else {
      display.push(i);
    }
  }

  let slug: string | null = reading.slug ?? (transmission?.keyword ? slugOfKeyword(transmission.keyword) : null);
  let headline: string | null = reading.headline;
  let deck: string | null = reading.deck;
  const displayTexts = display.map((i) => lines[i]!.text.trim());
  let headlineAt = 0;
  if (slug === null && display.length >= 2 && slugFirst(displayTexts, profile)) {
    slug = displayTexts[0]!;
    assign(display[0]!, 'slug');
    headlineAt = 1;
  }
  if (headline === null && display.length > headlineAt) {
    let headlineEnd = headlineAt + 1;
    while (headlineEnd < display.length && continuesHeadline(lines[display[headlineEnd - 1]!]!, lines[display[headlineEnd]!]!)) headlineEnd++;
    const written = displayTexts.slice(headlineAt, headlineEnd).join(' ').replace(/(?<!\s)\s+=$/, '');
    const marks = readFlags(written);
    flags.push(...marks.flags);
    headline = marks.headline;
    for (const i of display.slice(headlineAt, headlineEnd)) assign(i, 'headline');
    const deckLines = display.slice(headlineEnd);
    if (deckLines.length > 0) {
      deck = deckLines.map((i) => lines[i]!.text.trim()).join(' ');
      for (const i of deckLines) assign(i, 'deck');
    }
  }

  // -- body -------------------------------------------------------------------------------------
  const bodyLines: BodyLine[] = [];
  const bodyFrom = displayEnd;
  for (let k = bodyFrom; k < footerPos; k++) {
    const i = content[k]!;
    const line = lines[i]!;
    if (k === bodyFrom && k !== datelinePos && isNoteLine(line.text)) {
      assign(i, 'note', { index: notes.length });
      notes.push({ text: line.text.trim(), line: line.no });
      continue;
    }
    if (k === datelinePos && dateline) {
      const rest = line.text.slice(dateline.match.end);
      if (rest.trim() === '') assign(i, 'dateline');
      bodyLines.push({ index: i, text: rest, indent: line.indent, blank: rest.trim() === '' });
      continue;
    }
    // Blank lines and captions inside the body end the paragraph before them, except a caption
    // dropped into the middle of a sentence (see captionInsideSentence).
    const previous = bodyLines[bodyLines.length - 1];
    if (previous && i > previous.index + 1 && !captionInsideSentence(previous, line, assigned.slice(previous.index + 1, i))) {
      bodyLines.push({ index: i - 1, text: '', indent: 0, blank: true });
    }
    bodyLines.push({ index: i, text: line.text, indent: line.indent, blank: false });
  }
  const paragraphs = mergeTableParagraphs(toParagraphs(bodyLines, reading.paragraphLayout), reading.tables);
  paragraphs.forEach((p, index) => {
    // The lines of a paragraph share one assignment (only notes' and captions' are renumbered).
    const body: Assignment = { part: 'body', index, reason: undefined };
    for (let i = p.first; i <= p.last; i++) assigned[i] ??= body;
  });
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
  for (let i = 0; i < n; i++) if (!assigned[i]) assign(i, 'ignored', { reason: lines[i]!.blank ? 'blank' : 'unassigned' });
  orderByLine(notes, assigned, 'note');
  orderByLine(captions, assigned, 'caption');

  // -- tables: the dialect's, and column layouts among the body lines ----------------------------
  const bodyIndexes: number[] = [];
  const inDialectTable = (i: number) => reading.tables.length > 0 && reading.tables.some((t) => i >= t.first && i <= t.last);
  for (let i = 0; i < n; i++) if (assigned[i]!.part === 'body' && !inDialectTable(i)) bodyIndexes.push(i);
  const tableRuns = [...reading.tables, ...findColumnRuns(lines, bodyIndexes)].sort((a, b) => a.first - b.first);
  const tables = toTables(tableRuns, lines, (run) => {
    const first = assigned[run.first]!;
    const last = assigned[run.last]!;
    return first.part === 'body' && last.part === 'body' ? { first: first.index!, last: last.index! } : null;
  });

  // -- dateline fields and warnings ---------------------------------------------------------------
  let datelineOut: Story['dateline'] = null;
  if (dateline) {
    const m = dateline.match;
    datelineOut = {
      text: m.text,
      location: m.location,
      date: m.date,
      agency: m.agency,
      iso: null,
      yearSource: null,
      reporter: m.reporter,
      line: lines[content[dateline.pos]!]!.no,
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
        const texts = captions.map((c) => c.text);
        for (let k = 0; k < 2 && k < paragraphs.length; k++) texts.push(paragraphs[k]!.text);
        return texts;
      };
      const fromTransmission = ctx.referenceDate === undefined && issued !== null;
      const resolved = readYear(m.date, evidence, fromTransmission ? new Date(issued) : ctx.referenceDate);
      datelineOut.iso = resolved.iso;
      datelineOut.yearSource = fromTransmission && resolved.source === 'reference' ? 'transmission' : resolved.source;
      if (resolved.iso === null) warn(resolved.code, resolved.message, content[dateline.pos]!);
    }
    if (m.agency !== null && m.profile === undefined) warn('unknown-agency', `no profile for agency "${m.agency}"`, content[dateline.pos]!);
  } else if (paragraphs.length > 0) {
    warn('no-dateline', 'no dateline found at the start of the body', paragraphs[0]!.first);
  }
  if (headline === null) warn('no-headline', 'no headline found', null);
  if (paragraphs.length === 0 && content.length > 0) warn('no-body', 'story has no body paragraphs', null);

  const first = lines[0]?.no ?? 1;
  return {
    source: ctx.source,
    index: ctx.index,
    lines: { start: first, end: lines[n - 1]?.no ?? first },
    dialect,
    encoding: ctx.encoding,
    agency: profile?.name ?? dateline?.match.agency ?? null,
    profile: profile?.id ?? null,
    flags,
    slug,
    headline,
    deck,
    byline: byline?.text ?? null,
    bylineIsAgency: byline?.agencyCredit ?? false,
    credit,
    dateline: datelineOut,
    captions,
    notes,
    body: paragraphs.map((p) => p.text),
    tables,
    footer: buildFooter([...footerLines, ...reading.footer]),
    transmission,
    layout: toLayout(lines, assigned),
    warnings,
  };
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
function captionInsideSentence(before: BodyLine, after: Line, between: readonly (Assignment | undefined)[]): boolean {
  return between.length > 0 && between.every((a) => a?.part === 'caption') && !/[.!?:;"”’)]$/.test(before.text.trimEnd()) && /^\s*\p{Ll}/u.test(after.text);
}

function toLayout(lines: readonly Line[], assigned: readonly (Assignment | undefined)[]): LayoutEntry[] {
  const out: LayoutEntry[] = [];
  let prev: LayoutEntry | null = null;
  for (let i = 0; i < lines.length; i++) {
    const a = assigned[i]!;
    const no = lines[i]!.no;
    if (prev && prev.part === a.part && prev.index === a.index && prev.reason === a.reason && prev.end === no - 1) {
      prev.end = no;
      continue;
    }
    prev = { part: a.part, start: no, end: no };
    if (a.index !== undefined) prev.index = a.index;
    if (a.reason !== undefined) prev.reason = a.reason;
    out.push(prev);
  }
  return out;
}
