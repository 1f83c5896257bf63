/**
 * framing (GRAMMAR.md sections 1 and 3): `story = [ header ] , [ separator ] , content , [ trailer ]`.
 * Claims the transmission header up to STX and the trailer from ETX (an IPTC header whose
 * controls were lost: from its date-time group), the `ZCZC` ... `NNNN` and `<DOC>` ... `</DOC>`
 * framing of feed items (item-framing.ts), or a `N of M DOCUMENTS` export separator, and sets the
 * range of the story text between them.
 */
import { CONTROL, ETX, has, type Line } from '../lines/line.js';
import { trimmed } from '../text/opening.js';
import { assignment } from './assignment.js';
import { aapFrame, sgmlFrame, type ItemFrame } from './item-framing.js';
import { bareIptcHeaderEnd, DATE_TIME_GROUP, headerEndWithoutStx, readHeader, readTrailer } from './transmission.js';
import { claim, rule, type StoryTree } from './tree.js';

const FRAMING = rule('framing');
const HEADER = assignment('header');
const TRAILER = assignment('trailer');
const SEPARATOR = assignment('separator');
const EXPORT_SEPARATOR = /^\s*\d+ of \d+ DOCUMENTS\s*$/i;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;

export function framing(tree: StoryTree): void {
  const lines = tree.segment;
  const n = lines.length;
  const item = aapFrame(lines) ?? sgmlFrame(lines);
  if (item) {
    itemFraming(tree, item);
    return;
  }
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
      const bare = bareIptcHeaderEnd(lines);
      if (bare >= 0) {
        bareIptcFraming(tree, bare);
        return;
      }
      if (n > 0 && EXPORT_SEPARATOR.test(lines[0]!.text)) {
        claim(tree, 0, SEPARATOR, FRAMING);
        tree.from = 1;
      }
      return;
    }
    tree.warnings.push({ code: 'missing-stx', message: 'transmission header without STX; the text is read from the line after it', line: lines[textFrom - 1]!.no });
  }
  for (let i = 0; i < textFrom; i++) claim(tree, i, HEADER, FRAMING);
  const transmission = readHeader(lines, textFrom);
  tree.transmission = transmission;
  tree.from = textFrom;
  let etx = -1;
  for (let i = textFrom; i < n; i++) {
    if (has(lines[i]!, CONTROL.ETX)) {
      etx = i;
      break;
    }
  }
  if (etx < 0) {
    if (stx >= 0) tree.warnings.push({ code: 'unclosed-transmission', message: 'transmission has STX but no ETX', line: lines[stx]!.no });
    return;
  }
  const raw = lines[etx]!.raw;
  const at = raw.indexOf(ETX);
  const contentTo = at === 0 || raw.slice(0, at).trim() === '' ? etx : etx + 1;
  tree.to = contentTo;
  for (let i = contentTo; i < n; i++) claim(tree, i, TRAILER, FRAMING);
  // Nothing after ETX (1987 Reuters copy): no trailer, as readTrailer would find.
  if (at + 1 === raw.length && etx + 1 === n) return;
  // The trailer is the first text after ETX, on its line or below (most ETX lines end with it).
  const trailerTexts = [at + 1 === raw.length ? '' : raw.slice(at + 1).replaceAll(ETX, ' ').replace(CONTROL_CHARS, '')];
  for (let i = etx + 1; i < n; i++) trailerTexts.push(lines[i]!.text);
  const trailer = readTrailer(trailerTexts);
  transmission.trailer = trailer.trailer;
  transmission.issued = trailer.issued;
}

/** Claims a feed item's header and trailer lines and takes its transmission. */
function itemFraming(tree: StoryTree, item: ItemFrame): void {
  for (let i = 0; i < item.textFrom; i++) claim(tree, i, HEADER, FRAMING);
  for (let i = item.trailerFrom; i < tree.segment.length; i++) claim(tree, i, TRAILER, FRAMING);
  tree.transmission = item.transmission;
  tree.from = item.textFrom;
  tree.to = item.trailerFrom;
  if (!item.closed) {
    const closing = item.transmission.format === 'aap' ? 'NNNN' : '</DOC>';
    tree.warnings.push({ code: 'unclosed-transmission', message: `feed item without its closing ${closing}`, line: tree.segment[item.textFrom - 1]!.no });
  }
}

/**
 * An IPTC header without its control characters (stripped by the capture): the header lines are
 * the header, and the date-time group at the end (`101137 GMT Dez 18`), with the lines below
 * it, is the trailer.
 */
function bareIptcFraming(tree: StoryTree, textFrom: number): void {
  const lines = tree.segment;
  for (let i = 0; i < textFrom; i++) claim(tree, i, HEADER, FRAMING);
  const transmission = readHeader(lines, textFrom);
  tree.transmission = transmission;
  tree.from = textFrom;
  const dtg = lastDateTimeGroup(lines, textFrom);
  if (dtg < 0) return;
  tree.to = dtg;
  for (let i = dtg; i < lines.length; i++) claim(tree, i, TRAILER, FRAMING);
  const trailer = readTrailer([lines[dtg]!.text]);
  transmission.trailer = trailer.trailer;
  transmission.issued = trailer.issued;
}

/** The last text line, when it is a date-time group; -1 otherwise. */
function lastDateTimeGroup(lines: readonly Line[], from: number): number {
  for (let i = lines.length - 1; i >= from; i--) {
    if (lines[i]!.blank) continue;
    return DATE_TIME_GROUP.test(trimmed(lines[i]!.text)) ? i : -1;
  }
  return -1;
}
