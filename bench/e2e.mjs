// End-to-end rows of `npm run bench` (issue 20): the built CLI as a user runs it, a cold process
// per run, each row against anchors measured in the same rounds (bench/measure.mjs races them
// round-robin). Inputs are the Reuters corpus (../shared/corpora/reuters21578) or, without it,
// generated stand-ins (bench/feed.mjs); the large inputs are always generated, into a temporary
// folder outside the project that is removed at the end.
//
// This file is longer than most: each group of rows keeps its inputs, its commands and how its
// rows read together, so that a row and its anchor cannot drift apart.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { generateFeed, generateLongStory, generateTinyStories, story } from './feed.mjs';
import { measure, race } from './measure.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/wireparse.js');
const NAIVE = join(ROOT, 'bench/naive.mjs');
const NODE = process.execPath;
const CORES = availableParallelism();
// What the CLI takes for -j when none is given, on this machine.
const { defaultJobs } = await import(join(ROOT, 'dist/commands/engine.js'));
const DEFAULT_JOBS = defaultJobs();

const wireparse = (...args) => [NODE, BIN, ...args];
const naive = (...args) => [NODE, NAIVE, ...args];

/** Writes a file by calling `generate(write)`, returns its size. */
function generateFile(path, generate) {
  const fd = openSync(path, 'w');
  generate((chunk) => writeSync(fd, chunk));
  closeSync(fd);
  return statSync(path).size;
}

