import { profile } from '../profile.js';

export default profile({
  id: 'yonhap',
  name: 'Yonhap',
  aliases: ['Yonhap', 'Yonhap News Agency', '연합뉴스', '연합'],
  display: 'slug-headline',
  footer: [
    { kind: 'end', line: /^\(END\)$/ },
    { kind: 'copyright', line: /^\(C\) Yonhap News Agency\b.*$/i },
    { kind: 'credit', line: /^\(Yonhap\)$/ },
  ],
  gluedEnd: [/(?<!\s)\s*\(END\)$/],
  captionCredits: [/\(Yonhap\)$/],
});
