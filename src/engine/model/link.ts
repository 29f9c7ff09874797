import type { Interval } from '../interval/interval';

/** A goal as the split sees it: its 예산액 in 원 (null when unread: anything goes) and its stated 단위사업수. */
export type SplitGoal = { readonly budget: Interval | null; readonly count: number | null };

/** Per goal, the indexes of its consecutive run of items. */
export type Split = ReadonlyArray<ReadonlyArray<number>>;

const overlaps = (a: Interval, b: Interval): boolean => a.lo <= b.hi && b.lo <= a.hi;

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

/** How many goals may miss their 예산액: one typo in a goal's 예산액 must stay one error at that goal, not unlink the plan. */
const MAX_MISSES = 1;

/** How many of the splits that fit equally well are listed (the message names a few; `more` says there are others). */
const MAX_CANDIDATES = 8;

/** What the budget sums decide about the goal ↔ 단위사업 split. */
export type SplitChoice = {
  /** The splits that fit best, the first as the search meets it (at most MAX_CANDIDATES). */
  readonly candidates: ReadonlyArray<Split>;
  /** More splits fit as well as those listed. */
  readonly more: boolean;
  /** Per goal: its run is the same in every split that fits best (its 예산액 and 단위사업수 do not depend on a choice). */
  readonly fixed: ReadonlyArray<boolean>;
};

/** One way goal `g`'s run may end at item `j`: it starts at `k`, with `m` misses before it; `s` its score so far. */
type Step = { readonly k: number; readonly m: number; readonly s: number };

/**
 * Splits the items (단위사업 current-year totals in 원, in reading order) into one consecutive run per goal
 * so that each run's sum interval meets the goal's 예산액 interval — all goals if possible, else all but one
 * (the rules then report that goal's 예산액) — preferring the split where most runs also have the goal's
 * stated 단위사업수 (so a wrong count is reported by the rules, never used). Only a strictly better fit wins: every
 * split that fits as well is a candidate, and a goal whose run differs between candidates is not `fixed`.
 * `pins[i]`, when given, is the goal item i must belong to (the user's choice). Undefined when no split matches.
 * Dynamic programming over (goals placed, items used, misses): O(goals × items²).
 */
export function splitChoices(
  goals: ReadonlyArray<SplitGoal>,
  items: ReadonlyArray<Interval | null>,
  pins: ReadonlyArray<number | undefined> = [],
): SplitChoice | undefined {
  const n = items.length;
  /** Every way goal g's run may end at j with m misses up to and including it (score of what comes before). */
  const steps = (g: number, j: number, m: number, score: number[][][]): Step[] => {
    const goal = goals[g];
    const out: Step[] = [];
    let lo = 0;
    let hi = 0;
    for (let k = j; k >= 0; k--) {
      if (k < j) {
        if (pins[k] !== undefined && pins[k] !== g) break; // the run would take an item the user gave another goal
        const item = items[k];
        lo += item ? item.lo : -Infinity;
        hi += item ? item.hi : Infinity;
      }
      const miss = goal.budget !== null && !overlaps({ lo, hi }, goal.budget) ? 1 : 0;
      if (m - miss < 0) continue;
      const prev = score[m - miss][g][k];
      if (prev < 0 || (miss && k === j)) continue; // a missing goal still owns at least one 단위사업
      out.push({ k, m: m - miss, s: prev + (goal.count === j - k ? 1 : 0) });
    }
    return out;
  };
  // score[m][g][j]: best count of matching 단위사업수 with the first g goals over the first j items and m of
  // those goals missing their 예산액 (-1: impossible).
  const score: number[][][] = [0, 1].map((m) => [Array.from({ length: n + 1 }, (_, j) => (j === 0 && m === 0 ? 0 : -1))]);
  goals.forEach((_, g) => {
    for (let m = 0; m <= MAX_MISSES; m++)
      score[m].push(Array.from({ length: n + 1 }, (_, j) => Math.max(-1, ...steps(g, j, m, score).map((st) => st.s))));
  });
  const misses = [0, 1].find((m) => score[m][goals.length][n] >= 0);
  if (misses === undefined) return undefined;
  /** The steps into (m, g + 1, j) that keep the best score. */
  const best = (g: number, j: number, m: number): Step[] => steps(g, j, m, score).filter((st) => st.s === score[m][g + 1][j]);
  // Every run a best split may give each goal: walk back from the end over best steps only.
  const runsOf = goals.map(() => new Set<string>());
  const seen = new Set<string>();
  const queue: [number, number, number][] = [[goals.length, n, misses]];
  while (queue.length > 0) {
    const [g, j, m] = queue.pop()!;
    if (g === 0 || seen.has(`${g}:${j}:${m}`)) continue;
    seen.add(`${g}:${j}:${m}`);
    for (const st of best(g - 1, j, m)) {
      runsOf[g - 1].add(`${st.k}-${j}`);
      queue.push([g - 1, st.k, st.m]);
    }
  }
  // A few whole candidates, in the order the search meets them (the first is the split a unique fit gives).
  const candidates: Split[] = [];
  let more = false;
  const walk = (g: number, j: number, m: number, tail: number[][]): void => {
    if (candidates.length > MAX_CANDIDATES) return;
    if (g === 0) {
      if (candidates.length === MAX_CANDIDATES) more = true;
      else candidates.push(tail);
      return;
    }
    for (const st of best(g - 1, j, m)) {
      if (more) return;
      walk(g - 1, st.k, st.m, [range(st.k, j), ...tail]);
    }
  };
  walk(goals.length, n, misses, []);
  return { candidates, more, fixed: runsOf.map((runs) => runs.size <= 1) };
}

/** The split the budget sums give, the first candidate when several fit equally (the rules report that ambiguity). */
export const splitBySums = (goals: ReadonlyArray<SplitGoal>, items: ReadonlyArray<Interval | null>): Split | undefined =>
  splitChoices(goals, items)?.candidates[0];

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
