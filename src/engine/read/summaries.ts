import type { DetectedSummary } from '../detect/t0Summary';
import type { Mark } from '../detect/marks';
import { rank } from './buildDepartment';
import type { Summary, TableInfo } from '../model/plan';

/** The 총괄표 as tables numbered from `first` in the plan's list, with no department: a 총괄표 sums departments. */
export function summariesOf(
  detected: ReadonlyArray<DetectedSummary>,
  first: number,
): { tables: TableInfo[]; summaries: Summary[] } {
  const tables = detected.map(({ info }): TableInfo => {
    const { order: _order, ...rest } = info;
    return rest;
  });
  const summaries = detected.map((t, k): Summary => ({
    table: first + k,
    rows: t.rows,
    ...(t.total ? { total: t.total } : {}),
    ...(t.info.unit ? { unit: t.info.unit } : {}),
  }));
  return { tables, summaries };
}

/**
 * How many 전략목표 each department states: the distinct goals named by the `전략목표` lines after the previous
 * department's T1 and up to its own (the lines head a department's stretch of the document). Undefined when none.
 */
export function strategicCounts(lines: ReadonlyArray<Mark>, t1Ranks: ReadonlyArray<number>): Array<number | undefined> {
  return t1Ranks.map((at, k) => {
    const from = k > 0 ? t1Ranks[k - 1] : -1;
    const names = new Set(lines.filter((l) => rank(l.order) > from && rank(l.order) < at).map((l) => l.key));
    return names.size > 0 ? names.size : undefined;
  });
}
