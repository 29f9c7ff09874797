import type { Plan } from '../model/plan';
import { planRelations } from '../relations';
import type { Relation } from '../relations/relation';

/**
 * The relations whose stated cell recompute may write: all but the check-only ones (`t1.policy`, whose stated cell,
 * 예산현황 정책사업, is an input).
 */
export const derivedRelations = (plan: Plan): Relation[] => planRelations(plan).filter((r) => !r.checkOnly);
