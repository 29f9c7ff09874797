import type { Plan, Sheet } from '../../../../src/engine';
import type { RuleId } from '../../../../src/engine/findings/ruleRegistry';
import { variant } from '../../../fixtures/build';
import { MEASURED } from '../../../fixtures/measured';
import { withCells } from '../../recompute/sheets';
import { planCase, type RuleCases } from '../ruleTester';

const indicator = (g: number, i: number) => (plan: Plan) => plan.departments[0].goals[g].indicators[i];
const measured = planCase({ what: 'the seed with 측정 자료 behind its 실적', plans: [MEASURED] });

/** The sheets with the first 측정 자료 row's 지표명 renamed: it names no indicator. */
const renamed = (sheets: Sheet[], plan: Plan): Sheet[] =>
  withCells(sheets, [{ ref: plan.measures![0].rows[0].indicator.ref, cell: { value: '없는 지표' } }]);

export const ACTUAL_CASES: Partial<Record<RuleId, RuleCases>> = {
  't4.actual': {
    valid: [
      measured,
      planCase({
        what: "a '16 실적 stated as the 측정 자료 give it",
        plans: [MEASURED],
        change: (p) => {
          const ops = p.goals[0].indicators[0];
          ops.actuals[2] = 99.54;
          ops.measures![0].values[2] = 8784;
          ops.measures![1].values[2] = 40;
        },
      }),
    ],
    invalid: [
      planCase({
        what: "운영도 '14 실적 99.30: inside one interval evaluation (99.298–99.332), outside what 8,760 and 60 hours allow",
        plans: [MEASURED],
        // Typed as text so it shows its two decimals: 99.3 in General would show one, and 99.25–99.35 fits.
        change: (p) => void (p.goals[0].indicators[0].actuals[0] = '99.30'),
        at: (p) => indicator(0, 0)(p).actuals[0].ref,
      }),
      planCase({
        what: "언론매체보도율 '15 실적 92 where 273 of 300 give 91",
        plans: [MEASURED],
        change: (p) => void (p.goals[1].indicators[0].actuals[1] = 92),
        at: (p) => indicator(1, 0)(p).actuals[1].ref,
      }),
    ],
  },
  't4.measureData': {
    valid: [measured],
    invalid: [
      planCase({
        what: 'an 항목 the 측정산식 does not name',
        plans: [MEASURED],
        change: (p) => void (p.goals[0].indicators[0].measures![1].item = '장애 일수'),
        at: (p) => p.measures![0].rows[1].item.ref,
      }),
      planCase({
        what: 'a 지표명 naming no indicator',
        plans: [MEASURED],
        sheets: renamed,
        at: (p) => p.measures![0].rows[0].indicator.ref,
      }),
      planCase({
        what: 'a 지표명 two departments use',
        plans: [MEASURED, variant(MEASURED, (p) => void (p.department = '세무과'))],
        at: (p) => p.measures![0].rows[0].indicator.ref,
      }),
      planCase({
        what: 'a quantity given twice',
        plans: [MEASURED],
        change: (p) => void p.goals[0].indicators[0].measures!.push({ item: '중단시간', values: [61, 50, null, null, null] }),
        at: (p) => p.measures![0].rows[2].item.ref,
      }),
    ],
  },
};
