// Invented wire copy for the benchmark: 1987-Reuters-style framed stories (ENQ service line,
// SYN SYN SOH header, BC- keyword line, STX, headline, indented dateline paragraph, more
// paragraphs, ` Reuter`, ETX) made of invented sentences, from a seeded generator so that every
// run measures the same text.

const PLACES = ['HALIFAX', 'PORTO', 'TROMSO', 'VALPARAISO', 'DARWIN', 'GDANSK', 'MOMBASA', 'CORK', 'NEW YORK', 'BUENOS AIRES'];
const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const SUBJECTS = ['The harbour board', 'A group of ferry pilots', 'The regional tea council', 'Lighthouse keepers', 'The kite makers union', 'A bridge painting firm', 'The clock menders guild'];
const VERBS = ['said it expected', 'reported', 'forecast', 'denied reports of', 'confirmed', 'announced plans for'];
const OBJECTS = ['higher fees for night crossings', 'a second quarter loss of 4.2 mln dlrs', 'record tea auction prices', 'a new pier by the spring', 'talks on pay and hours', 'lower output of kites this year'];

/** A small seeded generator (mulberry32): the same feed on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(rnd, list) {
  return list[Math.floor(rnd() * list.length)];
}

function sentence(rnd) {
  return `${pick(rnd, SUBJECTS)} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)}, officials said on ${pick(rnd, ['Monday', 'Tuesday', 'Friday'])}.`;
}

/** Wraps a paragraph at about 65 columns, the first line indented as on the 1987 wire. */
function wrap(text, indent) {
  const lines = [];
  let line = indent;
  for (const word of text.split(' ')) {
    if (line.trim() !== '' && line.length + word.length > 65) {
      lines.push(line);
      line = '';
    }
    line += (line === '' || line === indent ? '' : ' ') + word;
  }
  lines.push(line);
  return lines.join('\n');
}

/** One framed story, numbered `n`. */
export function story(n, rnd) {
  const place = pick(rnd, PLACES);
  const month = pick(rnd, MONTHS);
  const day = 1 + Math.floor(rnd() * 28);
  const keyword = `BC-${pick(rnd, ['HARBOUR', 'TEA', 'KITES', 'FERRY', 'CLOCKS'])}-${pick(rnd, ['FEES', 'TALKS', 'OUTPUT', 'PLAN'])}`;
  const paragraphs = [];
  const count = 2 + Math.floor(rnd() * 6);
  for (let p = 0; p < count; p++) {
    const body = [sentence(rnd), sentence(rnd)].join(' ');
    paragraphs.push(wrap(p === 0 ? `${place}, ${month} ${day} - ${body}` : body, '    '));
  }
  const text = `${pick(rnd, SUBJECTS).toUpperCase()} ${pick(rnd, VERBS).toUpperCase()} ${pick(rnd, OBJECTS).toUpperCase()}`;
  return [
    `\u0005\u0005\u0005${n % 2 === 0 ? 'A' : 'B'}`,
    `\u0016\u0016\u0001f${String(n % 10000).padStart(4, '0')}\u001freute`,
    `u f ${keyword.padEnd(20)} ${String(1 + (n % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')} 0${100 + (n % 800)}`,
    '\u0002',
    text,
    ...paragraphs,
    ' Reuter',
    '\u0003',
    '',
  ].join('\n');
}

/** Calls `write` with chunks of invented feed until `bytes` have been produced. */
export function generateFeed(bytes, write, seed = 1987) {
  const rnd = random(seed);
  let produced = 0;
  let n = 0;
  let chunk = '';
  while (produced < bytes) {
    const s = story(n++, rnd);
    chunk += s;
    produced += Buffer.byteLength(s);
    if (chunk.length >= 1 << 20) {
      write(chunk);
      chunk = '';
    }
  }
  if (chunk !== '') write(chunk);
  return { bytes: produced, stories: n };
}

/**
 * Calls `write` with one framed story whose body runs to about `bytes`: a single story larger
 * than any buffer a reader may hold whole.
 */
export function generateLongStory(bytes, write, seed = 1987) {
  const rnd = random(seed);
  write(`\u0005\u0005\u0005A\n\u0016\u0016\u0001f0001\u001freute\nu f BC-HARBOUR-REPORT       01-05 9999\n\u0002\nHARBOUR BOARD PUBLISHES ITS YEARLY REPORT\n`);
  let produced = 0;
  let chunk = wrap(`HALIFAX, Jan 5 - ${sentence(rnd)}`, '    ');
  while (produced < bytes) {
    chunk += `\n${wrap([sentence(rnd), sentence(rnd), sentence(rnd)].join(' '), '    ')}`;
    if (chunk.length >= 1 << 20) {
      write(chunk);
      produced += chunk.length;
      chunk = '';
    }
  }
  write(`${chunk}\n Reuter\n\u0003\n`);
}

/** `count` of the smallest stories a reader can be given: a line of text and an end mark each. */
export function generateTinyStories(count, write) {
  const block = 'x\n(END)\n'.repeat(10000);
  for (let i = 0; i < count; i += 10000) write(i + 10000 <= count ? block : 'x\n(END)\n'.repeat(count - i));
}
