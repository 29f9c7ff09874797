import { check, type Plan } from '../../../../src/engine';
import type { TableKind } from '../../../../src/engine/model/plan';
import { uncheckedTables } from '../../../../src/engine/rules/coverage';
import { tableAt } from '../../../../src/engine/rules/tableAt';
import { buildWorkbook, variant } from '../../../fixtures/build';
import type { PlanData } from '../../../fixtures/planData';
import { SEED } from '../../../fixtures/seed';
import { NEAR_TIE } from '../../../fixtures/ambiguous';
import { alone } from '../../../fixtures/lone';
import { MEASURED } from '../../../fixtures/measured';
import { withCells } from '../../recompute/sheets';
import { planCase, reportedOf, reports, where, type RuleCase, type RuleCaseTable } from '../ruleTester';

/**
 * `plan.unchecked` as coverage.ts words it for a table of a real plan that no relation reached (`reached` empty): the
 * reasons a whole check reaches only in workbooks no fixture writes (a T1 whose every figure is blank …).
 */
function unreached(what: string, data: PlanData, kind: TableKind): RuleCase {
  return {
    what,
    layouts: ['document'],
    run: async () => {
      const { plan } = check(buildWorkbook([data], 'document').sheets);
      const table = plan.tables.find((t) => t.kind === kind)!;
      return { reported: uncheckedTables(plan, new Set()).map(reportedOf), at: where(tableAt(table)) };
    },
  };
}

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
      reports(
        'openGoals',
        planCase({
          what: 'the near tie with goal 1 off by 10: no split makes the open goals add up',
          layouts: ['document'],
          plans: [variant(NEAR_TIE, (p) => void (p.goals[0].budget = (p.goals[0].budget as number) + 10))],
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
          change: (p) => void (p.budget.정책사업.budget = (p.budget.정책사업.budget as number) + 100),
          at: (p) => p.departments[0].budget!.rows.정책사업!.budget.ref,
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
      reports(
        'openGoals',
        planCase({
          what: 'the near tie: the open goals count 4 단위사업 of 5',
          layouts: ['document'],
          plans: [NEAR_TIE],
          at: (p) => goal(1)(p).unitCount.ref,
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
      reports(
        'unreadCells',
        planCase({
          what: 'a lone 정책사업목표 현황 with a word for a 예산액',
          change: (p) => void (p.goals[0].budget = '미정'),
          sheets: (_s, _p, built) => alone(built, 'T1'),
        }),
      ),
      reports('undecided', unreached('the near tie’s T1 (the split undecided)', NEAR_TIE, 'T1')),
      reports('noRelatedTables', unreached('the seed’s T1 (goals matched)', SEED, 'T1')),
      reports('nothingRead', unreached('the seed’s 예산현황', SEED, 'T3')),
      reports(
        'noMeasured',
        planCase({
          what: 'a 측정 자료 whose every 지표명 names no indicator',
          plans: [MEASURED],
          sheets: (sheets, plan) =>
            withCells(
              sheets,
              plan.measures![0].rows.map((r) => ({ ref: r.indicator.ref, cell: { value: '없는 지표' } })),
            ),
          at: (p) => tableAt(p.tables.find((t) => t.kind === 'T4M')!),
        }),
      ),
    ],
  },
  'plan.lone': {
    valid: [clean],
    invalid: [reports('lone', planCase({ what: 'a lone 예산현황', sheets: (_s, _p, built) => alone(built, 'T3') }))],
  },
};
