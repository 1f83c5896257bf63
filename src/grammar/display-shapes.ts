/**
 * The shapes of display lines the display rule tells apart by their look.
 *
 * A slug line is a desk label, not a headline. Yonhap's web
 * slugs are a few words (`Paddy birds-Gimpo`); AFP's keyword slugs join words with `/` or `-`
 * (`Burkina-Faso`, `اسرائيل/فلسطينيون/نزاع`, `قدم-انكلترا-بطولة`). A Korean headline over a
 * subhead (`'軍 또 왜 이러나'…잇단 구타·가혹행위 사건에 침통`) is neither.
 *
 * A bare name right above the dateline is the byline of copy assembled from fields (AFP's
 * `<ByLine>` line: `بن ستانسال`, `Jane Doe`), not a deck.
 */
import { isAsciiText, TwinPattern } from '../text/ascii-twin.js';
import { SMALL_LETTER } from '../text/opening.js';

const WORDS = /\s+/;
const SENTENCE_END = /[.!?…。]$/;
/** Words joined without spaces: `a/b`, `a-b` (letters on both sides), or ` -b` as AFP writes lists. */
const JOINS = new TwinPattern(String.raw`\p{L}[/-](?=\p{L})|\s-(?=\p{L})`, 'gu');
const SLASH_JOIN = new TwinPattern(String.raw`\p{L}\/\p{L}`, 'u');
const HYPHEN_JOIN = new TwinPattern(String.raw`\p{L}-\p{L}`, 'u');

/** At most this many words in a slug of the profile's display order. */
const SLUG_WORDS = 5;

/** Desks key their slugs in Latin script: a line in Hangul, Han or Kana over another is a headline. */
const CJK = /[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]/;

/** A short label: a few words, no sentence end, not in a CJK script. */
export function isShortLabel(text: string): boolean {
  return text.split(WORDS).length <= SLUG_WORDS && !SENTENCE_END.test(text) && !CJK.test(text);
}

/** A short label with words joined by a hyphen, as Yonhap's slugs are (`N Korea-missile`). */
export function isJoinedLabel(text: string): boolean {
  return isShortLabel(text) && HYPHEN_JOIN.test(text);
}

/** A keyword slug: words joined by `/`, or more joins by `-` than spaces (and no sentence end). */
export function isKeywordSlug(text: string): boolean {
  if (SENTENCE_END.test(text) || text.length > 80) return false;
  if (SLASH_JOIN.test(text) && !text.includes(' ')) return true;
  const joins = text.match(JOINS.for(isAsciiText(text)))?.length ?? 0;
  const spaces = text.split(WORDS).length - 1;
  return joins >= 1 && (spaces === 0 || (joins >= 2 && joins > spaces));
}

/**
 * Two to four words of letters, each capitalised where the script has capitals, and not all in
 * capitals (`REPEAT FROM LATE FRIDAY` is a desk note on the 1987 wire).
 */
const NAME_WORD = new TwinPattern(String.raw`^[\p{L}\p{M}][\p{L}\p{M}'’-]{0,24}$`, 'u');
const SMALL_FIRST = new TwinPattern(String.raw`^\p{Ll}`, 'u');
const CAPITAL = new TwinPattern(String.raw`\p{Lu}`, 'u');

export function isBareName(text: string): boolean {
  const words = text.split(WORDS);
  if (text.length > 40 || words.length < 2 || words.length > 4) return false;
  return words.every((w) => NAME_WORD.test(w) && !SMALL_FIRST.test(w)) && (SMALL_LETTER.test(text) || !CAPITAL.test(text));
}
