import type { Detected } from '../detect/detected';
import type { Interval } from '../interval/interval';
import { sum } from '../interval/ops';
import type { NumCell } from '../model/plan';
import { splitChoices, splitBySums, type Split, type SplitChoice, type SplitGoal } from '../model/link';
import { totalParts } from '../model/unitTotal';

export type T1Table = Extract<Detected, { kind: 'T1' }>;
export type T5Table = Extract<Detected, { kind: 'T5' }>;

const scale = (i: Interval | null, factor: number): Interval | null => (i ? { lo: i.lo * factor, hi: i.hi * factor } : null);

const blank = (cell: NumCell): boolean => cell.reading.kind === 'blank';

/**
 * T1's goals in 원 for the split; a T1 without a caption is compared as shown. A blank 예산액 or 단위사업수 is
 * unknown (recompute is about to fill it), not a stated 0.
 */
export const splitGoals = (t1: T1Table): SplitGoal[] =>
  t1.goals.map((g) => ({
    budget: blank(g.budget) ? null : scale(g.budget.interval, t1.info.unit?.factor ?? 1),
    count: blank(g.unitCount) ? null : g.unitCount.value,
  }));

/**
 * A T5's current-year total (its last 예산 column, else its last column) in 원. A T5 without a caption
 * is read in T1's unit (compared as shown); a T5 with no body can stand for anything.
 */
export function currentTotal(t5: T5Table, t1Factor: number): Interval | null {
  const p = t5.project;
  if (!p || p.columns.length === 0) return null;
  const budgets = p.columns.map((c, i) => (c.kind === '예산' ? i : -1)).filter((i) => i >= 0);
  const at = budgets.length > 0 ? budgets[budgets.length - 1] : p.columns.length - 1;
  const parts = totalParts(p, at).map((part) => part.cell.interval);
  return parts.some((i) => i === null) ? null : scale(sum(parts as Interval[]), t5.info.unit?.factor ?? t1Factor);
}

/** The split of T5 tables (in reading order) into one run per goal of the given T1s, by budget sums. */
export function splitByBudget(t1s: ReadonlyArray<T1Table>, t5s: ReadonlyArray<T5Table>): Split | undefined {
  const factor = t1s[0]?.info.unit?.factor ?? 1;
  return splitBySums(
    t1s.flatMap(splitGoals),
    t5s.map((t) => currentTotal(t, factor)),
  );
}

/** Every split of one T1's goals over its department's T5 tables that fits best; `pins[i]` fixes T5 i's goal. */
export function choicesByBudget(
  t1: T1Table,
  t5s: ReadonlyArray<T5Table>,
  pins: ReadonlyArray<number | undefined>,
): SplitChoice | undefined {
  const factor = t1.info.unit?.factor ?? 1;
  return splitChoices(
    splitGoals(t1),
    t5s.map((t) => currentTotal(t, factor)),
    pins,
  );
}
