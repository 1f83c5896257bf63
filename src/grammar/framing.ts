/**
 * framing (GRAMMAR.md sections 1 and 3): `story = [ header ] , [ separator ] , content , [ trailer ]`.
 * Claims the transmission header up to STX and the trailer from ETX, or a `N of M DOCUMENTS`
 * export separator, and sets the range of the story text between them.
 */
import { CONTROL, ETX, has } from '../lines/line.js';
import { assignment } from './assignment.js';
import { headerEndWithoutStx, readHeader, readTrailer } from './transmission.js';
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
