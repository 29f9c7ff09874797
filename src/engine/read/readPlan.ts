import { detectTables } from '../detect/detectTables';
import type { Detected } from '../detect/detected';
import type { Mark } from '../detect/marks';
import type { Sheet } from '../grid/sheet';
import { buildDepartment, rank } from './buildDepartment';
import { groupByKind, groupInDocument, isSummaryLayout, type DeptTables } from './departments';
import { labelledDepartments, labelOf } from './deptLabels';
import type { Department, LinkChoice, Plan, TableInfo } from '../model/plan';
import { splitReportAreas } from '../model/reportAreas';
import { measuresOf } from './measures';
import { onTheirOwn, readReportTables } from './reportTables';
import { strategicCounts, summariesOf } from './summaries';

/** What a department's first T2 row calls it. */
const t2Name = (tables: ReadonlyArray<Detected>, g: DeptTables): string | undefined => {
  const t2 = g.t2[0] === undefined ? undefined : tables[g.t2[0]];
  return t2?.kind === 'T2' ? t2.rows[0]?.name.text : undefined;
};

const tablesOf = (g: DeptTables): number[] => [g.t1, ...g.t2, ...g.t3, ...g.t4, ...g.t5, ...g.t6];

/** The tables a department's model reads (a second 예산현황 or a T4 beyond its goals is placed there but not read). */
const readBy = (d: Department): number[] => [
  d.t1,
  ...(d.staffing ? [d.staffing.table] : []),
  ...(d.budget ? [d.budget.table] : []),
  ...d.goals.flatMap((g) => (g.t4 === undefined ? [] : [g.t4])),
  ...d.unitProjects.map((u) => u.table),
  ...d.overviews.map((o) => o.table),
];
/**
 * Marks strictly between two reading-order ranks, found by binary search over the marks in reading order: asked once
 * per department, a filter over every mark made a city of 300 departments quadratic.
 */
function marksBetween(marks: ReadonlyArray<Mark>): (from: number, to: number) => Mark[] {
  const sorted = marks.map((m) => ({ m, r: rank(m.order) })).sort((a, b) => a.r - b.r);
  const firstAbove = (x: number): number => {
    let [lo, hi] = [0, sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid].r > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const firstAtOrAbove = (x: number): number => firstAbove(x - 1);
  return (from, to) => sorted.slice(firstAbove(from), firstAtOrAbove(to)).map((s) => s.m);
}

export type ReadOptions = {
  /** Where the workbook does not decide which 단위사업 belong to which goal: the user's choices. */
  readonly links?: ReadonlyArray<LinkChoice>;
};

/**
 * The typed plan of a workbook: every T1–T6 found by its header in any layout, grouped into departments
 * (one per T1) and linked (goal ↔ T4 by order, goal ↔ 단위사업 by budget sums, 세부사업 ↔ 개요 by name).
 * Tables no department reads (no T1 in the workbook, a second 예산현황 …) are read on their own (`Plan.lone`).
 * Areas perfplan marked as its reports are read apart (`Plan.reports`): a regenerated table joined to the plan would
 * count twice. Bad input never throws: it shows up as `unread` cells, missing tables or `linked: false`.
 */
export function readPlan(sheets: ReadonlyArray<Sheet>, options: ReadOptions = {}): Plan {
  const { source, areas } = splitReportAreas(sheets);
  const plan = readSource(source, options.links ?? []);
  if (areas.length === 0) return plan;
  const reports = readReportTables(areas, plan.tables.length);
  const summaries = [...(plan.summaries ?? []), ...reports.summaries];
  return {
    ...plan,
    tables: [...plan.tables, ...reports.tables],
    reports: reports.reports,
    reportFrom: plan.tables.length,
    ...(summaries.length > 0 ? { summaries } : {}),
  };
}

/** The plan the user wrote: tables grouped into departments and linked. */
function readSource(sheets: ReadonlyArray<Sheet>, links: ReadonlyArray<LinkChoice>): Plan {
  const detection = detectTables(sheets);
  const { tables } = detection;
  const byKind = detection.byKind || isSummaryLayout(tables);
  const lines = detection.departmentLines;
  const t1s = tables.flatMap((t, i) => (t.kind === 'T1' ? [i] : []));
  const group = (names?: ReadonlyArray<string | undefined>) => {
    const owners = labelledDepartments(tables, t1s, lines, names);
    return byKind ? groupByKind(tables, owners) : groupInDocument(tables, owners);
  };
  // A line may name a department only its T2 names (no line over its T1): group once to learn those names.
  const groups = group(group().map((g) => t2Name(tables, g)));
  const t1Ranks = groups.map((g) => rank(tables[g.t1].info.order));
  const linesBetween = marksBetween(lines);
  const headingsBetween = marksBetween(detection.loneLines);
  const built = groups.map((group, k) => {
    const from = k > 0 ? t1Ranks[k - 1] : -1;
    const to = k + 1 < groups.length ? t1Ranks[k + 1] : Infinity;
    // The line over the T1 names the department; else the last line since the previous T1 (on an earlier sheet).
    const line = labelOf(tables[group.t1], lines) ?? linesBetween(from, t1Ranks[k]).pop();
    return buildDepartment(group, {
      tables,
      headings: byKind ? [] : headingsBetween(t1Ranks[k], to),
      ...(line ? { line } : {}),
      number: k + 1,
      links,
    });
  });
  const read = new Set(built.flatMap((b) => readBy(b.department)));
  const loneTables = tables.flatMap((_, i) => (read.has(i) ? [] : [i]));
  const lone = onTheirOwn(loneTables.map((i) => [i, tables[i]] as const));
  const loneProject = new Map(loneTables.map((i, k) => [i, lone.projects[k]] as const));
  const strategic = strategicCounts(detection.strategicLines, t1Ranks);
  const departments = built.map((b, k) =>
    strategic[k] === undefined ? b.department : { ...b.department, strategicGoals: strategic[k] },
  );
  const deptOf = new Map(built.flatMap((b, k) => tablesOf(groups[k]).map((i) => [i, b.department.name] as const)));
  const goalOf = new Map(built.flatMap((b) => [...b.goalOf]));
  const projectOf = new Map(built.flatMap((b) => [...b.projectOf]));
  const infos: TableInfo[] = tables.map(({ info }, i) => {
    const { order: _order, ...rest } = info;
    const department = deptOf.get(i);
    const goal = goalOf.get(i);
    const project = projectOf.get(i) ?? loneProject.get(i);
    return {
      ...rest,
      ...(department !== undefined ? { department } : {}),
      ...(goal !== undefined ? { goal } : {}),
      ...(project !== undefined ? { project } : {}),
    };
  });
  // The 총괄표 come after the plan's own tables, so the departments' table indexes stay as they are.
  const own = summariesOf(detection.summaries, infos.length);
  // The 측정 자료 follow them: they are read against every indicator of the plan, wherever they stand.
  const measured = measuresOf(detection.measures, infos.length + own.tables.length, {
    departments,
    ...(loneTables.length > 0 ? { lone: lone.tables } : {}),
  });
  return {
    tables: [...infos, ...own.tables, ...measured.tables],
    departments,
    ...(own.summaries.length > 0 ? { summaries: own.summaries } : {}),
    ...(loneTables.length > 0 ? { lone: lone.tables, loneTables } : {}),
    ...(measured.measures.length > 0 ? { measures: measured.measures } : {}),
  };
}
