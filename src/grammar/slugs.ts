/**
 * What a slug line looks like, for the display rule: a desk label, not a headline. Yonhap's web
 * slugs are a few words (`Paddy birds-Gimpo`); AFP's keyword slugs join words with `/` or `-`
 * (`Burkina-Faso`, `اسرائيل/فلسطينيون/نزاع`, `قدم-انكلترا-بطولة`). A Korean headline over a
 * subhead (`'軍 또 왜 이러나'…잇단 구타·가혹행위 사건에 침통`) is neither.
 */

const WORDS = /\s+/;
const SENTENCE_END = /[.!?…。]$/;
/** Words joined without spaces: `a/b`, `a-b` (letters on both sides), or ` -b` as AFP writes lists. */
const JOINS = /\p{L}[/-](?=\p{L})|\s-(?=\p{L})/gu;
const SLASH_JOIN = /\p{L}\/\p{L}/u;

/** At most this many words in a slug of the profile's display order. */
const SLUG_WORDS = 5;

/** A short label: a few words, no sentence end. */
export function isShortLabel(text: string): boolean {
  return text.split(WORDS).length <= SLUG_WORDS && !SENTENCE_END.test(text);
}

/** A keyword slug: words joined by `/`, or more joins by `-` than spaces (and no sentence end). */
export function isKeywordSlug(text: string): boolean {
  if (SENTENCE_END.test(text) || text.length > 80) return false;
  if (SLASH_JOIN.test(text) && !text.includes(' ')) return true;
  const joins = text.match(JOINS)?.length ?? 0;
  const spaces = text.split(WORDS).length - 1;
  return joins >= 1 && (spaces === 0 || (joins >= 2 && joins > spaces));
}
