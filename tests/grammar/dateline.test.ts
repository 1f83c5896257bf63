/**
 * The dateline grammar (src/grammar/dateline/forms.ts) and the month tables it reads dates with.
 * All places, dates and agencies below are shapes; the facts are invented.
 */
import { describe, expect, it } from 'vitest';
import { readDate, readYear } from '../../src/dates/iso.js';
import { MONTHS, monthNumber } from '../../src/dates/months.js';
import { DATELINE_FORMS } from '../../src/grammar/dateline/forms.js';
import { isAsciiText } from '../../src/text/ascii-twin.js';
import { readDateline } from '../../src/grammar/dateline/parse.js';
import { parseText } from '../../src/pipeline/parse.js';

interface FormCase {
  line: string;
  form: string;
  text: string;
  location: string | null;
  date: string | null;
  agency: string | null;
  reporter?: string | null;
  /** Profile the agency resolves to; undefined for an agency without one. */
  profile: string | undefined;
  /** What the paragraph says once the dateline is taken off. */
  rest: string;
}

const FORM_CASES: FormCase[] = [
  { line: '(ANSA) - MILANO, 16 MAG - Sono partiti i lavori.', form: 'agency-place-date', text: '(ANSA) - MILANO, 16 MAG -', location: 'MILANO', date: '16 MAG', agency: 'ANSA', profile: 'ansa', rest: 'Sono partiti i lavori.' },
  { line: '(ANSA) - ROME, MAY 16 - Work began today.', form: 'agency-place-date', text: '(ANSA) - ROME, MAY 16 -', location: 'ROME', date: 'MAY 16', agency: 'ANSA', profile: 'ansa', rest: 'Work began today.' },
  { line: '(대구=연합뉴스) 김민수 기자 = 대구시는 밝혔다.', form: 'korean', text: '(대구=연합뉴스) 김민수 기자 =', location: '대구', date: null, agency: '연합뉴스', reporter: '김민수', profile: 'yonhap', rest: '대구시는 밝혔다.' },
  { line: '(서울=연합뉴스) 김민수 이지은 특파원 = 정부는 밝혔다.', form: 'korean', text: '(서울=연합뉴스) 김민수 이지은 특파원 =', location: '서울', date: null, agency: '연합뉴스', reporter: '김민수 이지은', profile: 'yonhap', rest: '정부는 밝혔다.' },
  { line: '(서울=연합뉴스) = 정부는 밝혔다.', form: 'korean', text: '(서울=연합뉴스) =', location: '서울', date: null, agency: '연합뉴스', reporter: null, profile: 'yonhap', rest: '정부는 밝혔다.' },
  { line: 'MOSCOW, June 27. /TASS/. A port handled grain.', form: 'tass', text: 'MOSCOW, June 27. /TASS/.', location: 'MOSCOW', date: 'June 27', agency: 'TASS', profile: 'tass', rest: 'A port handled grain.' },
  { line: 'МОСКВА, 27 июня. /ТАСС/. Мост открыли.', form: 'tass', text: 'МОСКВА, 27 июня. /ТАСС/.', location: 'МОСКВА', date: '27 июня', agency: 'ТАСС', profile: 'tass', rest: 'Мост открыли.' },
  { line: 'ПЕКИН, 24 ноября /Синьхуа/ -- Поезд пошел.', form: 'tass', text: 'ПЕКИН, 24 ноября /Синьхуа/ --', location: 'ПЕКИН', date: '24 ноября', agency: 'Синьхуа', profile: 'xinhua', rest: 'Поезд пошел.' },
  { line: '新华社北京11月24日电（记者张伟、李娜）铁路部门24日宣布。', form: 'chinese', text: '新华社北京11月24日电（记者张伟、李娜）', location: '北京', date: '11月24日', agency: '新华社', reporter: '张伟、李娜', profile: 'xinhua', rest: '铁路部门24日宣布。' },
  { line: '新华社上海3月5日电 上海市宣布。', form: 'chinese', text: '新华社上海3月5日电', location: '上海', date: '3月5日', agency: '新华社', reporter: null, profile: 'xinhua', rest: '上海市宣布。' },
  { line: '(부산=뉴스1) 박서연 기자 = 부산시는 밝혔다.', form: 'korean', text: '(부산=뉴스1) 박서연 기자 =', location: '부산', date: null, agency: '뉴스1', reporter: '박서연', profile: 'news1', rest: '부산시는 밝혔다.' },
  { line: 'عمان, 03-02-2026 (أ ف ب) - افتتحت المدينة جسرا جديدا.', form: 'arabic', text: 'عمان, 03-02-2026 (أ ف ب) -', location: 'عمان', date: '03-02-2026', agency: 'أ ف ب', profile: 'afp', rest: 'افتتحت المدينة جسرا جديدا.' },
  { line: 'حلب (سوريا), 14-07-2026 (أ ف ب) - عاد السوق إلى العمل.', form: 'arabic', text: 'حلب (سوريا), 14-07-2026 (أ ف ب) -', location: 'حلب (سوريا)', date: '14-07-2026', agency: 'أ ف ب', profile: 'afp', rest: 'عاد السوق إلى العمل.' },
  { line: 'مدريد (أ ف ب) فاز الفريق بالكأس.', form: 'arabic', text: 'مدريد (أ ف ب)', location: 'مدريد', date: null, agency: 'أ ف ب', profile: 'afp', rest: 'فاز الفريق بالكأس.' },
  { line: '【北京共同】中国の鉄道当局は新線を開業した。', form: 'japanese', text: '【北京共同】', location: '北京', date: null, agency: '共同', profile: 'kyodo', rest: '中国の鉄道当局は新線を開業した。' },
  { line: 'SEOUL, Oct. 30 (Yonhap) -- The ministry said.', form: 'place-date-agency', text: 'SEOUL, Oct. 30 (Yonhap) --', location: 'SEOUL', date: 'Oct. 30', agency: 'Yonhap', profile: 'yonhap', rest: 'The ministry said.' },
  { line: 'New Delhi, Apr 25 (PTI) The exports rose.', form: 'place-date-agency', text: 'New Delhi, Apr 25 (PTI)', location: 'New Delhi', date: 'Apr 25', agency: 'PTI', profile: 'pti', rest: 'The exports rose.' },
  { line: 'Imphal (Manipur) [India], July 4 (ANI): Farmers received pumps.', form: 'place-date-agency', text: 'Imphal (Manipur) [India], July 4 (ANI):', location: 'Imphal (Manipur) [India]', date: 'July 4', agency: 'ANI', profile: 'ani', rest: 'Farmers received pumps.' },
  { line: 'Montevidéu, 12 jul (EFE).- O porto bateu recorde.', form: 'place-date-agency', text: 'Montevidéu, 12 jul (EFE).-', location: 'Montevidéu', date: '12 jul', agency: 'EFE', profile: 'efe', rest: 'O porto bateu recorde.' },
  { line: 'Strasbourg, 10 juil 2024 (AFP) - Le musée a rouvert.', form: 'place-date-agency', text: 'Strasbourg, 10 juil 2024 (AFP) -', location: 'Strasbourg', date: '10 juil 2024', agency: 'AFP', profile: 'afp', rest: 'Le musée a rouvert.' },
  { line: 'Pyongyang, July 14 (KCNA) -- A farm was built.', form: 'place-date-agency', text: 'Pyongyang, July 14 (KCNA) --', location: 'Pyongyang', date: 'July 14', agency: 'KCNA', profile: 'kcna', rest: 'A farm was built.' },
  { line: 'KUALA LUMPUR, 6 Ogos (Bernama) -- Pulau Pinang akan menambah bas.', form: 'place-date-agency', text: 'KUALA LUMPUR, 6 Ogos (Bernama) --', location: 'KUALA LUMPUR', date: '6 Ogos', agency: 'Bernama', profile: 'bernama', rest: 'Pulau Pinang akan menambah bas.' },
  { line: 'OKLAHOMA CITY, Okla. March 11, Reuter - Storms closed ports.', form: 'place-date-credit', text: 'OKLAHOMA CITY, Okla. March 11, Reuter -', location: 'OKLAHOMA CITY, Okla.', date: 'March 11', agency: 'Reuter', profile: 'reuters', rest: 'Storms closed ports.' },
  { line: 'CANBERRA, July 21 AAP - Buses will be free.', form: 'place-date-credit', text: 'CANBERRA, July 21 AAP -', location: 'CANBERRA', date: 'July 21', agency: 'AAP', profile: 'aap', rest: 'Buses will be free.' },
  { line: 'TOKYO, Jan. 5 Kyodo - The ministry said.', form: 'place-date-credit', text: 'TOKYO, Jan. 5 Kyodo -', location: 'TOKYO', date: 'Jan. 5', agency: 'Kyodo', profile: 'kyodo', rest: 'The ministry said.' },
  { line: 'WASHINGTON (AP) — The Senate voted.', form: 'place-agency', text: 'WASHINGTON (AP) —', location: 'WASHINGTON', date: null, agency: 'AP', profile: 'ap', rest: 'The Senate voted.' },
  { line: 'BUENOS AIRES, Argentina (AP) _ The peso fell.', form: 'place-agency', text: 'BUENOS AIRES, Argentina (AP) _', location: 'BUENOS AIRES, Argentina', date: null, agency: 'AP', profile: 'ap', rest: 'The peso fell.' },
  { line: 'San Diego (tca/dpa) - Two cubs were born.', form: 'place-agency', text: 'San Diego (tca/dpa) -', location: 'San Diego', date: null, agency: 'tca/dpa', profile: 'dpa', rest: 'Two cubs were born.' },
  { line: 'ANKARA (AA) - A terminal opened.', form: 'place-agency', text: 'ANKARA (AA) -', location: 'ANKARA', date: null, agency: 'AA', profile: 'anadolu', rest: 'A terminal opened.' },
  { line: 'Hanoi (VNA) – Trees will be planted.', form: 'place-agency', text: 'Hanoi (VNA) –', location: 'Hanoi', date: null, agency: 'VNA', profile: 'vna', rest: 'Trees will be planted.' },
  { line: 'Nov. 27 (UPI) -- Streets were cooler.', form: 'date-agency', text: 'Nov. 27 (UPI) --', location: null, date: 'Nov. 27', agency: 'UPI', profile: 'upi', rest: 'Streets were cooler.' },
  { line: '(Reuters) - A maker said it would hire.', form: 'agency', text: '(Reuters) -', location: null, date: null, agency: 'Reuters', profile: 'reuters', rest: 'A maker said it would hire.' },
  { line: '    WOODBRIDGE, N.J. - The company said.', form: 'place', text: 'WOODBRIDGE, N.J. -', location: 'WOODBRIDGE, N.J.', date: null, agency: null, profile: undefined, rest: 'The company said.' },
  { line: '    NEW YORK, Feb 26 - Shares rose.', form: 'place-date', text: 'NEW YORK, Feb 26 -', location: 'NEW YORK', date: 'Feb 26', agency: null, profile: undefined, rest: 'Shares rose.' },
];

