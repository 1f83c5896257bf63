/**
 * Random text made of the pieces wire copy is made of, so that generated inputs reach every
 * construct of the grammar (markers, datelines, framing controls, captions, footers).
 */
import fc from 'fast-check';

/** Text from the pieces wire copy is made of, so that random inputs reach every construct. */
const PIECES = [
  '\n', '\n', '\n', '\r\n', '\r', ' ', '    ', '\t', 'word', 'Word', 'WORD', '.', ',', '-', '--', '—', '_', '=', ':',
  '(', ')', '(END)', 'Enditem', ' Reuter', 'Reuters', '-0-', '(MORE)', '3 of 12 DOCUMENTS', 'SEOUL, Oct. 30 (Yonhap) -- ',
  'WASHINGTON (AP) — ', 'NEW YORK, Feb 26 - ', 'MOSCOW, June 27. /TASS/. ', '(서울=연합뉴스) 홍길동 기자 = ', '(Reuters) - ',
  'By Jane Roe', '(Eds: ', 'ATTN:', '(LEAD)', 'URGENT', 'REFILE-', '******', '▲', '|', '| ▲ caption (Yonhap) |', '![](a.jpg)',
  '(C) Yonhap News Agency', '© 2024 AFP', 'jane@example.com', '((jane@example.com))', 'Reporting by Jane Roe',
  '\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0016', '\u001f', '\u000c', '\u007f', '\u00a0', '\u2028',
  'a a BC-SLUG 11-13 0412', 'AP-WF-11-13-13 1509GMT<', 'é', '한국', '😀', '\ud800',
];

export const wireish: fc.Arbitrary<string> = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));
