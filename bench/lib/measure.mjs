// Timing whole processes: wall time from the parent, peak memory from GNU time, statistics.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
/** Whether peak memory of a child can be read (GNU time is installed). */
export const canMeasureMemory = existsSync(GNU_TIME);

/**
 * Runs a command once and returns its wall time (ms), peak resident memory (MB, when GNU time
 * is present), exit code and output. Wall time is measured here, around the whole spawn, so
 * it includes process start like a user at a terminal sees it.
 */
export function runOnce({ command, args, cwd, env }) {
  const rssFile = join(tmpdir(), `presslint-bench-rss-${process.pid}.txt`);
  const [file, argv] = canMeasureMemory ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const result = spawnSync(file, argv, {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let rssMB = null;
  if (canMeasureMemory && existsSync(rssFile)) {
    // GNU time writes "Command exited with non-zero status N" before the figure: take the last line.
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
    const kb = Number(lines[lines.length - 1]);
    if (Number.isFinite(kb)) rssMB = kb / 1024;
    rmSync(rssFile, { force: true });
  }
  return { ms, rssMB, exitCode: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '', error: result.error };
}

/** The median of a list of numbers. */
export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100) of a list of numbers; NaN for an empty list. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/**
 * Runs several commands `runs` times each, interleaved (A B C, A B C, ...) so that a burst of
 * load from other processes lands on all of them alike. Each command first gets one untimed
 * warm-up run (unless `warmup: false`, for the long ones) whose output is kept to check that
 * the tool really ran; a command may ask for fewer `runs` than the rest. Returns per command
 * the timings, the median, the peak memory and the first run's output.
 */
export function timeCommands(commands, runs, log = () => {}) {
  const results = commands.map((c) => ({ warmup: true, runs, ...c, times: [], rss: [], first: undefined }));
  const rounds = Math.max(...results.map((e) => e.runs + (e.warmup ? 1 : 0)));
  for (let round = 0; round < rounds; round++) {
    for (const entry of results) {
      const timed = round - (entry.warmup ? 1 : 0);
      if (entry.failed || timed >= entry.runs) continue;
      const run = runOnce(entry);
      if (round === 0) {
        entry.first = run;
        const ok = run.error === undefined && (entry.okExitCodes ?? [0, 1]).includes(run.exitCode);
        if (!ok) {
          entry.failed = `exit ${run.exitCode}${run.signal ? ` (${run.signal})` : ''}: ${(run.error?.message ?? `${run.stderr}\n${run.stdout}`).trim().split('\n').slice(-3).join(' | ')}`;
          log(`  ! ${entry.label} failed: ${entry.failed}`);
          continue;
        }
      }
      if (timed < 0) continue;
      entry.times.push(run.ms);
      if (run.rssMB !== null) entry.rss.push(run.rssMB);
    }
    log(`  round ${round + 1}/${rounds} done`);
  }
  return results.map((entry) => ({
    id: entry.id,
    label: entry.label,
    checks: entry.checks,
    compareWith: entry.compareWith ?? null,
    command: [entry.command, ...entry.args].join(' '),
    cwd: entry.cwd,
    runs: entry.times.length,
    failed: entry.failed ?? null,
    times: entry.times.map(round1),
    medianMs: entry.failed ? null : round1(median(entry.times)),
    minMs: entry.failed ? null : round1(Math.min(...entry.times)),
    peakRssMB: entry.rss.length ? round1(Math.max(...entry.rss)) : null,
    exitCode: entry.first?.exitCode ?? null,
    outputLines: entry.first ? entry.first.stdout.split('\n').filter((l) => l.trim() !== '').length : 0,
    output: entry.first?.stdout ?? '',
    stderr: entry.first?.stderr ?? '',
  }));
}

/** Rounds to one decimal place. */
export function round1(value) {
  return Math.round(value * 10) / 10;
}