describe('dateline forms', () => {
  it('every form has a case below', () => {
    const covered = new Set(FORM_CASES.map((c) => c.form));
    expect(DATELINE_FORMS.map((f) => f.name).filter((name) => !covered.has(name))).toEqual([]);
  });

  for (const c of FORM_CASES) {
    it(`${c.form}: ${c.text}`, () => {
      const m = readDateline(c.line);
      expect(m).not.toBeNull();
      expect({ form: m!.form, text: m!.text, location: m!.location, date: m!.date, agency: m!.agency }).toEqual({
        form: c.form, text: c.text, location: c.location, date: c.date, agency: c.agency,
      });
      if (c.reporter !== undefined) expect(m!.reporter).toBe(c.reporter);
      expect(m!.profile?.id).toBe(c.profile);
      expect(c.line.slice(m!.end)).toBe(c.rest);
      // The agency's profile lists the shape and the separator it writes.
      if (m!.profile) {
        expect(m!.profile.datelineForms).toContain(c.form);
        expect(m!.profile.separators).toContain(m!.separator);
      }
    });
  }

  it('reads the separator as written', () => {
    expect(['SEOUL, Oct. 30 (Yonhap) -- x', 'Montevidéu, 12 jul (EFE).- x', 'New Delhi, Apr 25 (PTI) x', 'Imphal [India], July 4 (ANI): x', 'MOSCOW, June 27. /TASS/. x']
      .map((line) => readDateline(line)!.separator)).toEqual(['--', '.-', '', ':', '']);
  });

  it('reads numeric dates day first, month first only when the day cannot be a month', () => {
    expect(readDate('25-11-2023')).toEqual({ year: 2023, month: 11, day: 25 });
    expect(readDate('03.02.2026')).toEqual({ year: 2026, month: 2, day: 3 });
    expect(readDate('11/25/2023')).toEqual({ year: 2023, month: 11, day: 25 });
    expect(readDate('25-13-2023')).toBeNull();
  });

  it('reads an Arabic dateline only with an agency it knows', () => {
    expect(readDateline('عمان (وكالة محلية) - افتتحت المدينة جسرا.')).toBeNull();
    expect(readDateline('عمان افتتحت المدينة جسرا (أ ف ب).')).toBeNull();
  });

  it('reads a bare agency only for a profile that lists the bare form', () => {
    expect(readDateline('CANBERRA, July 21 AAP - Buses will be free.')?.form).toBe('place-date-credit');
    expect(readDateline('LONDON, March 3 Xinhua - Buses will be free.')).toBeNull();
  });

  it('a form read from its day on matches wherever the whole form matches', () => {
    const gated = DATELINE_FORMS.filter((form) => form.fromDay);
    expect(gated.length).toBeGreaterThan(0);
    for (const { line } of FORM_CASES) {
      for (const form of gated) {
        const ascii = isAsciiText(line);
        if (!form.pattern.for(ascii).test(line)) continue;
        const fromDay = form.fromDay!.for(ascii);
        fromDay.lastIndex = line.search(/\d/);
        expect(fromDay.test(line), `${form.name}: ${line}`).toBe(true);
      }
    }
  });

  it('every form has the same fields in the same order (one object shape for readDateline)', () => {
    const keys = Object.keys(DATELINE_FORMS[0]!);
    expect(keys).toContain('fromDay');
    for (const form of DATELINE_FORMS) expect(Object.keys(form), form.name).toEqual(keys);
  });

  it('reads a flash-starred dateline without its stars', () => {
    const m = readDateline('    ****SANTO DOMINGO, March 4 - Buses will be free.');
    expect(m?.text).toBe('SANTO DOMINGO, March 4 -');
    expect(m?.location).toBe('SANTO DOMINGO');
  });

  it("a form's opening gate takes every first character its pattern can open a match with", () => {
    // Each case line with its first character replaced by every printable ASCII character and a
    // few others: wherever a form's pattern (as written) matches, its gate must let the line in.
    const firsts = [...Array.from({ length: 94 }, (_, k) => String.fromCharCode(33 + k)), 'É', 'é', 'Ж', '新', '【', 'ع', '\u00a0'];
    let matched = 0;
    for (const { line } of FORM_CASES) {
      for (const first of firsts) {
        const text = first + line.slice(1);
        for (const form of DATELINE_FORMS) {
          if (!form.pattern.unicode.test(text)) continue;
          matched++;
          expect(form.opens.unicode.test(text), `${form.name}: ${text}`).toBe(true);
          if (isAsciiText(text)) expect(form.opens.ascii.test(text), `${form.name} (ASCII twin): ${text}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(FORM_CASES.length);
  });

  it('reads no dateline in a line that opens with a character no dateline opens with', () => {
    for (const { line, form } of FORM_CASES) {
      const read = readDateline(line);
      expect(read?.form, line).toBe(form);
      // The same line after a character no dateline opens with (a small letter, a quote) is no dateline.
      for (const first of ['x', '"', '-', 'é']) expect(readDateline(first + line), first + line).toBeNull();
    }
  });

  it('every pattern is anchored', () => {
    for (const form of DATELINE_FORMS) expect(form.pattern.source.startsWith('^'), form.name).toBe(true);
  });
});

describe('agencies without a profile', () => {
  it('are accepted in parentheses when a separator follows', () => {
    const m = readDateline('LAGOS (NAN) - The central bank held rates.');
    expect(m).toMatchObject({ form: 'place-agency', location: 'LAGOS', agency: 'NAN' });
    expect(m!.profile).toBeUndefined();
    expect(readDateline('(Bloomberg) -- Oil prices fell.')).toMatchObject({ form: 'agency', agency: 'Bloomberg' });
  });

  it('are not accepted without a separator', () => {
    expect(readDateline('LAGOS (NAN) The central bank held rates.')).toBeNull();
    expect(readDateline('Shares of Acme Corp (ACME) rose two percent.')).toBeNull();
  });

  it('are not accepted as a bare word, even with a separator', () => {
    expect(readDateline('CANBERRA, July 21 Widget - Buses will be free.')).toBeNull();
  });

  it('do not look like prose in parentheses', () => {
    expect(readDateline('BERLIN (file photo) - A tram.')).toBeNull();
  });

  it('are reported on the story', () => {
    const [story] = parseText('Central bank holds rates\nLAGOS (NAN) - The central bank held rates.\n');
    expect(story!.agency).toBe('NAN');
    expect(story!.profile).toBeNull();
    expect(story!.warnings).toContainEqual(expect.objectContaining({ code: 'unknown-agency' }));
  });
});

describe('months', () => {
  it('every listed name reads as its own month', () => {
    const wrong: string[] = [];
    for (const [language, table] of Object.entries(MONTHS)) {
      for (const [month, names] of Object.entries(table)) {
        for (const name of names) if (monthNumber(name) !== Number(month)) wrong.push(`${language}:${name}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every listed name is read in a dateline, in upper and title case', () => {
    const missed: string[] = [];
    for (const table of Object.values(MONTHS)) {
      for (const names of Object.values(table)) {
        for (const name of names) {
          for (const written of [name.toUpperCase(), name[0]!.toUpperCase() + name.slice(1)]) {
            const m = readDateline(`CITY, 5 ${written} (Xinhua) -- Text.`);
            if (m?.date !== `5 ${written}`) missed.push(written);
          }
        }
      }
    }
    expect(missed).toEqual([]);
  });

  const DATES: [string, string][] = [
    ['Oct. 30, 2023', '2023-10-30'],
    ['10 juil 2024', '2024-07-10'],
    ['18 de junio de 2025', '2025-06-18'],
    ['12 jul 2025', '2025-07-12'],
    ['16 MAG 2025', '2025-05-16'],
    ['3. März 2026', '2026-03-03'],
    ['17 Agustus 2025', '2025-08-17'],
    ['6 Ogos 2025', '2025-08-06'],
    ['29 Ekim 2025', '2025-10-29'],
    ['27 июня 2025', '2025-06-27'],
    ['Narch 9, 1987', '1987-03-09'],
    ['2025年6月4日', '2025-06-04'],
  ];
  for (const [written, iso] of DATES) {
    it(`reads ${written}`, () => {
      expect(readYear(written, [], undefined)).toEqual({ iso, source: 'dateline' });
    });
  }

  it('never guesses a missing year', () => {
    expect(readDate('27 июня')).toEqual({ year: null, month: 6, day: 27 });
    expect(readDate('6月4日')).toEqual({ year: null, month: 6, day: 4 });
    expect(readDate('13月4日')).toBeNull();
    expect(readYear('27 июня', [], undefined).iso).toBeNull();
    expect(readYear('30 dic', [], new Date(Date.UTC(2026, 0, 2))).iso).toBe('2025-12-30');
  });

  it('takes the year from the same month and day written in full elsewhere in the story', () => {
    const story = (...texts: string[]) => readYear('Oct. 2', texts, undefined);
    expect(story('The plant opened on Oct. 2, 2025 in Gimpo.')).toEqual({ iso: '2025-10-02', source: 'story' });
    expect(story('Talks began 2 October 2024, officials said.')).toEqual({ iso: '2024-10-02', source: 'story' });
    // Another day, or digits that run on into a longer number or word, are no such year.
    expect(story('It closed on Oct. 3, 2025.').iso).toBeNull();
    expect(story('Order no. Oct. 2, 20251 was filed.').iso).toBeNull();
    expect(story('The Oct. 2, 2025x model.').iso).toBeNull();
    expect(story('The Oct. 2, 2025é model.').iso).toBeNull();
    expect(story('Seoul on Oct. 2, 2025년 later.').iso).toBeNull();
    // A year closed by punctuation of any script, in text that is not ASCII, still counts.
    expect(story('Le sommet, le Oct. 2, 2025… a été reporté.')).toEqual({ iso: '2025-10-02', source: 'story' });
    expect(story('会谈 Oct. 2, 2025。')).toEqual({ iso: '2025-10-02', source: 'story' });
    // The first text with the date decides; a text without one is passed over.
    expect(story('No date here.', 'Signed Oct. 2, 2023.', 'Oct. 2, 2022.')).toEqual({ iso: '2023-10-02', source: 'story' });
  });
});
