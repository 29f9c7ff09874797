import type { Plan, Sheet } from '../../../../src/engine';
import { variant } from '../../../fixtures/build';
import { MEASURED, MEASURED_BLANK_ACTUAL } from '../../../fixtures/measured';
import { withCells } from '../../recompute/sheets';
import { planCase, reports, type RuleCaseTable } from '../ruleTester';

const indicator = (g: number, i: number) => (plan: Plan) => plan.departments[0].goals[g].indicators[i];
const measured = planCase({ what: 'the seed with 측정 자료 behind its 실적', plans: [MEASURED] });

/** The sheets with the first 측정 자료 row's 지표명 renamed: it names no indicator. */
const renamed = (sheets: Sheet[], plan: Plan): Sheet[] =>
  withCells(sheets, [{ ref: plan.measures![0].rows[0].indicator.ref, cell: { value: '없는 지표' } }]);

export const ACTUAL_CASES: RuleCaseTable = {
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
      reports(
        'mismatch',
        planCase({
          what: "운영도 '14 실적 99.30: inside one interval evaluation (99.298–99.332), outside what 8,760 and 60 hours allow",
          plans: [MEASURED],
          // Typed as text so it shows its two decimals: 99.3 in General would show one, and 99.25–99.35 fits.
          change: (p) => void (p.goals[0].indicators[0].actuals[0] = '99.30'),
          at: (p) => indicator(0, 0)(p).actuals[0].ref,
        }),
      ),
      reports(
        'mismatch',
        planCase({
          what: "언론매체보도율 '15 실적 92 where 273 of 300 give 91",
          plans: [MEASURED],
          change: (p) => void (p.goals[1].indicators[0].actuals[1] = 92),
          at: (p) => indicator(1, 0)(p).actuals[1].ref,
        }),
      ),
      reports(
        { messageId: 'roundingOnly', severity: 'info' },
        planCase({
          what: "운영도 '14 실적 99.31: 8,760 and 60 shown give 99.32, yet hours that round to them allow 99.31",
          plans: [MEASURED],
          change: (p) => void (p.goals[0].indicators[0].actuals[0] = '99.31'),
          at: (p) => indicator(0, 0)(p).actuals[0].ref,
        }),
      ),
      reports(
        { messageId: 'blank', severity: 'warning' },
        planCase({
          what: "운영도 '16 실적 blank while the 측정 자료 give both quantities",
          plans: [MEASURED_BLANK_ACTUAL],
          at: (p) => indicator(0, 0)(p).actuals[2].ref,
        }),
      ),
      reports(
        { messageId: 'notComputable', severity: 'info' },
        planCase({
          what: "운영도 '14 가동시간 0: the 측정산식 divides by it",
          plans: [MEASURED],
          change: (p) => void (p.goals[0].indicators[0].measures![0].values[0] = 0),
          at: (p) => indicator(0, 0)(p).actuals[0].ref,
        }),
      ),
    ],
  },
  't4.measureData': {
    valid: [measured],
    invalid: [
      reports(
        'notInFormula',
        planCase({
          what: 'an 항목 the 측정산식 does not name',
          plans: [MEASURED],
          change: (p) => void (p.goals[0].indicators[0].measures![1].item = '장애 일수'),
          at: (p) => p.measures![0].rows[1].item.ref,
        }),
      ),
      reports(
        'noIndicator',
        planCase({
          what: 'a 지표명 naming no indicator',
          plans: [MEASURED],
          sheets: renamed,
          at: (p) => p.measures![0].rows[0].indicator.ref,
        }),
      ),
      reports(
        'severalIndicators',
        planCase({
          what: 'a 지표명 two departments use',
          plans: [MEASURED, variant(MEASURED, (p) => void (p.department = '세무과'))],
          at: (p) => p.measures![0].rows[0].indicator.ref,
        }),
      ),
      reports(
        'noFormula',
        planCase({
          what: 'an indicator whose 측정산식 does not parse (a trailing ×), with 측정 자료 behind it',
          plans: [MEASURED],
          change: (p) => void (p.goals[0].indicators[0].formula = '(가동시간-중단시간)/가동시간×'),
          at: (p) => p.measures![0].rows[0].indicator.ref,
        }),
      ),
      reports(
        'twice',
        planCase({
          what: 'a quantity given twice',
          plans: [MEASURED],
          change: (p) => void p.goals[0].indicators[0].measures!.push({ item: '중단시간', values: [61, 50, null, null, null] }),
          at: (p) => p.measures![0].rows[2].item.ref,
        }),
      ),
    ],
  },
};
