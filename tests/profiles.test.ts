/**
 * The agency profiles (src/profiles): the registry, alias lookup, each agency's footer rules,
 * glued end markers and caption credits, and that every profile has a golden fixture.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MONTHS } from '../src/dates/months.js';
import { readCaption } from '../src/grammar/captions.js';
import { readDateline } from '../src/grammar/dateline/parse.js';
import { parseBytes, parseText } from '../src/pipeline/parse.js';
import { matchFooter, PROFILES, profileByAlias, profileById, profileNamedIn, type FooterKind } from '../src/profiles/index.js';

const root = new URL('../', import.meta.url).pathname;

describe('registry', () => {
  it('ids are unique and every alias names one profile', () => {
    expect(new Set(PROFILES.map((p) => p.id)).size).toBe(PROFILES.length);
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of PROFILES) {
      for (const alias of new Set([p.name, ...p.aliases].map((a) => a.toLowerCase()))) {
        if (owner.has(alias)) clashes.push(`${alias}: ${owner.get(alias)} and ${p.id}`);
        owner.set(alias, p.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every profile is found by its id, its name and each alias', () => {
    for (const p of PROFILES) {
      expect(profileById(p.id)).toBe(p);
      for (const alias of [p.name, ...p.aliases]) expect(profileByAlias(alias)?.id, alias).toBe(p.id);
    }
  });

  it('every filing language has a month table', () => {
    for (const p of PROFILES) for (const language of p.languages) expect(MONTHS, `${p.id}: ${language}`).toHaveProperty(language);
  });
});

describe('profileByAlias', () => {
  const CASES: [string, string | undefined][] = [
    ['Reuter', 'reuters'],
    ['REUTERS', 'reuters'],
    ['tca/dpa', 'dpa'],
    ['dpa/lni', 'dpa'],
    ['Europa Press', 'europapress'],
    ['뉴스1', 'news1'],
    ['أ ف ب', 'afp'],
    ['서울=연합뉴스', 'yonhap'],
    ['ТАСС', 'tass'],
    ['AA', 'anadolu'],
    ['Anadolu Ajansı', 'anadolu'],
    ['BERNAMA', 'bernama'],
    ['ANTARA', 'antara'],
    ['TTXVN', 'vna'],
    ['  Kyodo News ', 'kyodo'],
    ['Bloomberg', undefined],
    ['tca', undefined],
    ['', undefined],
  ];
  profileCases(CASES, profileByAlias);
});

describe('profileNamedIn', () => {
  const CASES: [string, string | undefined][] = [
    ['Copyright 2026 The Associated Press. All rights reserved.', 'ap'],
    ['© 2026 ANP. Alle auteursrechten voorbehouden.', 'anp'],
    ['Anna Berg/TT', 'tt'],
    ['AP Business Writer', 'ap'],
    ['By Jane Doe, Reuters', 'reuters'],
    ['anna.berg@tt.se', 'tt'],
    ['jane.doe@news.thomsonreuters.com', 'reuters'],
    ['The APT line and CPR tracks', undefined],
    ['jane@example.com', undefined],
  ];
  profileCases(CASES, profileNamedIn);
});

/** One test per case: the text, and the id of the profile `find` gives for it (none: undefined). */
function profileCases(cases: readonly [string, string | undefined][], find: (text: string) => { id: string } | undefined): void {
  for (const [text, id] of cases) {
    it(`${JSON.stringify(text)} → ${id ?? 'none'}`, () => {
      expect(find(text)?.id).toBe(id);
    });
  }
}

