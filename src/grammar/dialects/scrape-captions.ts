/**
 * Photo captions a scraper ran into the text: each ends in a credit an agency profile lists
 * (`[AP=연합뉴스]`, `[대구시 제공. 재판매 및 DB 금지]`, `2024.5.3/뉴스1 ⓒNews1 NAME 기자`,
 * `(PHOTO NOT FOR SALE) (Yonhap)`, `(Photo by NAME/Xinhua)`), maybe followed by the photo desk's
 * e-mail, and starts either at the sentence before that credit or, for a caption with a dateline
 * of its own (`TITLE(워싱턴=연합뉴스) NAME이 ... 2024.4.4 [... 제공] photo@yna.co.kr`), at the
 * sentence that dateline stands in, which may lie a paragraph break earlier.
 */
import { PROFILES } from '../../profiles/index.js';
import { sentenceEndAfter, sentenceStart } from './scrape-breaks.js';

/** A piece of a scraped line: its text, and whether it is a caption. */
export interface Piece {
  text: string;
  caption: boolean;
}

/** The photo desk's address after a credit. */
const DESK_MAIL = /\s{1,3}[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/;
/** What may stand between a caption's sentence and its credit: its date (`2024.4.4`), a restriction (`(PHOTO NOT FOR SALE)`). */
const CAPTION_DATE = /\s?\d{4}\.\d{1,2}\.\d{1,2}\.?$/;
const RESTRICTION = /\s?\([A-Z][A-Z ]{3,40}\)$/;
/** A dateline inside a caption: place and agency in brackets, no reporter and `=` after it. */
const CAPTION_DATELINE = /\([^()=\s][^()=]{0,19}=[^()=]{1,20}\)(?![ \t]{0,3}[^ =()]{1,10}(?: [^ =()]{1,10}){0,2}[ \t]{0,3}(?:기자|특파원)[ \t]{0,3}=)/g;

const CREDITS: readonly RegExp[] = PROFILES.flatMap((p) => p.captionCredits);

/** The characters a caption credit ends with (`)`, `]`, `자` of `기자`): a piece ending otherwise is asked no pattern. */
const CREDIT_LAST = new Set([...')]자'].map((c) => c.charCodeAt(0)));

/** Where the credit a caption ends with starts in `text`, or -1. */
function creditAt(text: string): number {
  if (!CREDIT_LAST.has(text.charCodeAt(text.length - 1))) return -1;
  const tail = text.length > 200 ? text.slice(-200) : text;
  const offset = text.length - tail.length;
  for (const re of CREDITS) {
    const m = re.exec(tail);
    if (m !== null) return offset + m.index;
  }
  return -1;
}

/**
 * Cuts the captions out of a scraped line's pieces: a piece that ends in a credit, and is not the
 * last (a reprint's last paragraph may end `(Yonhap)`), ends a caption.
 */
export function cutCaptions(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const text = piece.text.includes('@') ? piece.text.replace(DESK_MAIL, '') : piece.text;
    const credit = k < pieces.length - 1 ? creditAt(text) : -1;
    if (credit < 0) {
      out.push(piece);
      continue;
    }
    // A caption with a dateline of its own may have begun in the piece before.
    const here = captionDateline(piece.text, 0, credit);
    const previous = out[out.length - 1];
    const there = here < 0 && previous !== undefined && !previous.caption ? captionDateline(previous.text, 0, previous.text.length) : -1;
    if (there >= 0) {
      const start = sentenceStart(previous!.text, there);
      const caption = `${previous!.text.slice(start)} ${piece.text}`;
      if (start > 0) previous!.text = previous!.text.slice(0, start).trimEnd();
      else out.pop();
      out.push({ text: caption, caption: true });
      continue;
    }
    const start = here >= 0 ? sentenceStart(piece.text, here) : captionStart(text, credit);
    if (start > 0) out.push({ text: piece.text.slice(0, start).trimEnd(), caption: false });
    out.push({ text: piece.text.slice(start), caption: true });
  }
  return out;
}

/** Where the caption sentence before a credit at `credit` starts: its date and final stop are the caption's. */
function captionStart(text: string, credit: number): number {
  let end = text.slice(0, credit).trimEnd().replace(RESTRICTION, '').replace(CAPTION_DATE, '').length;
  // The caption's own full stop, before its date or credit, ends no earlier sentence.
  if (end > 0 && sentenceEndAfter(text, end - 1) === end) end--;
  return sentenceStart(text, end);
}

/** The first caption dateline in text[from, to), or -1. */
function captionDateline(text: string, from: number, to: number): number {
  CAPTION_DATELINE.lastIndex = from;
  const m = CAPTION_DATELINE.exec(text);
  return m !== null && m.index < to ? m.index : -1;
}
