import { profile } from '../profile.js';

/**
 * News1, a Korean agency: the bracket dateline of Korean copy (`(서울=뉴스1) 홍길동 기자 =`),
 * reporter named in it; photo captions end with the date, the agency and the photographer
 * (`2024.5.3/뉴스1 ⓒNews1 홍길동 기자`); reporters sign off with a `@news1.kr` address.
 */
export default profile({
  id: 'news1',
  name: 'News1',
  aliases: ['News1', '뉴스1', 'News1 Korea'],
  display: 'slug-headline',
  datelineForms: ['korean'],
  separators: ['='],
  footer: [
    { kind: 'email', line: /^[\w.+-]{1,64}@news1\.kr(?![\w.]).{0,160}$/ },
    { kind: 'copyright', line: /^(?:<|\[)?(?:저작권자\s?)?(?:ⓒ|©|\(c\))\s?(?:News1|뉴스1).{0,80}$/i },
  ],
  captionCredits: [/\d{4}\.\d{1,2}\.\d{1,2}\/(?:뉴스1|News1) ?(?:ⓒ|©) ?News1 [^\s()[\]]{1,12}(?: [^\s()[\]]{1,12})? 기자$/],
});
