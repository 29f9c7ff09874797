import { departmentFacts, type DepartmentFacts } from '../model/departmentFacts';
import type { Budget, Department, Goal, Overview, Plan, ReportTables, Staffing, Summary, UnitProject } from '../model/plan';

/** What one stage makes of each family of tables: the relations of each (relations), or what rules find beyond them. */
export type PerTable<T> = {
  readonly summary: (summary: Summary) => T;
  /** A 총괄표's 실국 rows against the departments (`departments`: this plan's and those of files checked with it). */
  readonly summaryDepartments: (plan: Plan, departments: ReadonlyArray<DepartmentFacts>) => T;
  readonly goals: (dept: Department, plan: Plan) => T;
  readonly staffing: (staffing: Staffing) => T;
  readonly budget: (dept: { readonly budget?: Budget }) => T;
  readonly indicators: (goal: Pick<Goal, 'name' | 'indicators'>) => T;
  readonly project: (unit: UnitProject) => T;
  readonly overview: (overview: Overview) => T;
};

/** The tables read on their own (report areas, lone tables), each table apart. */
function ownTables<T>(tables: ReportTables, each: PerTable<T>): T[] {
  return [
    ...tables.staffing.map(each.staffing),
    ...tables.budgets.map((budget) => each.budget({ budget })),
    ...tables.indicatorTables.map(each.indicators),
    ...tables.unitProjects.map(each.project),
    ...tables.overviews.map(each.overview),
  ];
}

/**
 * `each` over every table family of a plan, in one order for relations and findings alike: each department's, then
 * those of its 총괄표, its lone tables and its report areas. A 조직 및 인력현황 shared by several departments comes
 * once. `others` are departments of files checked with this one, for its 총괄표.
 */
export function eachTable<T>(plan: Plan, others: ReadonlyArray<DepartmentFacts>, each: PerTable<T>): T[] {
  const staffTables = new Set<number>();
  const own = plan.departments.flatMap((dept) => {
    const staffing =
      dept.staffing && !staffTables.has(dept.staffing.table)
        ? (staffTables.add(dept.staffing.table), [each.staffing(dept.staffing)])
        : [];
    return [
      each.goals(dept, plan),
      ...staffing,
      each.budget(dept),
      ...dept.goals.map(each.indicators),
      ...dept.unitProjects.map(each.project),
      ...dept.overviews.map(each.overview),
    ];
  });
  const summaries = plan.summaries
    ? [...plan.summaries.map(each.summary), each.summaryDepartments(plan, [...departmentFacts(plan), ...others])]
    : [];
  return [
    ...own,
    ...summaries,
    ...(plan.lone ? ownTables(plan.lone, each) : []),
    ...(plan.reports ? ownTables(plan.reports, each) : []),
  ];
}
