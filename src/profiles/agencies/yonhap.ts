import { profile } from '../profile.js';

/**
 * Yonhap: English copy (`SEOUL, Oct. 30 (Yonhap) --`), the Korean service (`(서울=연합뉴스) 홍길동
 * 기자 =`, reporter named in the dateline, `(끝)`), web pages (slug above the headline, `(END)`
 * glued to the last sentence, copyright line) and reprints ending `(Yonhap)`.
 */
export default profile({
  id: 'yonhap',
  name: 'Yonhap',
  aliases: ['Yonhap', 'Yonhap News Agency', '연합뉴스', '연합'],
  display: 'slug-headline',
  datelineForms: ['place-date-agency', 'korean'],
  separators: ['--', '='],
  footer: [
    { kind: 'end', line: /^\((?:END|끝)\)$/ },
    { kind: 'copyright', line: /^<?저작권자\s?(?:\(c\)|ⓒ|©)\s?연합뉴스.*$/i },
    { kind: 'credit', line: /^\(Yonhap\)$/ },
    // The reporter's address, with what a scraper ran onto it (share widget text, handles).
    { kind: 'email', line: /^[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}@yna\.co\.kr(?![A-Za-z0-9_.]).{0,160}$/ },
  ],
  gluedEnd: [/\((?:END|끝)\)$/, /(?<=\s)\(Yonhap\)$/],
  // Korean web captions credit in brackets: `[연합뉴스 자료사진]`, `[대구시 제공. 재판매 및 DB 금지]`.
  captionCredits: [/\(Yonhap\)$/, /\[[^[\]]{0,60}(?:연합뉴스|제공|공동취재)[^[\]]{0,60}\]$/],
});
