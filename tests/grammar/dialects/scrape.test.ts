/**
 * Scraped copy (src/grammar/dialects/scrape*.ts): where a scraper ran lines together, the cuts
 * that part them again. All text is invented, in each agency's shape.
 */
import { describe, expect, it } from 'vitest';
import { breaksOf, sentenceEndAfter, signOffCut } from '../../../src/grammar/dialects/scrape-breaks.js';
import { cutCaptions } from '../../../src/grammar/dialects/scrape-captions.js';
import { gluedDatelineAt } from '../../../src/grammar/dialects/scrape-dateline.js';
import { parseText } from '../../../src/pipeline/parse.js';

/** The pieces `breaksOf` cuts a line into. */
function piecesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const cut of breaksOf(text)) {
    out.push(text.slice(start, cut.end).trim());
    start = cut.next;
  }
  out.push(text.slice(start).trim());
  return out;
}

const KOREAN_PARAS = ['시는 새 다리를 다음 달 개통한다고 밝혔다.', '다리는 길이 1.2㎞로 왕복 4차로다.', '시는 출퇴근 시간이 10분 줄 것으로 내다봤다.'] as const;
const ENGLISH_PARAS = ['The harbour board approved a new pier on Monday.', 'Work will start in March and take two years.', 'The pier will serve ferries to the outer islands.'] as const;

describe('paragraph breaks a scraper left', () => {
  it('cuts at runs of spaces once the line shows two', () => {
    expect(piecesOf(KOREAN_PARAS.join('    '))).toEqual(KOREAN_PARAS);
  });

  it('does not cut at a single double space after a full stop', () => {
    expect(breaksOf(`${ENGLISH_PARAS[0]}  ${ENGLISH_PARAS[1]} ${ENGLISH_PARAS[2]}`)).toEqual([]);
  });

  it('cuts sentences glued without a space, in Hangul and in Latin script', () => {
    expect(piecesOf(KOREAN_PARAS.join(''))).toEqual(KOREAN_PARAS);
    expect(piecesOf(ENGLISH_PARAS.join(''))).toEqual(ENGLISH_PARAS);
  });

  it('leaves one glued spot alone, and decimals, abbreviations and addresses', () => {
    expect(breaksOf('The board met on Monday.It approved the pier, the chair said in a statement.')).toEqual([]);
    expect(breaksOf('Rates rose 2.5 percent, Mr.Kim said, and the U.S.Navy agreed. Write to desk@example.com.')).toEqual([]);
  });

  it('cuts where commas stand for the breaks, and drops the commas', () => {
    expect(piecesOf(ENGLISH_PARAS.join(','))).toEqual(ENGLISH_PARAS);
  });

  it('cuts an e-mail sign-off glued to the last sentence', () => {
    const line = `${KOREAN_PARAS[0]}minsu@example.co.kr`;
    const cut = signOffCut(line, false)!;
    expect([line.slice(0, cut.end), line.slice(cut.next)]).toEqual([KOREAN_PARAS[0], 'minsu@example.co.kr']);
    expect(signOffCut(`${KOREAN_PARAS[0]} minsu@example.co.kr`, false)).toBeNull();
  });

  it('knows a sentence end from an abbreviation', () => {
    expect(sentenceEndAfter('It rained.', 9)).toBe(10);
    expect(sentenceEndAfter('Gen. Lee', 3)).toBe(-1);
    expect(sentenceEndAfter('the U.S. Navy', 7)).toBe(-1);
    expect(sentenceEndAfter('"It rained."', 10)).toBe(12);
  });
});

describe('a dateline glued to the line above it', () => {
  it('after a slug', () => {
    const line = 'Ferry-Jeju MOKPO, May 4 (Yonhap) -- A ferry line to Jeju resumed service.';
    expect(line.slice(gluedDatelineAt(line))).toMatch(/^MOKPO, May 4/);
  });

  it('after a byline run into the place', () => {
    const line = 'By Jane RoeSINGAPORE (Reuters) - The port handled record volumes.';
    expect(line.slice(gluedDatelineAt(line))).toMatch(/^SINGAPORE \(Reuters\)/);
  });

  it('after a subhead and a caption, in Korean', () => {
    const line = '새 다리 다음 달 개통 다리 전경. 2026.3.2/뉴스1 ⓒNews1 박서연 기자(부산=뉴스1) 박서연 기자 = 부산시는 밝혔다.';
    expect(line.slice(gluedDatelineAt(line))).toMatch(/^\(부산=뉴스1\) 박서연 기자 =/);
  });

  it('after a Chinese headline', () => {
    const line = '新线路开通新华社上海3月5日电 上海市宣布开通新线路。';
    expect(line.slice(gluedDatelineAt(line))).toMatch(/^新华社上海3月5日电/);
  });

  it('not when the line opens with its dateline, nor in a sentence', () => {
    expect(gluedDatelineAt('SEOUL, Oct. 30 (Yonhap) -- The ministry said.')).toBe(-1);
    expect(gluedDatelineAt('(부산=뉴스1) 박서연 기자 = 부산시는 밝혔다.')).toBe(-1);
    expect(gluedDatelineAt('Shares of Acme Corp (ACME) rose two percent on Monday.')).toBe(-1);
  });
});

