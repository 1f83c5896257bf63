// Measuring whole processes for `npm run bench`: one cold run of a command (wall time, CPU time,
// peak RSS), and races of several commands run round-robin so that load from other processes on
// this shared machine falls on every command of a comparison alike.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

export const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const MARK = '@wireparse-bench';

/** A word for `sh -c`. */
export const quote = (s) => `'${String(s).replaceAll("'", "'\\''")}'`;

/** The processes of a process group and their resident sets (kB), read from /proc. */
function groupRssKb(pgid) {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces: state ppid pgrp ...
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) total += Number(rss[1]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

/**
 * Runs `argv` once, cold, its stdout thrown away: with `stdinFile`, the file is piped in by `cat`
 * (the measured process reads a pipe, as `producer | wireparse` does). Returns wall and CPU time
 * (ms) and peak RSS (MB) of the measured process, threads included (GNU time's %M). With `capMB`
 * the process group is watched from /proc and killed above that resident size or after
 * `timeoutS`, and the peak is the polled one.
 */
export function measure(argv, { stdinFile = null, capMB = 0, timeoutS = 0 } = {}) {
  const timedArgv = GNU_TIME ? [GNU_TIME, '-f', `${MARK} %U %S %M`, ...argv] : argv;
  const [file, args] = stdinFile
    ? ['sh', ['-c', `cat ${quote(stdinFile)} | ${timedArgv.map(quote).join(' ')} > /dev/null`]]
    : [timedArgv[0], timedArgv.slice(1)];
  const start = process.hrtime.bigint();
  const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr = (stderr + d).slice(-8192)));
  let polledKb = 0;
  let killed = null;
  const stop = (why) => {
    killed = why;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const watch = capMB > 0 ? setInterval(() => {
    polledKb = Math.max(polledKb, groupRssKb(child.pid));
    if (polledKb > capMB * 1024) stop(`killed above ${capMB} MB`);
  }, 100) : null;
  const timer = timeoutS > 0 ? setTimeout(() => stop(`killed after ${timeoutS} s`), timeoutS * 1000) : null;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      if (watch) clearInterval(watch);
      if (timer) clearTimeout(timer);
      const m = new RegExp(`${MARK} ([\\d.]+) ([\\d.]+) (\\d+)`).exec(stderr);
      // GNU time's own line about the exit status says nothing the code does not.
      const said = stderr.replace(new RegExp(`${MARK}.*`), '').replace(/^Command exited with non-zero status \d+\n?/m, '');
      const failed = killed ?? (code !== 0 ? `exit ${code ?? signal}: ${said.trim().split('\n').slice(-2).join(' / ')}` : null);
      if (failed && !capMB) return reject(new Error(`${argv.join(' ')}: ${failed}`));
      resolve({
        wall,
        cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN,
        rss: Math.max(m ? Number(m[3]) : 0, polledKb) / 1024,
        failed,
      });
    });
  });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median, least and most of a list of numbers. */
export function summary(xs) {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
}

/**
 * Runs every command of `commands` (name → () => Promise<measurement>) `runs` times, round-robin,
 * each round starting one command further on so that no command always follows the same one.
 * `before` runs untimed ahead of every command. Returns, per name, summaries of wall, CPU and
 * peak RSS, and the 1-minute load average seen at the start of each round.
 */
export async function race(commands, runs, before = () => {}) {
  const names = Object.keys(commands);
  const got = Object.fromEntries(names.map((k) => [k, []]));
  const loads = [];
  for (let round = 0; round < runs; round++) {
    loads.push(loadavg()[0]);
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length];
      await before();
      got[name].push(await commands[name]());
    }
  }
  const result = {};
  for (const name of names) {
    result[name] = {
      wall: summary(got[name].map((x) => x.wall)),
      cpu: summary(got[name].map((x) => x.cpu)),
      rss: summary(got[name].map((x) => x.rss)),
    };
  }
  return { result, load: summary(loads) };
}