/** The inputs of the rows, from the corpus when present; `notes` says what stands in. */
function inputs(corpus, work, { feedMB, longMB, tinyCount, groups }) {
  const notes = [];
  const feedDir = join(corpus, 'feed');
  const plainDir = join(corpus, 'plain');
  let feedFiles;
  let plain;
  let oneStory;
  if (existsSync(feedDir)) {
    feedFiles = readdirSync(feedDir).sort().map((f) => join(feedDir, f));
  } else {
    notes.push(`${feedDir} is absent: 10 generated feed files of 0.9 MB stand in for the Reuters feed files`);
    mkdirSync(join(work, 'feed'));
    feedFiles = Array.from({ length: 10 }, (_, i) => {
      const path = join(work, 'feed', `feed-${i}.txt`);
      generateFile(path, (write) => generateFeed(900_000, write, 1987 + i));
      return path;
    });
  }
  if (existsSync(plainDir)) {
    plain = plainDir;
    const sized = readdirSync(plainDir).find((f) => statSync(join(plainDir, f)).size === 587);
    oneStory = join(plainDir, sized ?? readdirSync(plainDir).sort()[0]);
  } else {
    notes.push(`${plainDir} is absent: 10,000 generated one-story files stand in for the Reuters plain files`);
    plain = join(work, 'plain');
    mkdirSync(plain);
    const rnd = (() => {
      let i = 0;
      return () => ((i = (i * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    })();
    for (let i = 0; i < 10000; i++) generateFile(join(plain, `${String(i).padStart(5, '0')}.txt`), (write) => write(story(i, rnd)));
    oneStory = join(plain, '00000.txt');
  }
  const made = { feedFiles, plain, oneStory, notes };
  if (groups.has('stdin')) {
    made.stdinFeed = join(work, 'stdin-feed.txt');
    generateFile(made.stdinFeed, (write) => generateFeed(feedMB * 2 ** 20, write));
  }
  if (groups.has('memory')) {
    made.tiny = join(work, 'tiny.txt');
    generateFile(made.tiny, (write) => generateTinyStories(tinyCount, write));
    made.long = join(work, 'long.txt');
    generateFile(made.long, (write) => generateLongStory(longMB * 1e6, write));
  }
  return made;
}

const sizeOf = (paths) => paths.reduce((n, p) => n + statSync(p).size, 0);
const folderSize = (dir) => sizeOf(readdirSync(dir).map((f) => join(dir, f)));

// ---- formatting ----------------------------------------------------------------------------
const seconds = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const spread = (s) => (s.n === 1 ? seconds(s.median) : `${seconds(s.median)} (${seconds(s.min)}–${seconds(s.max)})`);
const cpuTime = (s) => (Number.isNaN(s.median) ? '?' : seconds(s.median));
const rate = (bytes, ms) => `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;
const rss = (s) => `${s.median.toFixed(0)} MB`;
const times = (a, b) => `${(a / b).toFixed(2)} ×`;
const load = (l) => `load ${l.min.toFixed(1)}${l.max.toFixed(1) === l.min.toFixed(1) ? '' : `–${l.max.toFixed(1)}`}`;

/**
 * The groups of rows. Each has a title, the bytes it reads (for MB/s; 0 for none), the commands
 * raced (name → label and argv or measure options), and `summary(t)`, its lines of the issue's
 * table from the race's result.
 */
function groupsOf(input, { jobsQuestion }) {
  const jobVariants = jobsQuestion
    ? { j1: ['-j 1', ['-j', '1']], j2: ['-j 2', ['-j', '2']] }
    : { default: [`default -j (${DEFAULT_JOBS} on ${CORES} cores here)`, []], j1: ['-j 1', ['-j', '1']] };
  const groups = {};
  const feedBytes = sizeOf(input.feedFiles);
  groups.feed = {
    title: `${input.feedFiles.length} feed files (${(feedBytes / 1e6).toFixed(1)} MB) to NDJSON on stdout`,
    bytes: feedBytes,
    commands: {
      ...Object.fromEntries(Object.entries(jobVariants).map(([k, [label, j]]) => [k, { label: `wireparse ${label} -f ndjson FILES`, argv: wireparse(...j, '-f', 'ndjson', ...input.feedFiles) }])),
      ...(jobsQuestion ? {} : {
        naive: { label: 'naive script (bench/naive.mjs) FILES', argv: naive(...input.feedFiles) },
        cat: { label: 'cat FILES', argv: ['cat', ...input.feedFiles] },
        wc: { label: 'wc -l FILES', argv: ['wc', '-l', ...input.feedFiles] },
      }),
    },
  };
  if (input.stdinFeed) {
    const bytes = statSync(input.stdinFeed).size;
    const piped = (argv) => ({ argv, stdinFile: input.stdinFeed });
    groups.stdin = {
      title: `${(bytes / 2 ** 20).toFixed(0)} MiB generated feed (bench/feed.mjs) piped into stdin, NDJSON to /dev/null`,
      bytes,
      maxRuns: 3,
      commands: {
        ...Object.fromEntries(Object.entries(jobVariants).map(([k, [label, j]]) => [k, { label: `cat FEED | wireparse ${label} -f ndjson`, ...piped(wireparse(...j, '-f', 'ndjson')) }])),
        ...(jobsQuestion ? {} : {
          naive: { label: 'cat FEED | naive script', ...piped(naive()) },
          cat: { label: 'cat FEED | cat', ...piped(['cat']) },
          wc: { label: 'cat FEED | wc -l', ...piped(['wc', '-l']) },
        }),
      },
    };
  }
  const plainBytes = folderSize(input.plain);
  const plainCount = readdirSync(input.plain).length;
  groups.plain = {
    title: `${plainCount.toLocaleString('en')} one-story files (${(plainBytes / 1e6).toFixed(1)} MB), one output file each into a new folder`,
    bytes: plainBytes,
    fresh: true,
    commands: {
      ...Object.fromEntries(Object.entries(jobVariants).map(([k, [label, j]]) => [k, { label: `wireparse ${label} -f json -o OUT plain/`, argv: (out) => wireparse(...j, '-f', 'json', '-o', out, input.plain) }])),
      ...(jobsQuestion ? {} : {
        naive: { label: 'naive script -o OUT plain/', argv: (out) => naive('-o', out, input.plain) },
        cp: { label: 'cp -r plain/ OUT', argv: (out) => ['cp', '-r', input.plain, out] },
      }),
    },
  };
  if (!jobsQuestion) {
    const bytes = statSync(input.oneStory).size;
    groups.one = {
      title: `one story (${bytes} bytes) to JSON on stdout`,
      bytes: 0,
      runsTimes: 3,
      commands: {
        default: { label: 'wireparse STORY', argv: wireparse(input.oneStory) },
        version: { label: 'wireparse --version', argv: wireparse('--version') },
        naive: { label: 'naive script STORY', argv: naive(input.oneStory) },
        node: { label: 'node -e 0', argv: [NODE, '-e', '0'] },
      },
    };
  }
  if (input.tiny) {
    const cap = { capMB: 1024, timeoutS: 120 };
    const tinyBytes = statSync(input.tiny).size;
    const longBytes = statSync(input.long).size;
    groups.memory = {
      title: `memory: ${(tinyBytes / 1e6).toFixed(0)} MB of 1e6 tiny stories, one ${(longBytes / 1e6).toFixed(0)} MB story (peak RSS target ≤ 200 MB, issue 16; runs killed above ${cap.capMB} MB or after ${cap.timeoutS} s)`,
      bytes: 0,
      once: true,
      commands: {
        tinyNdjson: { label: 'wireparse -f ndjson TINY', argv: wireparse('-f', 'ndjson', input.tiny), bytes: tinyBytes, ...cap },
        tinyJson: { label: 'wireparse TINY (json)', argv: wireparse(input.tiny), bytes: tinyBytes, ...cap },
        tinyStdin: { label: 'cat TINY | wireparse -f ndjson', argv: wireparse('-f', 'ndjson'), stdinFile: input.tiny, bytes: tinyBytes, ...cap },
        tinyStdinJson: { label: 'cat TINY | wireparse (json)', argv: wireparse(), stdinFile: input.tiny, bytes: tinyBytes, ...cap },
        // The 2 MiB story bound refuses it (exit 1 with a message): what is measured is that it
        // does so within bounded memory.
        longNdjson: { label: 'wireparse -f ndjson LONG', argv: wireparse('-f', 'ndjson', input.long), bytes: longBytes, refusal: true, ...cap },
        longStdin: { label: 'cat LONG | wireparse -f ndjson', argv: wireparse('-f', 'ndjson'), stdinFile: input.long, bytes: longBytes, refusal: true, ...cap },
      },
    };
  }
  return groups;
}

/** Runs one group; returns its race result with the group. */
async function runGroup(group, runs, work) {
  let n = 0;
  const commands = {};
  const failures = {};
  for (const [name, c] of Object.entries(group.commands)) {
    commands[name] = async () => {
      // -o rows write into a fresh folder each run; none is deleted before the end (deleting
      // 10,000 files just before a run slowed that run's file creation several times here).
      const argv = typeof c.argv === 'function' ? c.argv(join(work, `out-${n++}`)) : c.argv;
      const got = await measure(argv, c);
      if (got.failed) failures[name] = got.failed;
      return got;
    };
  }
  // Each -o run starts with the writes of the one before flushed, so that none pays for another's.
  const before = group.fresh ? () => execFileSync('sync') : () => {};
  const rounds = group.once ? 1 : Math.min(runs * (group.runsTimes ?? 1), group.maxRuns ?? Infinity);
  const raced = await race(commands, rounds, before);
  return { group, ...raced, failures };
}

/** The issue's table and a table per group, as Markdown lines. */
function report(done, input, runs) {
  const lines = [];
  const by = Object.fromEntries(done.map((d) => [d.key, d]));
  // A pipe inside a cell (a shell pipeline) would end the cell.
  const row = (cells) => lines.push(`| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`);
  lines.push(`Cold processes of the built CLI (\`bin/wireparse.js\`), each group's commands run round-robin (${runs} round${runs === 1 ? '' : 's'}; stdin at most 3, one story ${runs * 3}, memory one); medians with the range (least–most) in brackets; peak RSS from GNU time (%M, threads included); CPU is user + system time of the measured process, steadier than wall time when other work shares the cores. The machine column is the 1-minute load average at the start of the group's rounds (2 cores).`);
  if (input.notes.length) lines.push('', ...input.notes.map((n) => `- **stand-in:** ${n}`));
  lines.push('');
  row(['run', 'wireparse', 'anchors in the same rounds', 'machine']);
  row(['---', '---', '---', '---']);
  const { feed, stdin, plain, one, memory } = by;
  if (feed) {
    const t = feed.result;
    const mb = (k) => rate(feed.group.bytes, t[k].wall.median);
    const perCpu = (k) => `${rate(feed.group.bytes, t[k].cpu.median)} per CPU second`;
    if (t.default) row([`feed files to NDJSON, default -j (${DEFAULT_JOBS})`, `**${mb('default')}** (${perCpu('default')}), ${rss(t.default.rss)} RSS`, `-j 1 ${mb('j1')} (default takes ${times(t.default.wall.median, t.j1.wall.median)} its time); naive ${mb('naive')}; cat ${mb('cat')}; wc -l ${mb('wc')}`, load(feed.load)]);
    if (t.default) row(['the same, -j 1', `**${mb('j1')}** (${perCpu('j1')}), ${rss(t.j1.rss)} RSS`, `naive ${mb('naive')} (naive takes ${times(t.naive.wall.median, t.j1.wall.median)} the time of -j 1)`, load(feed.load)]);
    if (t.j2) row(['feed files, -j 1 vs -j 2', `-j 1 **${mb('j1')}** (${spread(t.j1.wall)}; ${perCpu('j1')}), -j 2 **${mb('j2')}** (${spread(t.j2.wall)}; ${perCpu('j2')})`, `-j 2 takes ${times(t.j2.wall.median, t.j1.wall.median)} the time of -j 1; RSS ${rss(t.j1.rss)} / ${rss(t.j2.rss)}`, load(feed.load)]);
  }
  if (stdin) {
    const t = stdin.result;
    const mb = (k) => rate(stdin.group.bytes, t[k].wall.median);
    const perCpu = (k) => `${rate(stdin.group.bytes, t[k].cpu.median)} per CPU second`;
    const size = `${(stdin.group.bytes / 2 ** 20).toFixed(0)} MiB`;
    if (t.default) row([`${size} feed on stdin to NDJSON`, `**${mb('default')}** (${perCpu('default')}), **${rss(t.default.rss)} RSS**`, `-j 1 ${mb('j1')}; naive ${mb('naive')} (${rss(t.naive.rss)}); cat ${mb('cat')}; wc -l ${mb('wc')}`, load(stdin.load)]);
    if (t.j2) row([`${size} on stdin, -j 1 vs -j 2`, `-j 1 **${mb('j1')}** (${perCpu('j1')}), -j 2 **${mb('j2')}** (${perCpu('j2')})`, `-j 2 takes ${times(t.j2.wall.median, t.j1.wall.median)} the time of -j 1`, load(stdin.load)]);
  }
  if (plain) {
    const t = plain.result;
    if (t.default) row([`\`-f json -o OUT plain/\` (${readdirSync(input.plain).length.toLocaleString('en')} files)`, `**${spread(t.default.wall)}** (CPU ${cpuTime(t.default.cpu)})`, `cp -r ${spread(t.cp.wall)} (wireparse ${times(t.default.wall.median, t.cp.wall.median)}); naive ${seconds(t.naive.wall.median)}; -j 1 ${seconds(t.j1.wall.median)} (${times(t.j1.wall.median, t.cp.wall.median)} cp -r)`, load(plain.load)]);
    if (t.j2) row(['10,000 files -o, -j 1 vs -j 2', `-j 1 **${spread(t.j1.wall)}** (CPU ${cpuTime(t.j1.cpu)}), -j 2 **${spread(t.j2.wall)}** (CPU ${cpuTime(t.j2.cpu)})`, `-j 2 takes ${times(t.j2.wall.median, t.j1.wall.median)} the time of -j 1`, load(plain.load)]);
  }
  if (one) {
    const t = one.result;
    row([`one ${statSync(input.oneStory).size}-byte story`, `**${spread(t.default.wall)}**`, `node -e 0 ${seconds(t.node.wall.median)} (wireparse ${times(t.default.wall.median, t.node.wall.median)}); naive ${seconds(t.naive.wall.median)}; --version ${seconds(t.version.wall.median)}`, load(one.load)]);
  }
  if (memory) {
    for (const [k, c] of Object.entries(memory.group.commands)) {
      const t = memory.result[k];
      const failed = memory.failures[k];
      const how = failed && c.refusal && failed.startsWith('exit 1: ') ? ` (refused, as the story bound asks: ${failed.slice(8).replace(/^wireparse: [^:]*: /, '')})` : failed ? ` (${failed})` : '';
      row([`memory: \`${c.label}\``, `**${rss(t.rss)} peak RSS**${how}`, `${seconds(t.wall.median)}${failed ? '' : `, ${rate(c.bytes, t.wall.median)}`}`, load(memory.load)]);
    }
  }
  for (const d of done) {
    const n = d.result[Object.keys(d.result)[0]].wall.n;
    lines.push('', `### ${d.group.title}`, '', `${n === 1 ? 'one run' : `${n} runs`} each, ${load(d.load)} (1-minute average at the start of each round)`, '');
    row(['command', 'wall', 'CPU (user + sys)', d.group.bytes ? 'MB/s (median wall)' : '', 'peak RSS']);
    row(['---', '---', '---', '---', '---']);
    for (const [k, c] of Object.entries(d.group.commands)) {
      const t = d.result[k];
      row([`\`${c.label}\`${d.failures[k] ? ` (${d.failures[k]})` : ''}`, spread(t.wall), cpuTime(t.cpu), d.group.bytes ? rate(d.group.bytes, t.wall.median) : '', rss(t.rss)]);
    }
  }
  return lines;
}

/**
 * Runs the end-to-end groups named in `only` (all when empty), `runs` rounds each. With
 * `jobsQuestion`, only -j 1 against -j 2 on the feed files, stdin and the 10,000 files.
 * Returns Markdown lines; `progress` hears what is being done.
 */
export async function endToEnd({ corpus, work, runs, feedMB, longMB = 200, tinyCount = 1e6, only = [], jobsQuestion = false, progress = () => {} }) {
  const wanted = new Set(only.length ? only : jobsQuestion ? ['feed', 'stdin', 'plain'] : ['feed', 'stdin', 'plain', 'one', 'memory']);
  progress('generating inputs');
  const input = inputs(corpus, work, { feedMB, longMB, tinyCount, groups: wanted });
  const groups = groupsOf(input, { jobsQuestion });
  const done = [];
  for (const [key, group] of Object.entries(groups)) {
    if (!wanted.has(key)) continue;
    progress(group.title);
    done.push({ key, ...(await runGroup(group, runs, work)) });
  }
  return report(done, input, runs);
}
