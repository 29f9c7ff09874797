import { compactText } from '../grid/text';
import type { Indicator, MeasureRow, MeasureTable, Plan } from './plan';

/** An indicator of the plan with where it stands (its department and goal, when it has them). */
export type IndicatorAt = { readonly indicator: Indicator; readonly department?: string; readonly goal?: string };

/** A 측정 자료 row and the one indicator its 지표명 names. */
export type LinkedRow = { readonly row: MeasureRow; readonly table: MeasureTable; readonly at: IndicatorAt };

/** A row whose 지표명 names no indicator, or several: its figures are used for none (never a guess). */
export type UnlinkedRow = { readonly row: MeasureRow; readonly candidates: ReadonlyArray<IndicatorAt> };

export type IndicatorLinks = {
  readonly linked: ReadonlyArray<LinkedRow>;
  readonly unlinked: ReadonlyArray<UnlinkedRow>;
  /** Per 측정 자료 table (in the order given), the indicators its rows were linked to, each once. */
  readonly linkedBy: ReadonlyArray<ReadonlyArray<IndicatorAt>>;
};

/** A name without the unit in its last parentheses, every space removed: `운영도 (%)` and `운영도` match. */
export const nameKey = (name: string): string => compactText(name.replace(/\([^()]*\)\s*$/, ''));

/** Every indicator of the plan's departments and of its lone 성과지표별 목표치 설정 (not report areas: perfplan's own). */
export function planIndicators(plan: Pick<Plan, 'departments' | 'lone'>): IndicatorAt[] {
  return [
    ...plan.departments.flatMap((d) =>
      d.goals.flatMap((g) => g.indicators.map((indicator) => ({ indicator, department: d.name, goal: g.name.text }))),
    ),
    ...(plan.lone?.indicatorTables ?? []).flatMap((t) => t.indicators.map((indicator) => ({ indicator }))),
  ];
}

/**
 * Links each 측정 자료 row to its indicator by 지표명, spacing and the unit in parentheses ignored (`행정정보시스템
 * 운영도` names `행정정보시스템 운영도 (%)`). A row naming no indicator, or several (two departments' indicators of
 * one name), stays unlinked with its candidates.
 */
export function linkIndicators(measures: ReadonlyArray<MeasureTable>, indicators: ReadonlyArray<IndicatorAt>): IndicatorLinks {
  const byName = new Map<string, IndicatorAt[]>();
  for (const at of indicators) {
    const key = nameKey(at.indicator.name.text);
    if (key !== '') byName.set(key, [...(byName.get(key) ?? []), at]);
  }
  const linked: LinkedRow[] = [];
  const unlinked: UnlinkedRow[] = [];
  const linkedBy = measures.map((table) => {
    const ats = new Set<IndicatorAt>();
    for (const row of table.rows) {
      const candidates = byName.get(nameKey(row.indicator.text)) ?? [];
      if (candidates.length === 1) {
        linked.push({ row, table, at: candidates[0] });
        ats.add(candidates[0]);
      } else unlinked.push({ row, candidates });
    }
    return [...ats];
  });
  return { linked, unlinked, linkedBy };
}
