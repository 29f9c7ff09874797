import type { Plan } from '../model/plan';
import { planRelations } from '../rules';
import type { Relation } from '../rules/relation';

/**
 * The relations whose stated cell recompute may write. `t1.policy` is absent on purpose: there the stated cell
 * (예산현황 정책사업) is an input, so that relation is only checked.
 */
export const RECOMPUTED_RULES: ReadonlySet<string> = new Set([
  't1.budget',
  't1.units',
  't1.indicators',
  't2.quota',
  't2.total',
  't3.total',
  't3.admin',
  't3.share',
  't3.change',
  't3.rate',
  't5.total',
  't5.count',
]);

export const derivedRelations = (plan: Plan): Relation[] => planRelations(plan).filter((r) => RECOMPUTED_RULES.has(r.rule));
