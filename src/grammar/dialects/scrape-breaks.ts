/**
 * Where a scraped line breaks: the signs a scraper leaves where it dropped a paragraph break.
 * Each rule is read only where the line shows it more than once (or where it cannot be prose),
 * so that a paragraph of ordinary copy with one odd spot is not cut:
 * - a run of spaces inside the text (`다.    그는`): runs of three or more, or of two after a
 *   sentence end once the line has two runs of three;
 * - a sentence end glued to the next sentence (`있다.일부`, `said.The`), twice or more;
 * - a comma standing for the break (`interests.,Less`), twice or more;
 * - an e-mail glued to the last sentence (`했다.kim@yna.co.kr`): the sign-off starts there.
 * All patterns are bounded; the line is cut at the points found, the separators dropped.
 */
import { TwinPattern } from '../../text/ascii-twin.js';
import { SMALL_LETTER } from '../../text/opening.js';

/** A cut: the previous piece ends at `end`, the next one starts at `next` (separators between are dropped). */
export interface Cut {
  end: number;
  next: number;
}

/*
 * Characters are read by code (charAt would make a string of every Hangul character looked at:
 * on a scraped story of a megabyte, most of the parse's garbage).
 */
const FULL_STOP = 46;
/** `.`, `!`, `?`, `。`: what ends a sentence. */
const isStop = (c: number) => c === FULL_STOP || c === 33 || c === 63 || c === 0x3002;
/** `"`, `'`, `”`, `’`, `」`, `)`: what may close a sentence after its stop. */
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0x300d || c === 41;
const isCjk = (c: number) => (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff);
const isDigit = (c: number) => c >= 48 && c <= 57;

const UPPER = new TwinPattern(String.raw`\p{Lu}`, 'u');
const LETTER = new TwinPattern(String.raw`\p{L}`, 'u');
const OTHER_LETTER = new TwinPattern(String.raw`\p{Lo}`, 'u');
const isLower = (c: number) => (c >= 97 && c <= 122) || (c > 127 && SMALL_LETTER.test(String.fromCharCode(c)));
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c > 127 && UPPER.test(String.fromCharCode(c)));
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && LETTER.test(String.fromCharCode(c)));
/** Words whose full stop ends no sentence (`Mr. Kim`, `Gen. Lee`, `Oct. 3`). */
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Rep|Sen|Gov|Pres|Prof|Rev|No|Nos|Inc|Corp|Co|Ltd|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|Ave|approx|etc)$/;

/** Whether a sentence may start at `at`: a Hangul, Han or Kana character, a capital then a small letter, an opening quote then a letter. */
function opensSentence(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (isCjk(c)) return true;
  const next = text.charCodeAt(at + 1);
  if (isUpper(c)) return isLower(next) || isCjk(next);
  if (c === 34 || c === 0x201c || c === 0x2018 || c === 39) return isLetter(next);
  return false;
}

/**
 * If a sentence ends with the stop at `at`, where the text after it (closing marks included)
 * resumes; else -1. The stop must follow a small letter, a digit, Hangul or Han, or a closing
 * mark, and not close an abbreviation: `U.S.` and `Oct.` end no sentence.
 */
export function sentenceEndAfter(text: string, at: number): number {
  if (at === 0 || !isStop(text.charCodeAt(at))) return -1;
  const before = text.charCodeAt(at - 1);
  const lower = isLower(before);
  if (!(lower || isDigit(before) || isCjk(before) || isCloser(before) || (before > 127 && OTHER_LETTER.test(String.fromCharCode(before))))) return -1;
  if (lower && text.charCodeAt(at) === FULL_STOP && ABBREVIATION.test(text.slice(Math.max(0, at - 8), at))) return -1;
  let end = at + 1;
  while (end < text.length && end < at + 3 && isCloser(text.charCodeAt(end))) end++;
  return end;
}

