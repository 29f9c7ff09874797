import type { Finding } from '../findings/finding';
import type { Plan, ReportTables } from '../model/plan';
import { blame } from './blame';
import { resolveBlankDerived } from './blankDerived';
import { budgetChecks } from './budgetT3';
import { duplicateDepartments } from './departmentNames';
import { fundingChecks } from './fundingT6';
import { goalChecks } from './goalsT1';
import { indicatorChecks } from './indicatorsT4';
import { projectChecks } from './projectsT5';
import { judge, type Checks, type Relation } from './relation';
import { staffingChecks } from './staffingT2';
import { summaryChecks } from './summaryT0';
import { summaryDepartmentChecks } from './summaryDepartments';
import { departmentFacts, type DepartmentFacts } from '../model/departmentFacts';
import { unreadChecks } from './unreadCells';

/** The relations inside each table of perfplan's report areas, each table on its own. */
function reportFamilies(reports: ReportTables): Checks[] {
  return [
    ...reports.staffing.map(staffingChecks),
    ...reports.budgets.map((budget) => budgetChecks({ budget })),
    { relations: [], findings: reports.indicatorTables.flatMap(indicatorChecks) },
    ...reports.unitProjects.map(projectChecks),
    { relations: [], findings: reports.overviews.flatMap(fundingChecks) },
  ];
}

/**
 * Every relation family over a plan, then those of its report areas. A 조직 및 인력현황 shared by several departments
 * is checked once. `others` are departments of files checked with this one, for its 총괄표.
 */
function families(plan: Plan, others: ReadonlyArray<DepartmentFacts> = []): Checks[] {
  const staffTables = new Set<number>();
  const own = plan.departments.flatMap((dept) => {
    const staffing =
      dept.staffing && !staffTables.has(dept.staffing.table)
        ? (staffTables.add(dept.staffing.table), [staffingChecks(dept.staffing)])
        : [];
    return [
      goalChecks(dept, plan),
      ...staffing,
      budgetChecks(dept),
      { relations: [], findings: dept.goals.flatMap(indicatorChecks) },
      ...dept.unitProjects.map(projectChecks),
      { relations: [], findings: dept.overviews.flatMap(fundingChecks) },
    ];
  });
  const summaries = plan.summaries
    ? [...plan.summaries.map(summaryChecks), summaryDepartmentChecks(plan, [...departmentFacts(plan), ...others])]
    : [];
  return [...own, ...summaries, ...(plan.reports ? reportFamilies(plan.reports) : [])];
}

/**
 * Every relation of the plan (derived cell = expression of other cells), a blank derived cell read as what its own
 * relation gives: rules judge these and recompute fills cells from them.
 */
export const planRelations = (plan: Plan): Relation[] => resolveBlankDerived(families(plan).flatMap((c) => c.relations));

/**
 * Runs every rule over the plan. All relations are judged together so one wrong cell is one error however
 * many tables it reaches; findings that need no arithmetic follow. Never throws on bad data. `others`: departments of
 * files checked together with this one, which its 총괄표 rows are compared with.
 */
export function runRules(plan: Plan, others: ReadonlyArray<DepartmentFacts> = []): Finding[] {
  const checks = families(plan, others);
  const judged = resolveBlankDerived(checks.flatMap((c) => c.relations)).map((relation) => ({
    relation,
    outcome: judge(relation),
  }));
  return [...unreadChecks(plan), ...blame(judged), ...checks.flatMap((c) => c.findings), ...duplicateDepartments(plan)];
}
