import type { Interval } from '../interval/interval';

/** A goal as the split sees it: its 예산액 in 원 (null when unread: anything goes) and its stated 단위사업수. */
export type SplitGoal = { readonly budget: Interval | null; readonly count: number | null };

/** Per goal, the indexes of its consecutive run of items. */
export type Split = ReadonlyArray<ReadonlyArray<number>>;

const overlaps = (a: Interval, b: Interval): boolean => a.lo <= b.hi && b.lo <= a.hi;

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

/** How many goals may miss their 예산액: one typo in a goal's 예산액 must stay one error at that goal, not unlink the plan. */
const MAX_MISSES = 1;

/**
 * Splits the items (단위사업 current-year totals in 원, in reading order) into one consecutive run per goal
 * so that each run's sum interval meets the goal's 예산액 interval — all goals if possible, else all but one
 * (the rules then report that goal's 예산액) — preferring the split where most runs also have the goal's
 * stated 단위사업수 (so a wrong count is reported by the rules, never used).
 * Undefined when no split matches. Dynamic programming over (goals placed, items used, misses): O(goals × items²).
 */
export function splitBySums(goals: ReadonlyArray<SplitGoal>, items: ReadonlyArray<Interval | null>): Split | undefined {
  const n = items.length;
  // score[m][g][j]: best count of matching 단위사업수 with the first g goals over the first j items and m of
  // those goals missing their 예산액 (-1: impossible); from[m][g][j]: where goal g's run starts, and its misses.
  const score: number[][][] = [0, 1].map((m) => [Array.from({ length: n + 1 }, (_, j) => (j === 0 && m === 0 ? 0 : -1))]);
  const from: { k: number; m: number }[][][] = [[[]], [[]]];
  goals.forEach((goal, g) => {
    for (let m = 0; m <= MAX_MISSES; m++) {
      const row = new Array<number>(n + 1).fill(-1);
      const back = new Array<{ k: number; m: number }>(n + 1);
      for (let j = 0; j <= n; j++) {
        let lo = 0;
        let hi = 0;
        for (let k = j; k >= 0; k--) {
          if (k < j) {
            const item = items[k];
            lo += item ? item.lo : -Infinity;
            hi += item ? item.hi : Infinity;
          }
          const miss = goal.budget !== null && !overlaps({ lo, hi }, goal.budget) ? 1 : 0;
          if (m - miss < 0) continue;
          const prev = score[m - miss][g][k];
          if (prev < 0 || (miss && k === j)) continue; // a missing goal still owns at least one 단위사업
          const s = prev + (goal.count === j - k ? 1 : 0);
          if (s > row[j]) [row[j], back[j]] = [s, { k, m: m - miss }];
        }
      }
      score[m].push(row);
      from[m].push(back);
    }
  });
  const misses = [0, 1].find((m) => score[m][goals.length][n] >= 0);
  if (misses === undefined) return undefined;
  const runs: number[][] = [];
  for (let g = goals.length, j = n, m = misses; g > 0; g--) {
    const { k, m: before } = from[m][g][j];
    runs.unshift(range(k, j));
    [j, m] = [k, before];
  }
  return runs;
}

/**
 * The split a document's `정책사업목표` headings give: it decides only when every goal has a heading, in
 * order, and every goal's 단위사업 sections lie between its heading and the next goal's (none before the first).
 * Positions are reading-order ranks.
 */
export function splitByHeadings(headings: ReadonlyArray<number | undefined>, items: ReadonlyArray<number>): Split | undefined {
  if (headings.length === 0 || headings.some((h, i) => h === undefined || (i > 0 && h <= headings[i - 1]!))) return undefined;
  const starts = headings as number[];
  const runs = starts.map((start, g) => {
    const end = g + 1 < starts.length ? starts[g + 1] : Infinity;
    return range(0, items.length).filter((i) => items[i] > start && items[i] < end);
  });
  const placed = runs.reduce((sum, run) => sum + run.length, 0);
  return placed === items.length && runs.every((run) => run.length > 0) ? runs : undefined;
}
