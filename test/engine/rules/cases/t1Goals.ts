import type { Plan } from '../../../../src/engine';
import type { RuleId } from '../../../../src/engine/findings/ruleRegistry';
import { NEAR_TIE } from '../../../fixtures/ambiguous';
import { alone } from '../../../fixtures/lone';
import { planCase, type RuleCases } from '../ruleTester';

const goal = (n: number) => (plan: Plan) => plan.departments[0].goals[n];
const clean = planCase({ what: 'the seed: 1,104 = 50 + 66 + 988, 395' });

export const GOAL_CASES: Partial<Record<RuleId, RuleCases>> = {
  't1.budget': {
    valid: [clean],
    invalid: [
      planCase({
        what: "a goal's 예산액 off by 100",
        change: (p) => void (p.goals[0].budget = (p.goals[0].budget as number) + 100),
        at: (p) => goal(0)(p).budget.ref,
      }),
    ],
  },
  't1.policy': {
    valid: [clean],
    invalid: [
      planCase({
        what: '예산현황 정책사업 off by 100: the one cell that explains every broken relation is told by its T1 sum',
        change: (p) => void (p.budget.정책사업.budget = (p.budget.정책사업.budget as number) + 100),
        at: (p) => p.departments[0].budget!.rows.정책사업!.budget.ref,
      }),
    ],
  },
  't1.indicators': {
    valid: [clean],
    invalid: [
      planCase({
        what: '성과지표수 off by one',
        change: (p) => void (p.goals[1].indicatorCount = (p.goals[1].indicatorCount as number) + 1),
        at: (p) => goal(1)(p).indicatorCount.ref,
      }),
    ],
  },
  't1.units': {
    valid: [clean],
    invalid: [
      planCase({
        what: '단위사업수 off by one',
        change: (p) => void (p.goals[0].unitCount = (p.goals[0].unitCount as number) + 1),
        at: (p) => goal(0)(p).unitCount.ref,
      }),
    ],
  },
  'link.unresolved': {
    valid: [clean],
    invalid: [
      planCase({
        what: 'every goal 예산액 far from any split of the 단위사업',
        change: (p) => p.goals.forEach((g) => void (g.budget = 7)),
      }),
    ],
  },
  'link.ambiguous': {
    valid: [clean],
    invalid: [planCase({ what: 'a 1 백만원 단위사업 fitting either goal (the near tie)', plans: [NEAR_TIE] })],
  },
  'plan.unchecked': {
    valid: [clean],
    invalid: [
      planCase({ what: 'a lone 정책사업목표 현황: nothing to add it up with', sheets: (_s, _p, built) => alone(built, 'T1') }),
    ],
  },
  'plan.lone': {
    valid: [clean],
    invalid: [planCase({ what: 'a lone 예산현황', sheets: (_s, _p, built) => alone(built, 'T3') })],
  },
};
