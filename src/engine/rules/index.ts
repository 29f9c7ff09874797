import type { Finding } from '../findings/finding';
import type { CellRef } from '../grid/cellRef';
import { parseSupportTerms } from '../model/funding';
import type { Goal, Overview, Plan, ReportTables } from '../model/plan';
import { blame } from './blame';
import { resolveBlankDerived } from './blankDerived';
import { budgetChecks } from './budgetT3';
import { loneNote, tablesReached, uncheckedTables, type Checked } from './coverage';
import { duplicateDepartments } from './departmentNames';
import { fundingChecks } from './fundingT6';
import { goalChecks } from './goalsT1';
import { indicatorChecks } from './indicatorsT4';
import { projectChecks } from './projectsT5';
import { cellsOf, judge, type Checks, type Relation } from './relation';
import { staffingChecks } from './staffingT2';
import { summaryChecks } from './summaryT0';
import { summaryDepartmentChecks } from './summaryDepartments';
import { t4ActualChecks } from './t4Actual';
import { departmentFacts, type DepartmentFacts } from '../model/departmentFacts';
import { unreadChecks } from './unreadCells';

export type { Checked } from './coverage';

/** 성과지표별 목표치 설정: no arithmetic relation; the checks made are each 지표 유형 and the 가중치 sum when stated. */
function indicatorFamily(goal: Pick<Goal, 'name' | 'indicators'>): Checks {
  const weights = goal.indicators.map((i) => i.weight).filter((c) => c.reading.kind !== 'blank');
  const evaluated: CellRef[][] = goal.indicators.map((i) => [i.type.ref]);
  if (weights.length > 0 && weights.every((c) => c.value !== null)) evaluated.push(weights.map((c) => c.ref));
  return { relations: [], findings: indicatorChecks(goal), evaluated };
}

/** 관련 예산사업 개요: its 지원조건 shares, checked when it states any. */
function fundingFamily(overview: Overview): Checks {
  const terms = overview.supportTerms;
  const checked = terms !== undefined && parseSupportTerms(terms.text).shares.length > 0;
  return { relations: [], findings: fundingChecks(overview), evaluated: checked ? [[terms.ref]] : [] };
}

/** The relations inside each table read on its own (report areas, lone tables), each table apart. */
function ownFamilies(tables: ReportTables): Checks[] {
  return [
    ...tables.staffing.map(staffingChecks),
    ...tables.budgets.map((budget) => budgetChecks({ budget })),
    ...tables.indicatorTables.map(indicatorFamily),
    ...tables.unitProjects.map(projectChecks),
    ...tables.overviews.map(fundingFamily),
  ];
}

/**
 * Every relation family over a plan, then those of its 총괄표, its lone tables and its report areas. A 조직 및 인력현황
 * shared by several departments is checked once. `others` are departments of files checked with this one, for its 총괄표.
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
      ...dept.goals.map(indicatorFamily),
      ...dept.unitProjects.map(projectChecks),
      ...dept.overviews.map(fundingFamily),
    ];
  });
  const summaries = plan.summaries
    ? [...plan.summaries.map(summaryChecks), summaryDepartmentChecks(plan, [...departmentFacts(plan), ...others])]
    : [];
  const measures = plan.measures ? [t4ActualChecks(plan)] : [];
  return [
    ...own,
    ...summaries,
    ...measures,
    ...(plan.lone ? ownFamilies(plan.lone) : []),
    ...(plan.reports ? ownFamilies(plan.reports) : []),
  ];
}

/**
 * Every relation of the plan (derived cell = expression of other cells), a blank derived cell read as what its own
 * relation gives: rules judge these and recompute fills cells from them.
 */
export const planRelations = (plan: Plan): Relation[] => resolveBlankDerived(families(plan).flatMap((c) => c.relations));

/**
 * Runs every rule over the plan, and says how much it checked. All relations are judged together so one wrong cell is
 * one error however many tables it reaches; findings that need no arithmetic follow; a table no evaluated relation
 * reached gets `plan.unchecked`. Never throws on bad data. `others`: departments of files checked together with this
 * one, which its 총괄표 rows are compared with.
 */
export function checkRules(plan: Plan, others: ReadonlyArray<DepartmentFacts> = []): { findings: Finding[]; checked: Checked } {
  const checks = families(plan, others);
  const judged = resolveBlankDerived(checks.flatMap((c) => c.relations)).map((relation) => ({
    relation,
    outcome: judge(relation),
  }));
  const evaluated = [
    ...judged.filter((j) => j.outcome.kind !== 'skip').map((j) => cellsOf(j.relation)),
    ...checks.flatMap((c) => c.evaluated ?? []),
  ];
  const reached = tablesReached(plan.tables, evaluated.flat());
  const findings = [
    ...unreadChecks(plan),
    ...blame(judged),
    ...checks.flatMap((c) => c.findings),
    ...duplicateDepartments(plan),
    ...uncheckedTables(plan, reached),
    ...loneNote(plan),
  ];
  return { findings, checked: { tables: plan.tables.length, relations: evaluated.length } };
}

/** Every finding of every rule over the plan (checkRules without its counts). */
export const runRules = (plan: Plan, others: ReadonlyArray<DepartmentFacts> = []): Finding[] => checkRules(plan, others).findings;
