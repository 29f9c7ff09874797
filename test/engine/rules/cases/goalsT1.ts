import type { Plan } from '../../../../src/engine';
import { NEAR_TIE } from '../../../fixtures/ambiguous';
import { alone } from '../../../fixtures/lone';
import { planCase, reports, type RuleCaseTable } from '../ruleTester';

const goal = (n: number) => (plan: Plan) => plan.departments[0].goals[n];
const clean = planCase({ what: 'the seed: 1,104 = 50 + 66 + 988, 395' });

export const GOAL_CASES: RuleCaseTable = {
  't1.budget': {
    valid: [clean],
    invalid: [
      reports(
        'mismatch',
        planCase({
          what: "a goal's 예산액 off by 100",
          change: (p) => void (p.goals[0].budget = (p.goals[0].budget as number) + 100),
          at: (p) => goal(0)(p).budget.ref,
        }),
      ),
    ],
  },
  't1.policy': {
    valid: [clean],
    invalid: [
      reports(
        'mismatch',
        planCase({
          what: '예산현황 정책사업 off by 100: the one cell that explains every broken relation is told by its T1 sum',
          change: (p) => void (p.budget.정책사업.amount = (p.budget.정책사업.amount as number) + 100),
          at: (p) => p.departments[0].budget!.rows.정책사업!.amount.ref,
        }),
      ),
    ],
  },
  't1.indicators': {
    valid: [clean],
    invalid: [
      reports(
        'mismatch',
        planCase({
          what: '성과지표수 off by one',
          change: (p) => void (p.goals[1].indicatorCount = (p.goals[1].indicatorCount as number) + 1),
          at: (p) => goal(1)(p).indicatorCount.ref,
        }),
      ),
    ],
  },
  't1.units': {
    valid: [clean],
    invalid: [
      reports(
        'mismatch',
        planCase({
          what: '단위사업수 off by one',
          change: (p) => void (p.goals[0].unitCount = (p.goals[0].unitCount as number) + 1),
          at: (p) => goal(0)(p).unitCount.ref,
        }),
      ),
    ],
  },
  'link.unresolved': {
    valid: [clean],
    invalid: [
      reports(
        'unmatched',
        planCase({
          what: 'every goal 예산액 far from any split of the 단위사업',
          change: (p) => p.goals.forEach((g) => void (g.budget = 7)),
        }),
      ),
    ],
  },
  'link.ambiguous': {
    valid: [clean],
    invalid: [reports('splits', planCase({ what: 'a 1 백만원 단위사업 fitting either goal (the near tie)', plans: [NEAR_TIE] }))],
  },
  'plan.unchecked': {
    valid: [clean],
    invalid: [
      reports(
        'unlinked',
        planCase({ what: 'a lone 정책사업목표 현황: nothing to add it up with', sheets: (_s, _p, built) => alone(built, 'T1') }),
      ),
    ],
  },
  'plan.lone': {
    valid: [clean],
    invalid: [reports('lone', planCase({ what: 'a lone 예산현황', sheets: (_s, _p, built) => alone(built, 'T3') }))],
  },
};