describe('captions a scraper ran into the text', () => {
  const pieces = (texts: string[]) => texts.map((text) => ({ text, caption: false }));

  it('from the sentence before a profile credit', () => {
    const out = cutCaptions(pieces([`${KOREAN_PARAS[0]} 새 다리 전경[부산시 제공. 재판매 및 DB 금지]`, KOREAN_PARAS[1]]));
    expect(out).toEqual([
      { text: KOREAN_PARAS[0], caption: false },
      { text: '새 다리 전경[부산시 제공. 재판매 및 DB 금지]', caption: true },
      { text: KOREAN_PARAS[1], caption: false },
    ]);
  });

  it('a caption sentence with its date and a News1 credit', () => {
    const out = cutCaptions(pieces([`${KOREAN_PARAS[0]} 시장이 다리를 둘러보고 있다. 2026.3.2/뉴스1 ⓒNews1 박서연 기자`, KOREAN_PARAS[1]]));
    expect(out.filter((p) => p.caption).map((p) => p.text)).toEqual(['시장이 다리를 둘러보고 있다. 2026.3.2/뉴스1 ⓒNews1 박서연 기자']);
  });

  it('a caption with a dateline of its own, across a paragraph break', () => {
    const out = cutCaptions(pieces([
      `${KOREAN_PARAS[0]} 개통식 참석한 시장(부산=연합뉴스) 시장이 개통식에서 축사하고 있다.`,
      '시는 다리 개통에 맞춰 버스 노선을 늘린다. 2026.3.2 [부산시 제공. 재판매 및 DB 금지] photo@example.co.kr',
      KOREAN_PARAS[2],
    ]));
    expect(out.map((p) => p.caption)).toEqual([false, true, false]);
    expect(out[1]!.text).toMatch(/^개통식 참석한 시장\(부산=연합뉴스\).*photo@example\.co\.kr$/);
  });

  it('an English caption with its restriction and credit', () => {
    const out = cutCaptions(pieces([`${ENGLISH_PARAS[0]} Cranes stand at the pier site in Mokpo. (PHOTO NOT FOR SALE) (Yonhap)`, ENGLISH_PARAS[1]]));
    expect(out.filter((p) => p.caption).map((p) => p.text)).toEqual(['Cranes stand at the pier site in Mokpo. (PHOTO NOT FOR SALE) (Yonhap)']);
  });

  it('not the last piece: a reprint ends with its credit', () => {
    expect(cutCaptions(pieces([ENGLISH_PARAS[0], `${ENGLISH_PARAS[1]} (Yonhap)`])).every((p) => !p.caption)).toBe(true);
  });
});

describe('a story scraped onto one line', () => {
  const line = [
    '새 다리 다음 달 개통(부산=연합뉴스) 박서연 기자 = ' + KOREAN_PARAS[0],
    '새 다리 전경[부산시 제공. 재판매 및 DB 금지]',
    KOREAN_PARAS[1],
    KOREAN_PARAS[2],
    'seoyeon@yna.co.kr',
  ].join('    ');

  it('is read part by part', () => {
    const [story] = parseText(`부산 새 다리 다음 달 개통\n\n${line}\n`);
    expect(story).toMatchObject({
      headline: '부산 새 다리 다음 달 개통',
      deck: '새 다리 다음 달 개통',
      byline: '박서연 기자',
      agency: 'Yonhap',
      dateline: { location: '부산', agency: '연합뉴스' },
      body: KOREAN_PARAS,
      footer: { lines: ['seoyeon@yna.co.kr'] },
    });
    expect(story!.captions.map((c) => c.text)).toEqual(['새 다리 전경[부산시 제공. 재판매 및 DB 금지]']);
  });

  it('keeps its layout by source line: each line once', () => {
    const [story] = parseText(`부산 새 다리 다음 달 개통\n\n${line}\n`);
    expect(story!.layout.map((run) => [run.start, run.end])).toEqual([[1, 1], [2, 2], [3, 3]]);
  });
});
