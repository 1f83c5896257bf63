/**
 * A dateline a scraper glued to what stood above it: a slug (`N Korea-missile SEOUL, March 2
 * (Yonhap) --`), a byline (`By Jane DoeSINGAPORE (Reuters) -`), a subhead or a caption
 * (`...기자(서울=뉴스1) 이세현 기자 =`), a headline (`...科学新华社北京5月7日电`). Each dateline
 * shape leaves a mark a few characters long (an agency in brackets before a dash, `=` inside
 * brackets, `日电`); the dateline forms are tried only at the word starts just before that mark.
 */
import { readDateline } from '../dateline/parse.js';
import { TwinPattern } from '../../text/ascii-twin.js';
import { SMALL_LETTER } from '../../text/opening.js';

/** How far into a line a glued dateline is looked for. */
const REACH = 600;
/** How far before its mark a dateline can start (a place of three segments and a date). */
const PLACE_REACH = 80;

/**
 * The marks: an agency in brackets followed by a dash or `=` (`(Yonhap) --`, `(Reuters) -`,
 * `(서울=뉴스1) NAME 기자 =`), and the Chinese `日电`.
 */
const MARK = /\([^()\n]{1,40}\)[ \t]{0,3}(?:--|[-—–=]|[^ =()]{1,10}(?: [^ =()]{1,10}){0,2}[ \t]{0,3}(?:기자|특파원)[ \t]{0,3}=)|\d日电/g;

/**
 * Where a dateline glued to the text before it starts in `text` (after its first character), or
 * -1 when the line holds none or opens with its dateline. Of the starts that read as a dateline
 * running to the mark, the leftmost whose place has no small letter wins (`SEOUL` of
 * `N Korea-missile SEOUL`, `NEW YORK` rather than `YORK`); else the rightmost (`Pyongyang` of
 * `Return HomePyongyang`). A line that reads as a dateline from its start (`Pyongyang, May 4
 * (KCNA) --`) gives way only to a later start with an all-capitals place: that is the wire's
 * dateline, the words before it a slug or a byline (`Ferry-Jeju MOKPO, May 4 (Yonhap) --`).
 */
export function gluedDatelineAt(text: string): number {
  const head = text.length > REACH ? text.slice(0, REACH) : text;
  MARK.lastIndex = 0;
  const mark = MARK.exec(head);
  if (mark === null) return -1;
  const chinese = mark[0].endsWith('电');
  const markAt = chinese ? mark.index + 1 : mark.index;
  let opens = false;
  let fallback = -1;
  for (const at of starts(head, Math.max(0, markAt - PLACE_REACH), markAt, chinese)) {
    const m = readDateline(head.slice(at));
    if (m === null || at + m.end <= markAt) continue;
    const capitalPlace = m.location === null ? !opens : !SMALL_LETTER.test(m.location);
    if (at === 0) {
      if (capitalPlace) return -1;
      opens = true;
    } else if (capitalPlace) {
      return at;
    } else if (!opens) {
      fallback = at;
    }
  }
  return fallback;
}

const CAPITAL = new TwinPattern(String.raw`\p{Lu}`, 'u');

/**
 * Candidate starts between `from` and `to` (inclusive), left to right: the line start, after a
 * space, where a capital follows a small letter (`DoeSINGAPORE`), at an opening bracket; in
 * Chinese, where words are not spaced, every character.
 */
function starts(text: string, from: number, to: number, chinese: boolean): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) {
    const c = text.charAt(i);
    if (c === ' ' || c === '\t') continue;
    const before = i === 0 ? ' ' : text.charAt(i - 1);
    if (chinese || before === ' ' || before === '\t' || c === '(' || (CAPITAL.test(c) && SMALL_LETTER.test(before))) out.push(i);
  }
  return out;
}
