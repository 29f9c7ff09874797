import type { Finding } from '../findings/finding';
import type { CellRef } from '../grid/cellRef';
import { parseSupportTerms } from '../model/funding';
import type { Goal, Overview, Plan } from '../model/plan';
import type { DepartmentFacts } from '../model/departmentFacts';
import { planRelations } from '../relations';
import { eachTable } from '../relations/eachTable';
import { cellsOf, judge } from '../relations/relation';
import { blame } from './blame';
import { loneNote, tablesReached, uncheckedTables, type Checked, type Checks } from './coverage';
import { duplicateDepartments } from './departmentNames';
import { overviewChecks } from './t6Overview';
import { goalChecks } from './t1Goals';
import { indicatorChecks } from './t4Indicators';
import { projectChecks } from './t5Projects';
import { staffingChecks } from './t2Staffing';
import { summaryChecks } from './t0Summary';
import { summaryDepartmentChecks } from './t0Departments';
import { t4ActualChecks } from './t4Actual';
import { unreadChecks } from './unreadCells';

export type { Checked } from './coverage';

/** 성과지표별 목표치 설정: no arithmetic relation; the checks made are each 지표 유형 and the 가중치 sum when stated. */
function indicatorFamily(goal: Pick<Goal, 'name' | 'indicators'>): Checks {
  const weights = goal.indicators.map((i) => i.weight).filter((c) => c.reading.kind !== 'blank');
  const evaluated: CellRef[][] = goal.indicators.map((i) => [i.type.ref]);
  if (weights.length > 0 && weights.every((c) => c.value !== null)) evaluated.push(weights.map((c) => c.ref));
  return { findings: indicatorChecks(goal), evaluated };
}

/** 관련 예산사업 개요: its 지원조건 shares, checked when it states any. */
function overviewFamily(overview: Overview): Checks {
  const terms = overview.supportTerms;
  const checked = terms !== undefined && parseSupportTerms(terms.text).shares.length > 0;
  return { findings: overviewChecks(overview), evaluated: checked ? [[terms.ref]] : [] };
}

/** What each table family gives beyond its relations (예산현황 has nothing but relations). */
const families = (plan: Plan, others: ReadonlyArray<DepartmentFacts>): Checks[] =>
  eachTable<Checks>(plan, others, {
    summary: summaryChecks,
    summaryDepartments: summaryDepartmentChecks,
    goals: goalChecks,
    staffing: staffingChecks,
    budget: () => ({ findings: [] }),
    indicators: indicatorFamily,
    project: projectChecks,
    overview: overviewFamily,
  });

/**
 * Runs every rule over the plan, and says how much it checked. All relations are judged together so one wrong cell is
 * one error however many tables it reaches; findings that need no arithmetic follow; a table no evaluated relation
 * reached gets `plan.unchecked`. Never throws on bad data. `others`: departments of files checked together with this
 * one, which its 총괄표 rows are compared with.
 */
export function checkRules(plan: Plan, others: ReadonlyArray<DepartmentFacts> = []): { findings: Finding[]; checked: Checked } {
  const checks = [...families(plan, others), ...(plan.measures ? [t4ActualChecks(plan)] : [])];
  const judged = planRelations(plan, others).map((relation) => ({ relation, outcome: judge(relation) }));
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

/**
 * The cells the check blames for other relations' disagreement (each finding's `cause`): what recompute needs to know
 * which of the user's formulas hold a stale result. Given to recompute by the stages above both.
 */
export const blamedCells = (plan: Plan): CellRef[] => runRules(plan).flatMap((f) => (f.cause ? [f.cause] : []));
