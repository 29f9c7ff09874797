import type { Finding } from '../../../src/engine/findings/finding';
import { readPlan } from '../../../src/engine/read/readPlan';
import type { BudgetRow, BudgetRowKey, Department, Plan } from '../../../src/engine/model/plan';
import { runRules } from '../../../src/engine/rules';
import { buildWorkbook, type Layout, type Variation } from '../../fixtures/build';
import type { PlanData } from '../../fixtures/planData';

export const LAYOUTS: Layout[] = ['document', 'byKind', 'messy'];

/** Findings on the 목표치 설정 근거 (information only; targetBasis.test.ts derives which a plan calls for). */
export const BASIS_RULES: ReadonlySet<string> = new Set(['t4.basis', 't4.target']);

/** Plans written by the fixture builder, read back by the model, checked by the rules. */
export function checkBuilt(
  plans: PlanData[],
  layout: Layout,
  variation: Partial<Variation> = {},
): { plan: Plan; findings: Finding[] } {
  const plan = readPlan(buildWorkbook(plans, layout, variation).sheets);
  return { plan, findings: runRules(plan) };
}

export const department = (plan: Plan, name: string): Department => {
  const found = plan.departments.find((d) => d.name === name);
  if (!found) throw new Error(`no department ${name} in the plan`);
  return found;
};

export const severityOf = (findings: Finding[], severity: Finding['severity']): Finding[] =>
  findings.filter((f) => f.severity === severity);

/** A finding as one line, for readable failures. */
export const line = (f: Finding): string => `${f.severity} ${f.rule} ${f.ref.sheet}!${f.ref.row},${f.ref.col} ${f.message.ko}`;

/** A 예산현황 figure column. */
export type BudgetCol = keyof Omit<BudgetRow, 'label'>;

/** DOMAIN.md: the seed's 예산현황 cells where the naive recomputation from the shown figures differs, all consistent. */
export const SEED_BUDGET_NAIVE_DIFFERENCES: ReadonlyArray<readonly [BudgetRowKey, BudgetCol]> = [
  ['계', 'rate'],
  ['정책사업', 'share'],
  ['정책사업', 'prevShare'],
  ['정책사업', 'rate'],
  ['행정운영경비', 'share'],
  ['행정운영경비', 'prevShare'],
  ['행정운영경비', 'rate'],
  ['인력운영비', 'share'],
  ['인력운영비', 'rate'],
  ['기본경비', 'share'],
  ['기본경비', 'prevShare'],
  ['기본경비', 'rate'],
];