describe('footer rules', () => {
  /** [profile id, footer line, kind, whose rule reads it: the profile's own or a common one]. */
  const CASES: [string, string, FooterKind, 'own' | 'common'][] = [
    ['yonhap', '(END)', 'end', 'own'],
    ['yonhap', '(끝)', 'end', 'own'],
    ['yonhap', '(C) Yonhap News Agency. All Rights Reserved', 'copyright', 'common'],
    ['yonhap', '<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>', 'copyright', 'own'],
    ['yonhap', '(Yonhap)', 'credit', 'own'],
    ['yonhap', 'minsu@yna.co.kr', 'email', 'own'],
    ['yonhap', 'minsu@yna.co.kr페이스북 X(트위터)', 'email', 'own'],
    ['news1', 'haram@news1.kr', 'email', 'own'],
    ['news1', '[ⓒ 뉴스1코리아(news1.kr), 무단 전재 및 재배포 금지]', 'copyright', 'own'],
    ['afp', 'مرن/سط', 'signoff', 'own'],
    ['xinhua', 'Enditem', 'end', 'own'],
    ['xinhua', '（完）', 'end', 'own'],
    ['reuters', 'Reuter', 'signoff', 'own'],
    ['reuters', '($1 = 1.47 Australian dollars)', 'note', 'own'],
    ['reuters', '(1 euro = 0.8612 pounds)', 'note', 'own'],
    ['reuters', '((jane.doe@thomsonreuters.com; +61 2 5550 0000;))', 'email', 'own'],
    ['reuters', '(Reporting by Jane Doe; Editing by John Roe)', 'note', 'common'],
    ['reuters', 'Our Standards: The Thomson Reuters Trust Principles.', 'note', 'own'],
    ['ap', '___', 'rule', 'common'],
    ['ap', 'Associated Press writer Maria Ortiz in Austin contributed to this report.', 'contributor', 'own'],
    ['ap', 'Associated Press journalists in Dallas and Houston also took part.', 'contributor', 'own'],
    ['ap', 'The Associated Press receives support from several foundations. The AP is solely responsible for all content.', 'note', 'own'],
    ['ap', 'AP’s climate coverage receives financial support from private foundations.', 'note', 'own'],
    ['ap', 'Follow AP’s coverage of the floods at https://apnews.example/hub/floods', 'note', 'own'],
    ['ap', 'This story has been corrected to show the bridge is in Llano County.', 'note', 'own'],
    ['ap', 'AP-WF-11-13-25 1509GMT', 'signoff', 'own'],
    ['afp', 'bur-cmr/lpa/ib', 'signoff', 'common'],
    ['afp', '© 2024 AFP', 'copyright', 'common'],
    ['kyodo', '==Kyodo', 'signoff', 'own'],
    ['pti', 'PTI RSN HVA', 'signoff', 'own'],
    ['ians', '--IANS', 'signoff', 'own'],
    ['ians', 'vk/arm', 'signoff', 'common'],
    ['ani', '(ANI)', 'end', 'own'],
    ['upi', 'Copyright 2025 United Press International, Inc. All Rights Reserved.', 'copyright', 'common'],
    ['dpa', 'dpa abc def', 'signoff', 'own'],
    ['dpa', 'dpa kj xx n1', 'signoff', 'own'],
    ['bernama', '-- BERNAMA', 'signoff', 'own'],
    ['bernama', 'BERNAMA brings the news to you on its wire, website and radio stations.', 'promo', 'own'],
    ['anadolu', '*Writing by Elif Kaya', 'contributor', 'own'],
    ['efe', 'EFE', 'signoff', 'own'],
    ['efe', 'EFE ab/cd', 'signoff', 'own'],
    ['efe', 'ab/cd', 'signoff', 'common'],
    ['ansa', '(ANSA).', 'end', 'own'],
    ['kcna', '-0-', 'end', 'common'],
    ['antara', '(*)', 'end', 'own'],
    ['antara', 'Editor: Rina Wulandari', 'contributor', 'own'],
    ['antara', 'Pewarta: Budi Santoso', 'contributor', 'own'],
    ['antara', 'Copyright © ANTARA 2025', 'copyright', 'common'],
    ['vna', 'VNA', 'credit', 'own'],
    ['aap', 'AAP tw/jm', 'signoff', 'own'],
    ['dpa', 'dpa so yy z2 a3 vni/dmo', 'signoff', 'own'],
    ['cp', 'This report by The Canadian Press was first published March 3, 2026.', 'note', 'own'],
    ['cp', '— By Jane Doe in Halifax, with files from John Roe in Moncton.', 'contributor', 'own'],
    ['tt', 'Anna Berg/TT', 'contributor', 'own'],
    ['ats', 'ats/abc/def', 'signoff', 'own'],
    ['europapress', 'Copyright 2026 Europa Press.', 'copyright', 'common'],
    ['anp', '© 2026 ANP. Alle auteursrechten en databankrechten voorbehouden.', 'copyright', 'common'],
  ];
  for (const [id, line, kind, owner] of CASES) {
    it(`${id}: ${line}`, () => {
      const profile = profileById(id)!;
      expect(matchFooter(line, profile)).toEqual({ kind, profile: owner === 'own' ? profile : undefined });
      // Without knowing the agency, the line is still a footer line of the same kind.
      expect(matchFooter(line)?.kind).toBe(kind);
    });
  }

  it('every profile rule is exercised above', () => {
    const unexercised: string[] = [];
    for (const p of PROFILES) {
      for (const rule of p.footer) {
        if (!CASES.some(([id, line]) => id === p.id && rule.line.test(line))) unexercised.push(`${p.id} ${rule.line}`);
      }
    }
    expect(unexercised).toEqual([]);
  });

  const PROSE = [
    'The trial starts on September 1.',
    'VNA reporters visited the site on Monday.',
    'Editor: the note below is for subscribers only: do not publish.',
    'BERNAMA',
    'PTI reported the figures on Friday.',
    'dpa reported the figures on Friday.',
    'The AP said the count was continuing.',
    '(Photo by Ma Jun/Xinhua)',
  ];
  for (const line of PROSE) {
    it(`prose is not a footer line: ${line}`, () => {
      expect(matchFooter(line)).toBeNull();
    });
  }
});

