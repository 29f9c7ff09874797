import { spawnSync } from 'node:child_process';

/** Median wall time of `runs` calls, in ms; the first call is not a warm-up: callers warm up what needs it. */
export function median(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export async function medianAsync(runs: number, f: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await f();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export type ProcessRun = { readonly ms: number; readonly peakRssMb: number; readonly status: number | null };

/**
 * One whole process, as a user runs it: wall time, and peak resident memory as GNU time reports it (`%M`, KB).
 * Without /usr/bin/time the memory is NaN, never a guess.
 */
export function runProcess(command: string, args: ReadonlyArray<string>): ProcessRun {
  const start = process.hrtime.bigint();
  const timed = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const lastLine = timed.stderr?.trim().split('\n').pop() ?? '';
  const peakRssMb = timed.error ? NaN : Number(lastLine) / 1024;
  return { ms, peakRssMb, status: timed.status };
}

/** The median run of a whole process by time, with the largest peak memory seen over all runs. */
export function medianProcess(runs: number, command: string, args: ReadonlyArray<string>): ProcessRun {
  const all = Array.from({ length: runs }, () => runProcess(command, args)).sort((a, b) => a.ms - b.ms);
  const mid = all[Math.floor(runs / 2)];
  return { ...mid, peakRssMb: Math.max(...all.map((r) => r.peakRssMb)) };
}
