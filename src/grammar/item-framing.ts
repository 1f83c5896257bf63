/**
 * The framing of feed items that carry no control characters (GRAMMAR.md section 3):
 * - AAP: `ZCZC` opens an item (`ZCZC AAP` names the service) and `NNNN` closes it;
 * - LDC SGML, the form news corpora are distributed in: `<DOC>`, then `<DOCNO>`, `<DOCTYPE>`,
 *   `<DATE_TIME>` and a `<HEADER>` holding the wire header with its control characters written
 *   as entities (`A7753 &Cx1f; taf-z`, `u a &Cx13;  &Cx11;  BC-OBIT-NYT &LR;  06-01 0290`); at the
 *   end `<TRAILER>` (`NYT-06-01-98 0002EDT &QL;`) and `</DOC>`.
 * The header goes to `transmission` and the layout's `header`, the closing lines to `trailer`;
 * what lies between is the story text, which the item's dialect (dialects/aap.ts, sgml.ts) reads.
 */
import type { Line } from '../lines/line.js';
import { trimmed } from '../text/opening.js';
import { emptyTransmission, readHeaderLine, readTrailer, type Transmission } from './transmission.js';

export interface ItemFrame {
  transmission: Transmission;
  /** Segment indexes: where the text starts and where the trailer starts. */
  textFrom: number;
  trailerFrom: number;
  /** Whether the closing line (`NNNN`, `</DOC>`) was found. */
  closed: boolean;
}

const ZCZC = /^ZCZC\b\s*(\S.{0,40})?$/;
const NNNN = /^NNNN\s*$/;
const DOC_OPEN = /^<DOC(?:\s[^<>]{0,200})?>$/;
const DOC_CLOSE = /^<\/DOC>$/;
/** The elements of an SGML document's head: `<DOCNO> NYT19980601.0001 </DOCNO>` and the like. */
const HEAD_ELEMENT = /^<(DOCNO|DOCID|DOCTYPE|DATE_TIME|DATE|STORYID)\b[^<>]{0,100}>([^<>]{0,200})(?:<\/\1>)?$/;
const HEADER_OPEN = /^<HEADER>$/;
const HEADER_CLOSE = /^<\/HEADER>$/;
const TRAILER_OPEN = /^<TRAILER>/;
/** A control character written as an entity: `&Cx1f;` (LDC) or `&#2;`. */
const CONTROL_ENTITY = /&(?:Cx([0-9a-f]{1,2})|#(\d{1,2}));/gi;
/** LDC's typesetting codes (`&QL;` quad left, `&LR;`, `&UR;`): no text. */
const TYPESETTING_ENTITY = /&(?:QL|QR|QC|LR|UR|TF|HT|MD);/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** `A7753 US taf-z`: service letter, sequence, selector. */
const SERVICE_LINE = /^([A-Za-z])?(\d{4})\s*\u001f\s*(\S{1,20})$/;
/** `1998-06-01 00:02`: the document's own date and time. */
const DATE_TIME = /^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d)/;
/** The date in a document's id: `NYT19980601.0001`, `id="AFP_ENG_20260316.0012"`. */
const ID_DATE = /(?:^|[A-Z_])((?:19|20)\d\d)(\d\d)(\d\d)\.\d{3,5}\b/;

/** The index of the first line that is not blank, or -1. */
function firstText(lines: readonly Line[]): number {
  for (let i = 0; i < lines.length; i++) if (!lines[i]!.blank) return i;
  return -1;
}

/** The index of the last line (at or after `from`) that `test` accepts, or -1. */
function lastMatching(lines: readonly Line[], from: number, test: RegExp): number {
  for (let i = lines.length - 1; i >= from; i--) if (test.test(trimmed(lines[i]!.text))) return i;
  return -1;
}