describe('glued end markers', () => {
  const CASES: [string, string, string][] = [
    ['SEOUL, June 1 (Yonhap) -- The strike ended on Monday. (END)', 'The strike ended on Monday.', '(END)'],
    ['SEOUL, June 1 (Yonhap) -- The show runs for three months. (Yonhap)', 'The show runs for three months.', '(Yonhap)'],
    ['(서울=연합뉴스) 김민수 기자 = 파업이 끝났다. (끝)', '파업이 끝났다.', '(끝)'],
    ['BEIJING, June 1 (Xinhua) -- The line opened. Enditem', 'The line opened.', 'Enditem'],
    ['新华社北京6月1日电 线路开通。（完）', '线路开通。', '（完）'],
    ['Imphal (Manipur) [India], July 4 (ANI): Pumps were handed out. (ANI)', 'Pumps were handed out.', '(ANI)'],
    ['(ANSA) - ROMA, 16 MAG - Lo ha detto il sindaco. (ANSA).', 'Lo ha detto il sindaco.', '(ANSA).'],
    ['Pyongyang, July 14 (KCNA) -- A ceremony took place. -0-', 'A ceremony took place.', '-0-'],
    ['Jakarta (ANTARA) - The buses will run daily.(*)', 'The buses will run daily.', '(*)'],
  ];
  for (const [paragraph, body, marker] of CASES) {
    it(marker, () => {
      const [story] = parseText(`Headline\n${paragraph}\n`);
      expect(story!.body).toEqual([body]);
      expect(story!.footer.lines).toEqual([marker]);
    });
  }

  it('a glued end marker closes its story in a file of several', () => {
    const stories = parseText([
      'Farm Built', 'Pyongyang, July 14 (KCNA) -- A farm was built.', 'A ceremony took place. -0-',
      'Bridge Opened', 'Pyongyang, July 14 (KCNA) -- A bridge was opened. -0-',
      'Ferry line opens', 'BUSAN, Oct. 3 (Yonhap) -- A ferry line opened. (END)',
      'Night market returns', 'BUSAN, Oct. 3 (Yonhap) -- The night market returned.',
    ].join('\n'));
    expect(stories.map((s) => s.headline)).toEqual(['Farm Built', 'Bridge Opened', 'Ferry line opens', 'Night market returns']);
    expect(stories.map((s) => s.footer.endMarker)).toEqual(['-0-', '-0-', '(END)', null]);
  });

  it('a glued reprint credit does not close a story', () => {
    const stories = parseText('Pottery fair\nGYEONGJU, May 2 (Yonhap) -- The fair opens. (Yonhap)\nIt runs a week.\n');
    expect(stories).toHaveLength(1);
    expect(stories[0]!.footer.lines).toEqual([]);
  });

  it('a marker-like word inside a sentence stays in the body', () => {
    const [story] = parseText('Headline\nPyongyang, July 14 (KCNA) -- The score was -0- at half time, officials said.\n');
    expect(story!.footer.lines).toEqual([]);
  });
});

