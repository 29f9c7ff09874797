import type { DetectedMeasures } from '../detect/t4Measures';
import { linkIndicators, planIndicators } from '../model/measureLink';
import type { MeasureTable, Plan, TableInfo } from '../model/plan';

/** The one value every entry has, or undefined when there is none or they differ. */
function common(values: ReadonlyArray<string | undefined>): string | undefined {
  const first = values[0];
  return first !== undefined && values.every((v) => v === first) ? first : undefined;
}

/**
 * The 측정 자료 as tables numbered from `first` in the plan's list. A table takes the department (and goal) of the
 * indicators its rows name when they all have the same one: its place in the document decides nothing.
 */
export function measuresOf(
  detected: ReadonlyArray<DetectedMeasures>,
  first: number,
  plan: Pick<Plan, 'departments' | 'lone'>,
): { tables: TableInfo[]; measures: MeasureTable[] } {
  const measures = detected.map((t, k): MeasureTable => ({ table: first + k, years: t.years, rows: t.rows }));
  const { linkedBy } = linkIndicators(measures, planIndicators(plan));
  const tables = detected.map(({ info }, k): TableInfo => {
    const { order: _order, ...rest } = info;
    const department = common(linkedBy[k].map((at) => at.department));
    const goal = department === undefined ? undefined : common(linkedBy[k].map((at) => at.goal));
    return { ...rest, ...(department !== undefined ? { department } : {}), ...(goal !== undefined ? { goal } : {}) };
  });
  return { tables, measures };
}
