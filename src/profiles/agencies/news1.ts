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
  display: 'headline-deck',
  datelineForms: ['korean'],
  separators: ['='],
  footer: [
    { kind: 'email', line: /^[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}@news1\.kr(?![A-Za-z0-9_.]).{0,160}$/ },
    { kind: 'copyright', line: /^[<[]?(?:저작권자 ?)?(?:ⓒ|©|\([cC]\)) ?(?:News1|뉴스1).{0,80}$/ },
  ],
  captionCredits: [/\d{4}\.\d{1,2}\.\d{1,2}\/(?:뉴스1|News1) ?(?:ⓒ|©) ?News1 [^\s()[\]]{1,12}(?: [^\s()[\]]{1,12})? 기자$/],
});