describe('caption credits', () => {
  const CASES: [string, string][] = [
    ['A heron in a paddy. (Yonhap)', 'Yonhap'],
    ['도서관 열람실 [연합뉴스 자료사진]', '연합뉴스 자료사진'],
    ['도서관 조감도 [대구시 제공. 재판매 및 DB 금지]', '대구시 제공'],
    ['Workers check panels. (Xinhua/Zhao Lin)', 'Xinhua/Zhao Lin'],
    ['Workers check panels. (Photo by Ma Jun/Xinhua)', 'Photo by Ma Jun/Xinhua'],
    ['A flooded road. (AP Photo/Eric Gay)', 'AP Photo/Eric Gay'],
    ['A night train in Berlin. (Photo: Kay Berger/dpa)', 'Photo: Kay Berger/dpa'],
    ['Trees along the ring road. (Photo: VNA)', 'Photo: VNA'],
    ['A new terminal. (Ali Demir - Anadolu Agency)', 'Ali Demir - Anadolu Agency'],
    ['Buses at a depot. (ANTARA FOTO/Budi Santoso)', 'ANTARA FOTO/Budi Santoso'],
    ['Farmers at a market. (PTI Photo)', 'PTI Photo'],
    ['A bus in Canberra. (AAP Image/Tom Walsh)', 'AAP Image/Tom Walsh'],
    ['Traders at the exchange. (Reuters/Jane Doe)', 'Reuters/Jane Doe'],
    ['A tram in Strasbourg. (Photo by Jean Martin/AFP)', 'Photo by Jean Martin/AFP'],
    ['A night bus in Akita. (Kyodo)', 'Kyodo'],
    ['A metro train in Delhi. (IANS)', 'IANS'],
    ['Farmers with a solar pump. (Photo/ANI)', 'Photo/ANI'],
    ['A shaded street. (UPI Photo/Sarah Klein)', 'UPI Photo/Sarah Klein'],
    ['An electric bus in George Town. (BERNAMA Photo)', 'BERNAMA Photo'],
    ['Containers at the port. (EFE/Ana Souza)', 'EFE/Ana Souza'],
    ['Il cantiere della biblioteca. (ANSA)', 'ANSA'],
    ['Snow on a Halifax street. (THE CANADIAN PRESS/Jane Doe)', 'THE CANADIAN PRESS/Jane Doe'],
    ['Un carril bici en Sevilla. (EUROPA PRESS)', 'EUROPA PRESS'],
    ['Isbrytaren i hamnen. (Per Ek/TT)', 'Per Ek/TT'],
    ['De dijk bij Kampen. (ANP/Jan de Vries)', 'ANP/Jan de Vries'],
    ['시민들이 다리를 걷고 있다. 2026.5.4/뉴스1 ⓒNews1 윤가은 기자', '2026.5.4/뉴스1 ⓒNews1 윤가은 기자'],
  ];
  for (const [caption, credit] of CASES) {
    it(credit, () => {
      expect(readCaption(caption).credit).toBe(credit);
    });
  }

  it('every profile caption credit is exercised above', () => {
    const unexercised = PROFILES.flatMap((p) => p.captionCredits.filter((re) => !CASES.some(([caption]) => re.test(caption))).map((re) => `${p.id} ${re}`));
    expect(unexercised).toEqual([]);
  });

  it('restrictions are split off, in order, credit or not', () => {
    expect(readCaption('A heron. (PHOTO NOT FOR SALE) (Yonhap)')).toMatchObject({ credit: 'Yonhap', restrictions: ['PHOTO NOT FOR SALE'] });
    expect(readCaption('도서관 조감도 [대구시 제공. 재판매 및 DB 금지]').restrictions).toEqual(['재판매 및 DB 금지']);
    expect(readCaption('도서관 조감도 [재판매 및 DB 금지]')).toMatchObject({ credit: null, restrictions: ['재판매 및 DB 금지'] });
  });

  it('a bracket that no profile lists as a credit stays caption text', () => {
    expect(readCaption('Farmers gather in Imphal (Manipur) [India]')).toMatchObject({ credit: null, restrictions: [] });
  });
});

