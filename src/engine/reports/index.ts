import type { Finding, Lang } from '../findings/finding';
import type { Sheet } from '../grid/sheet';
import type { Department, Plan } from '../model/plan';
import { achievementTable } from './achievementTable';
import { budgetTable } from './t3Budget';
import type { ReportId } from './catalog';
import { formatsOf, noFormats } from './cells';
import { sameName, type ReportContext } from './context';
import { departmentsTable } from './departmentsTable';
import { findingsTable } from './findingsTable';
import { fundingTable } from './fundingTable';
import { goalsTable } from './t1Goals';
import { indicatorsTable } from './t4Indicators';
import { overviewTable } from './t6Overview';
import { projectsTable } from './t5Projects';
import type { ReportTable } from './reportTable';
import { staffingTable } from './t2Staffing';
import { summaryTable } from './t0Summary';
import { departmentFacts } from '../model/departmentFacts';

export { REPORT_NAMES, reportId, reportIds, type ReportId } from './catalog';
export { regenerate } from './regenerate';
export { summaryTable } from './t0Summary';
export type { Align, Fill, ReportCell, ReportTable } from './reportTable';

export type ReportOptions = {
  /** Only this department (spaces ignored); every department otherwise. */
  readonly department?: string;
  /** Only the n-th 정책사업목표 of each department (1-based): its T4, its 단위사업 (T5, T6, 재원별 예산), its 달성도. */
  readonly goal?: number;
  /** Only this 단위사업 (T5, T6, 재원별 예산) or 세부사업 (T6), spaces ignored. */
  readonly project?: string;
  /** Words of the derived tables; the standard tables keep the documents' Korean. */
  readonly lang?: Lang;
  /** The sheets the plan was read from: figures keep their cells' number formats. */
  readonly sheets?: ReadonlyArray<Sheet>;
  /** What 점검 결과 lists. */
  readonly findings?: ReadonlyArray<Finding>;
};

const present = <T>(x: T | undefined): x is T => x !== undefined;

/** Indexes of the department's goals the options select. */
const goalIndexes = (dept: Department, o: ReportOptions): number[] =>
  dept.goals.map((_, i) => i).filter((i) => o.goal === undefined || i === o.goal - 1);

/** The 단위사업 the options select: those of the chosen goal, named by --project (or holding a 세부사업 of that name). */
function unitIndexes(dept: Department, o: ReportOptions): number[] {
  const ofGoal = o.goal === undefined ? undefined : new Set(dept.goals[o.goal - 1]?.unitProjects ?? []);
  return dept.unitProjects
    .map((_, i) => i)
    .filter((i) => !ofGoal || ofGoal.has(i))
    .filter((i) => {
      const u = dept.unitProjects[i];
      return (
        o.project === undefined || sameName(u.name.text, o.project) || u.details.some((d) => sameName(d.name.text, o.project!))
      );
    });
}

/** T6 blocks of the selected 단위사업 in order, the first of each 단위사업 titled; a 세부사업 named by --project alone. */
function overviewTables(dept: Department, o: ReportOptions): ReportTable[] {
  return unitIndexes(dept, o).flatMap((i) => {
    const unit = dept.unitProjects[i];
    const named = unit.details.filter(
      (d) => o.project === undefined || sameName(unit.name.text, o.project) || sameName(d.name.text, o.project),
    );
    const overviews = named.map((d) => (d.overview === undefined ? undefined : dept.overviews[d.overview])).filter(present);
    return overviews.map((ov, k) => overviewTable(ov, k === 0));
  });
}

function perDepartment(id: ReportId, dept: Department, ctx: ReportContext, o: ReportOptions): ReportTable[] {
  switch (id) {
    case 't1':
      return [goalsTable(dept, ctx)];
    case 't2':
      return [staffingTable(dept, ctx)].filter(present);
    case 't3':
      return [budgetTable(dept, ctx)].filter(present);
    case 't4':
      return goalIndexes(dept, o)
        .map((i) => dept.goals[i])
        .filter((g) => g.indicators.length > 0)
        .map((g) => indicatorsTable(g, ctx));
    case 't5':
      return unitIndexes(dept, o).map((i) => projectsTable(dept.unitProjects[i], ctx));
    case 't6':
      return overviewTables(dept, o);
    case 'funding': {
      const units = new Set(unitIndexes(dept, o).map((i) => dept.unitProjects[i]));
      return [fundingTable(dept, ctx, (u) => units.has(u))].filter(present);
    }
    case 'achievement':
      return [achievementTable(dept, ctx, goalIndexes(dept, o))].filter(present);
    default:
      return []; // 부서별 예산 총괄, 성과계획 총괄표 and 점검 결과 span departments: buildReport makes them
  }
}

/**
 * The report tables `id` names, as data: one per department (T1–T3, 재원별 예산, 달성도), per goal (T4), per 단위사업
 * (T5) or per 세부사업 (T6), as the options select; one for 부서별 예산 총괄 and 점검 결과. Empty when nothing matches.
 * Build from a regenerated plan (`regenerate`) so derived figures are filled in and consistent.
 */
export function buildReport(plan: Plan, id: ReportId, options: ReportOptions = {}): ReportTable[] {
  const ctx: ReportContext = {
    plan,
    formats: options.sheets ? formatsOf(options.sheets) : noFormats,
    lang: options.lang ?? 'ko',
    findings: options.findings ?? [],
  };
  if (id === 'findings') return [findingsTable(ctx)];
  const depts = plan.departments.filter((d) => options.department === undefined || sameName(d.name, options.department));
  if (id === 'departments') return [departmentsTable(depts, ctx)].filter(present);
  if (id === 'summary') {
    const names = new Set(depts.map((d) => d.name));
    return [summaryTable(departmentFacts(plan).filter((f) => names.has(f.name)))].filter(present);
  }
  return depts.flatMap((d) => perDepartment(id, d, ctx, options));
}
