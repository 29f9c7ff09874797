import type { Detected } from '../detect/detected';
import { detectTables } from '../detect/detectTables';
import type { Sheet } from '../grid/sheet';
import type { ReportTables, Summary, TableInfo } from './plan';
import { summariesOf } from './summaries';

/** A report's T4 stands without its goal; findings name it by the table it is. */
const T4_NAME = '성과지표별 목표치 설정';

/**
 * The tables of perfplan's report areas, numbered from `first` in the plan's table list, each read on its own.
 * Every area is detected apart, so two reports on one sheet never make one table or one layout of each other.
 */
export function readReportTables(
  areas: ReadonlyArray<Sheet>,
  first: number,
): { tables: TableInfo[]; reports: ReportTables; summaries: Summary[] } {
  const detections = areas.map((area) => detectTables([area]));
  const detected: Detected[] = detections.flatMap((d) => d.tables);
  const reports = { staffing: [], budgets: [], indicatorTables: [], unitProjects: [], overviews: [] } as {
    -readonly [K in keyof ReportTables]: Array<ReportTables[K][number]>;
  };
  const tables = detected.map((t, k): TableInfo => {
    const table = first + k;
    const { order: _order, ...info } = t.info;
    switch (t.kind) {
      case 'T2':
        if (t.total) reports.staffing.push({ table, total: t.total, rows: t.rows });
        return info;
      case 'T3':
        reports.budgets.push({ table, rows: t.rows });
        return info;
      case 'T4':
        reports.indicatorTables.push({
          table,
          name: { ref: { sheet: info.sheet, row: info.range.top, col: info.range.left }, text: T4_NAME },
          indicators: t.indicators,
        });
        return info;
      case 'T5':
        if (!t.project) return info;
        reports.unitProjects.push({ table, ...t.project });
        return { ...info, project: t.project.name.text };
      case 'T6':
        reports.overviews.push({ table, ...t.overview });
        return { ...info, project: t.overview.name.text };
      default:
        // A T1's relations all reach other tables (T4, T5, T3), which a report of T1 does not hold.
        return info;
    }
  });
  // A 총괄표 drawn by `report --table summary` is checked on its own relations too (its rows against departments
  // only where the plan has them).
  const own = summariesOf(
    detections.flatMap((d) => d.summaries),
    first + tables.length,
  );
  return { tables: [...tables, ...own.tables], reports, summaries: own.summaries };
}