describe('fixtures', () => {
  it('every registered profile has a golden fixture that reads as that profile', () => {
    const missing: string[] = [];
    for (const p of PROFILES) {
      const dir = `${root}fixtures/agencies/${p.id}`;
      const expectations = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.expected.json')) : [];
      const claimed = expectations.some((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')).agency === p.name);
      if (!claimed) missing.push(p.id);
    }
    expect(missing).toEqual([]);
  });
});

describe('agency fixtures', () => {
  const dirs = readdirSync(`${root}fixtures/agencies`);
  for (const id of dirs) {
    for (const name of readdirSync(`${root}fixtures/agencies/${id}`).filter((f) => f.endsWith('.txt'))) {
      it(`${id}/${name} is in a dateline shape and with a separator its profile lists`, () => {
        const path = `${root}fixtures/agencies/${id}/${name}`;
        const [story] = parseBytes(readFileSync(path));
        const profile = profileById(id)!;
        expect(story!.profile).toBe(id);
        const line = readFileSync(path, 'utf8').split(/\r?\n/)[story!.dateline!.line - 1]!;
        // A scraped line holds the dateline after what a scraper glued before it.
        const at = line.indexOf(story!.dateline!.text);
        const dateline = readDateline(line.slice(0, at).trim() === '' ? line : line.slice(at))!;
        expect(profile.datelineForms).toContain(dateline.form);
        expect(profile.separators).toContain(dateline.separator);
      });
    }
  }
});

describe('docs/grammar/agencies.md', () => {
  it('has a section with an example for every profile', () => {
    const sections = readFileSync(`${root}docs/grammar/agencies.md`, 'utf8').split(/^## /m).slice(1);
    const withExample = sections.filter((section) => /^```+ *example\s*$/m.test(section)).map((section) => /\(`([a-z0-9]+)`\)/.exec(section)?.[1]);
    expect(PROFILES.map((p) => p.id).filter((id) => !withExample.includes(id))).toEqual([]);
  });
});

describe('wireparse profiles', () => {
  it('lists every profile with its name and aliases', () => {
    const out = execFileSync(process.execPath, [`${root}bin/wireparse.js`, 'profiles'], { encoding: 'utf8' });
    const rows = out.trimEnd().split('\n');
    expect(rows).toHaveLength(PROFILES.length);
    PROFILES.forEach((p, i) => {
      // A name may hold spaces (`The Canadian Press`): the row opens with the id, then the name.
      expect(rows[i]!.startsWith(`${p.id} `)).toBe(true);
      expect(rows[i]!.slice(p.id.length).trimStart().startsWith(`${p.name} `)).toBe(true);
      expect(rows[i]).toContain(p.aliases.join(', '));
    });
  });
});