/** Where the sentence holding `at` starts: after the last sentence end or space run before it, not before `floor`. */
export function sentenceStart(text: string, at: number, floor = 0): number {
  for (let j = at - 1; j >= floor; j--) {
    const c = text.charCodeAt(j);
    if (c === 32 && text.charCodeAt(j - 1) === 32 && text.charCodeAt(j - 2) === 32) return skipSpaces(text, j);
    if (!isStop(c)) continue;
    const end = sentenceEndAfter(text, j);
    if (end < 0 || end >= at) continue;
    const next = skipSpaces(text, end);
    if (next < at && (next > end || opensSentence(text, next))) return next;
  }
  return floor;
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

const SPACE_RUN = / {2,40}(?=\S)/g;
const E_MAIL = /\w[\w.+-]{0,63}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/g;
/** Text after a trailing e-mail that is still the sign-off's (share widgets, handles): this long at most. */
const SIGN_OFF_TAIL = 160;

/** The cuts of a line that a scraper ran together; empty when it shows no such sign. */
export function breaksOf(text: string): Cut[] {
  const cuts: Cut[] = [];
  const runs: Cut[] = [];
  let longRuns = 0;
  for (const m of text.matchAll(SPACE_RUN)) {
    if (m.index === 0) continue;
    const run = { end: m.index, next: m.index + m[0].length };
    if (m[0].length >= 3) longRuns++;
    runs.push(run);
  }
  for (const run of runs) {
    const width = run.next - run.end;
    if (width >= 3 ? longRuns >= 2 || afterSentence(text, run.end) : longRuns >= 2 && afterSentence(text, run.end)) cuts.push(run);
  }
  const glued: Cut[] = [];
  const commas: Cut[] = [];
  for (let j = 1; j < text.length - 1; j++) {
    if (!isStop(text.charCodeAt(j))) continue;
    const end = sentenceEndAfter(text, j);
    if (end < 0) continue;
    if (opensSentence(text, end)) glued.push({ end, next: end });
    else if (text.charCodeAt(end) === 44 /* , */ && opensSentence(text, end + 1)) commas.push({ end, next: end + 1 });
  }
  // Appended one by one: a spread of a scrape's thousands of cuts would overflow the stack.
  if (glued.length >= 2) for (const cut of glued) cuts.push(cut);
  if (commas.length >= 2) for (const cut of commas) cuts.push(cut);
  const signOff = signOffCut(text, true);
  if (signOff !== null) cuts.push(signOff);
  return tidy(cuts);
}

/** Whether the text before `at` (spaces trimmed) ends a sentence or a bracketed credit. */
function afterSentence(text: string, at: number): boolean {
  let j = at - 1;
  while (j > 0 && isCloser(text.charCodeAt(j))) j--;
  return sentenceEndAfter(text, j) >= 0 || text.charCodeAt(at - 1) === 93 /* ] */;
}

/**
 * An e-mail near the end after a sentence end: the sign-off. On a line too short to be a scrape
 * only one glued to the stop (`했다.kim@yna.co.kr`) is cut off; `spaced` allows spaces between.
 */
export function signOffCut(text: string, spaced: boolean): Cut | null {
  if (!text.includes('@')) return null;
  const from = Math.max(0, text.length - SIGN_OFF_TAIL - 80);
  E_MAIL.lastIndex = from;
  for (let m = E_MAIL.exec(text); m !== null; m = E_MAIL.exec(text)) {
    if (text.length - (m.index + m[0].length) > SIGN_OFF_TAIL) continue;
    let j = m.index - 1;
    while (spaced && j > 0 && text.charCodeAt(j) === 32) j--;
    if (j > 0 && sentenceEndAfter(text, j) === j + 1) return { end: j + 1, next: m.index };
  }
  return null;
}

/** The cuts in order, one per point, dropping those inside another's separator. */
function tidy(cuts: Cut[]): Cut[] {
  cuts.sort((a, b) => a.end - b.end);
  const out: Cut[] = [];
  for (const cut of cuts) {
    const last = out[out.length - 1];
    if (last !== undefined && cut.end < last.next) continue;
    out.push(cut);
  }
  return out;
}
