/**
 * Month names as agencies write them in datelines, per language, with the abbreviations and
 * the typos of old copy. Lookup is case-insensitive and ignores a trailing full stop.
 */

type MonthTable = Readonly<Record<number, readonly string[]>>;

export const MONTHS: Readonly<Record<string, MonthTable>> = {
  en: {
    1: ['january', 'jan', 'janaury', 'janurary'],
    2: ['february', 'feb', 'febuary', 'feburary'],
    3: ['march', 'mar', 'narch', 'mrch', 'marc', 'mach'],
    4: ['april', 'apr', 'aprl'],
    5: ['may'],
    6: ['june', 'jun'],
    7: ['july', 'jul'],
    8: ['august', 'aug', 'agust'],
    9: ['september', 'sept', 'sep', 'septmber'],
    10: ['october', 'oct', 'ocotber'],
    11: ['november', 'nov', 'novmber'],
    12: ['december', 'dec', 'decmber'],
  },
  fr: {
    1: ['janvier', 'janv'],
    2: ['février', 'fevrier', 'févr', 'fevr', 'fév'],
    3: ['mars'],
    4: ['avril', 'avr'],
    5: ['mai'],
    6: ['juin'],
    7: ['juillet', 'juil'],
    8: ['août', 'aout'],
    9: ['septembre', 'sept'],
    10: ['octobre', 'oct'],
    11: ['novembre', 'nov'],
    12: ['décembre', 'decembre', 'déc'],
  },
  es: {
    1: ['enero', 'ene'],
    2: ['febrero', 'feb'],
    3: ['marzo', 'mar'],
    4: ['abril', 'abr'],
    5: ['mayo', 'may'],
    6: ['junio', 'jun'],
    7: ['julio', 'jul'],
    8: ['agosto', 'ago'],
    9: ['septiembre', 'setiembre', 'sep', 'sept', 'set'],
    10: ['octubre', 'oct'],
    11: ['noviembre', 'nov'],
    12: ['diciembre', 'dic'],
  },
  pt: {
    1: ['janeiro', 'jan'],
    2: ['fevereiro', 'fev'],
    3: ['março', 'marco', 'mar'],
    4: ['abril', 'abr'],
    5: ['maio', 'mai'],
    6: ['junho', 'jun'],
    7: ['julho', 'jul'],
    8: ['agosto', 'ago'],
    9: ['setembro', 'set'],
    10: ['outubro', 'out'],
    11: ['novembro', 'nov'],
    12: ['dezembro', 'dez'],
  },
  it: {
    1: ['gennaio', 'gen'],
    2: ['febbraio', 'feb'],
    3: ['marzo', 'mar'],
    4: ['aprile', 'apr'],
    5: ['maggio', 'mag'],
    6: ['giugno', 'giu'],
    7: ['luglio', 'lug'],
    8: ['agosto', 'ago'],
    9: ['settembre', 'set'],
    10: ['ottobre', 'ott'],
    11: ['novembre', 'nov'],
    12: ['dicembre', 'dic'],
  },
  de: {
    1: ['januar', 'jänner', 'jan'],
    2: ['februar', 'feb'],
    3: ['märz', 'maerz', 'mär'],
    4: ['april', 'apr'],
    5: ['mai'],
    6: ['juni', 'jun'],
    7: ['juli', 'jul'],
    8: ['august', 'aug'],
    9: ['september', 'sept', 'sep'],
    10: ['oktober', 'okt'],
    11: ['november', 'nov'],
    12: ['dezember', 'dez'],
  },
  id: {
    1: ['januari', 'jan'],
    2: ['februari', 'feb', 'pebruari'],
    3: ['maret', 'mar'],
    4: ['april', 'apr'],
    5: ['mei'],
    6: ['juni', 'jun'],
    7: ['juli', 'jul'],
    8: ['agustus', 'agu', 'agt'],
    9: ['september', 'sep'],
    10: ['oktober', 'okt'],
    11: ['november', 'nopember', 'nov', 'nop'],
    12: ['desember', 'des'],
  },
  ms: {
    1: ['januari'],
    2: ['februari'],
    3: ['mac'],
    4: ['april'],
    5: ['mei'],
    6: ['jun'],
    7: ['julai'],
    8: ['ogos'],
    9: ['september'],
    10: ['oktober'],
    11: ['november'],
    12: ['disember'],
  },
  tr: {
    1: ['ocak'],
    2: ['şubat', 'subat'],
    3: ['mart'],
    4: ['nisan'],
    5: ['mayıs', 'mayis'],
    6: ['haziran'],
    7: ['temmuz'],
    8: ['ağustos', 'agustos'],
    9: ['eylül', 'eylul'],
    10: ['ekim'],
    11: ['kasım', 'kasim'],
    12: ['aralık', 'aralik'],
  },
  // TASS's Russian service writes the genitive (`27 июня`); the nominative is listed for headers.
  ru: {
    1: ['января', 'январь', 'янв'],
    2: ['февраля', 'февраль', 'фев'],
    3: ['марта', 'март', 'мар'],
    4: ['апреля', 'апрель', 'апр'],
    5: ['мая', 'май'],
    6: ['июня', 'июнь', 'июн'],
    7: ['июля', 'июль', 'июл'],
    8: ['августа', 'август', 'авг'],
    9: ['сентября', 'сентябрь', 'сент', 'сен'],
    10: ['октября', 'октябрь', 'окт'],
    11: ['ноября', 'ноябрь', 'ноя'],
    12: ['декабря', 'декабрь', 'дек'],
  },
};

const MONTH_BY_NAME = new Map<string, number>();
for (const table of Object.values(MONTHS)) {
  for (const [month, names] of Object.entries(table)) {
    for (const name of names) if (!MONTH_BY_NAME.has(name)) MONTH_BY_NAME.set(name, Number(month));
  }
}

/** The month number (1-12) of a written month name, or null. */
export function monthNumber(written: string): number | null {
  const lower = written.toLowerCase();
  return MONTH_BY_NAME.get(lower.endsWith('.') ? lower.slice(0, -1) : lower) ?? null;
}

/**
 * The shape of a written month for regular expressions: a word of 3 to 10 letters (`Oct`,
 * `juillet`, `Mayıs`), optionally followed by a full stop. Patterns match the shape and then ask
 * monthNumber() whether the word is a month — a lookup is far cheaper than an alternation of
 * every month name in every language, and says the same.
 */
export const MONTH_WORD = String.raw`\p{L}{3,10}`;