/** The frame of an AAP `ZCZC` item, or null when the story does not open with `ZCZC`. */
export function aapFrame(lines: readonly Line[]): ItemFrame | null {
  const open = firstText(lines);
  const m = open < 0 ? null : ZCZC.exec(trimmed(lines[open]!.text));
  if (!m) return null;
  const transmission = emptyTransmission('aap');
  transmission.service = m[1]?.trim() ?? null;
  const close = lastMatching(lines, open + 1, NNNN);
  return { transmission, textFrom: open + 1, trailerFrom: close < 0 ? lines.length : close, closed: close >= 0 };
}

/** A control character written as an entity, as the character (the line reader then drops it). */
function controlEntities(text: string): string {
  return text.replace(CONTROL_ENTITY, (_, hex: string | undefined, dec: string | undefined) =>
    String.fromCharCode(hex !== undefined ? parseInt(hex, 16) : Number(dec)));
}

/** The text of an SGML line with its control and typesetting entities gone. */
export function withoutCodes(text: string): string {
  return controlEntities(text).replace(TYPESETTING_ENTITY, '').replace(CONTROLS, '');
}

/** The frame of an LDC SGML `<DOC>`, or null when the story does not open with `<DOC>`. */
export function sgmlFrame(lines: readonly Line[]): ItemFrame | null {
  const open = firstText(lines);
  if (open < 0 || !DOC_OPEN.test(trimmed(lines[open]!.text))) return null;
  const transmission = emptyTransmission('sgml');
  let at = open + 1;
  let dateTime: string | null = null;
  let idDate = dateOfId(trimmed(lines[open]!.text));
  let inHeader = false;
  for (; at < lines.length; at++) {
    const text = trimmed(lines[at]!.text);
    if (lines[at]!.blank) continue;
    if (inHeader) {
      if (HEADER_CLOSE.test(text)) inHeader = false;
      else readSgmlHeaderLine(transmission, controlEntities(text));
      continue;
    }
    if (HEADER_OPEN.test(text)) {
      inHeader = true;
      continue;
    }
    const head = HEAD_ELEMENT.exec(text);
    if (!head) break;
    if (head[1] === 'DOCNO' || head[1] === 'DOCID') idDate ??= dateOfId(head[2]!.trim());
    const dt = head[1] === 'DATE_TIME' || head[1] === 'DATE' ? DATE_TIME.exec(head[2]!.trim()) : null;
    if (dt) dateTime = `${dt[1]}T${dt[2]}`;
  }
  const close = lastMatching(lines, at, DOC_CLOSE);
  const end = close < 0 ? lines.length : close;
  let trailerFrom = end;
  for (let i = at; i < end; i++) {
    if (!TRAILER_OPEN.test(trimmed(lines[i]!.text))) continue;
    trailerFrom = i;
    const texts: string[] = [];
    for (let k = i; k < end; k++) texts.push(withoutCodes(lines[k]!.text.replace(/<\/?TRAILER>/g, '')));
    const trailer = readTrailer(texts);
    transmission.trailer = trailer.trailer;
    transmission.issued = trailer.issued;
    break;
  }
  transmission.issued ??= dateTime ?? idDate;
  return { transmission, textFrom: at, trailerFrom, closed: close >= 0 };
}

/** The day a document's id gives (`YYYY-MM-DD`), or null. */
function dateOfId(text: string): string | null {
  const m = ID_DATE.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1 || Number(m[3]) > 31) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** A line of the wire header an SGML `<HEADER>` keeps, control characters decoded. */
function readSgmlHeaderLine(t: Transmission, raw: string): void {
  // eslint-disable-next-line no-control-regex
  if (/\u0013\s*\u0011/.test(raw)) t.contentFormat = 'prose';
  // eslint-disable-next-line no-control-regex
  else if (/\u0014\s*\u0012/.test(raw)) t.contentFormat = 'tabular';
  const service = SERVICE_LINE.exec(raw.trim());
  if (service) {
    t.service = service[1] ?? null;
    t.sequence = service[2]!;
    t.selector = service[3]!;
    return;
  }
  const format = t.format;
  // The controls stand between the header's fields.
  readHeaderLine(t, raw.replace(TYPESETTING_ENTITY, ' ').replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim());
  // The header is an ANPA or IPTC header; the document stays an SGML one.
  t.format = format;
}
