import type { Detected } from '../detect/detected';
import { detectTables } from '../detect/detectTables';
import type { Sheet } from '../grid/sheet';
import type { ReportTables, Summary, TableInfo } from '../model/plan';
import { summariesOf } from './summaries';

/** A report's T4 stands without its goal; findings name it by the table it is. */
const T4_NAME = '성과지표별 목표치 설정';

type Mutable = { -readonly [K in keyof ReportTables]: Array<ReportTables[K][number]> };

/**
 * Tables read each on its own, with the relations inside it only: `entries` pairs each detected table with its index
 * in the plan's table list. Returns, per entry, the project it names (a T5 or T6), for its TableInfo.
 * A T1's relations all reach other tables (T4, T5, T3), so a T1 read on its own gives nothing to check.
 */
export function onTheirOwn(entries: ReadonlyArray<readonly [number, Detected]>): {
  tables: ReportTables;
  projects: (string | undefined)[];
} {
  const own: Mutable = { staffing: [], budgets: [], indicatorTables: [], unitProjects: [], overviews: [] };
  const projects = entries.map(([table, t]): string | undefined => {
    switch (t.kind) {
      case 'T2':
        if (t.total) own.staffing.push({ table, total: t.total, rows: t.rows });
        return undefined;
      case 'T3':
        own.budgets.push({ table, rows: t.rows });
        return undefined;
      case 'T4':
        own.indicatorTables.push({
          table,
          name: { ref: { sheet: t.info.sheet, row: t.info.range.top, col: t.info.range.left }, text: T4_NAME },
          indicators: t.indicators,
        });
        return undefined;
      case 'T5':
        if (!t.project) return undefined;
        own.unitProjects.push({ table, ...t.project });
        return t.project.name.text;
      case 'T6':
        own.overviews.push({ table, ...t.overview });
        return t.overview.name.text;
      default:
        return undefined;
    }
  });
  return { tables: own, projects };
}

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
  const { tables: reports, projects } = onTheirOwn(detected.map((t, k) => [first + k, t] as const));
  const tables = detected.map((t, k): TableInfo => {
    const { order: _order, ...info } = t.info;
    const project = projects[k];
    return project === undefined ? info : { ...info, project };
  });
  // A 총괄표 drawn by `report --table summary` is checked on its own relations too (its rows against departments
  // only where the plan has them).
  const own = summariesOf(
    detections.flatMap((d) => d.summaries),
    first + tables.length,
  );
  return { tables: [...tables, ...own.tables], reports, summaries: own.summaries };
}
