import type { DepartmentFacts } from '../model/departmentFacts';
import type { Plan } from '../model/plan';
import { resolveBlankDerived } from './blankDerived';
import { eachTable } from './eachTable';
import type { Relation } from './relation';
import { summaryDepartmentRelations } from './t0Departments';
import { summaryRelations } from './t0Summary';
import { goalRelations } from './t1Goals';
import { staffingRelations } from './t2Staffing';
import { budgetRelations } from './t3Budget';
import { projectRelations } from './t5Projects';

/**
 * Every relation of the plan (derived cell = expression of other cells), a blank derived cell read as what its own
 * relation gives: rules judge these and recompute fills cells from them. 성과지표별 목표치 설정 and 관련 예산사업 개요
 * state no arithmetic relation. `others`: departments of files checked together with this one, for its 총괄표.
 */
export function planRelations(plan: Plan, others: ReadonlyArray<DepartmentFacts> = []): Relation[] {
  const families = eachTable(plan, others, {
    summary: summaryRelations,
    summaryDepartments: summaryDepartmentRelations,
    goals: goalRelations,
    staffing: staffingRelations,
    budget: budgetRelations,
    indicators: () => [],
    project: projectRelations,
    overview: () => [],
  });
  return resolveBlankDerived(families.flat());
}
