import type { Interval } from '../interval/interval';

/** A goal as the split sees it: its 예산액 in 원 (null when unread: anything goes) and its stated 단위사업수. */
export type SplitGoal = { readonly budget: Interval | null; readonly count: number | null };

/** Per goal, the indexes of its consecutive run of items. */
export type Split = ReadonlyArray<ReadonlyArray<number>>;

const overlaps = (a: Interval, b: Interval): boolean => a.lo <= b.hi && b.lo <= a.hi;

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

/**
 * Splits the items (단위사업 current-year totals in 원, in reading order) into one consecutive run per goal
 * so that each run's sum interval meets the goal's 예산액 interval, preferring the split where most runs
 * also have the goal's stated 단위사업수 (so a wrong count is reported by the rules, never used).
 * Undefined when no split matches. Dynamic programming over (goals placed, items used): O(goals × items²).
 */
export function splitBySums(goals: ReadonlyArray<SplitGoal>, items: ReadonlyArray<Interval | null>): Split | undefined {
  const n = items.length;
  // score[i][j]: best count of matching 단위사업수 with the first i goals over the first j items (-1: impossible).
  const score: number[][] = [Array.from({ length: n + 1 }, (_, j) => (j === 0 ? 0 : -1))];
  const from: number[][] = [[]];
  goals.forEach((goal, g) => {
    const row = new Array<number>(n + 1).fill(-1);
    const back = new Array<number>(n + 1).fill(-1);
    for (let j = 0; j <= n; j++) {
      let lo = 0;
      let hi = 0;
      for (let k = j; k >= 0; k--) {
        if (k < j) {
          const item = items[k];
          lo += item ? item.lo : -Infinity;
          hi += item ? item.hi : Infinity;
        }
        const prev = score[g][k];
        if (prev < 0 || (goal.budget && !overlaps({ lo, hi }, goal.budget))) continue;
        const s = prev + (goal.count === j - k ? 1 : 0);
        if (s > row[j]) [row[j], back[j]] = [s, k];
      }
    }
    score.push(row);
    from.push(back);
  });
  if (score[goals.length][n] < 0) return undefined;
  const runs: number[][] = [];
  for (let g = goals.length, j = n; g > 0; g--) {
    const k = from[g][j];
    runs.unshift(range(k, j));
    j = k;
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
