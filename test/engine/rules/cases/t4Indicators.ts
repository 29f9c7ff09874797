import type { Plan, Sheet } from '../../../../src/engine';
import { withRowRemoved } from '../../recompute/sheets';
import { planCase, reports, type RuleCaseTable } from '../ruleTester';

const indicator = (g: number, i: number) => (plan: Plan) => plan.departments[0].goals[g].indicators[i];
const clean = planCase({ what: 'the seed' });
/** The 근거 section after each T4 is written in the document layout only. */
const DOCUMENT = ['document'] as const;

/** The sheets with the last indicator's 실적 row taken out: its 목표 row ends the table alone. */
function withoutLastActualRow(sheets: Sheet[], plan: Plan): Sheet[] {
  const t4 = plan.tables.find((t) => t.kind === 'T4')!;
  const last = plan.departments[0].goals[0].indicators.at(-1)!;
  return withRowRemoved(sheets, t4.sheet, last.actualRow!, t4.range.bottom);
}

export const INDICATOR_CASES: RuleCaseTable = {
  't4.weights': {
    valid: [clean],
    invalid: [
      reports(
        'sum',
        planCase({
          what: 'weights summing to 95',
          change: (p) => void (p.goals[0].indicators[1].weight = 35),
          at: (p) => indicator(0, 1)(p).weight.ref,
        }),
      ),
      reports(
        'notWhole',
        planCase({
          what: 'a weight of 32.5 beside 37.5',
          change: (p) => {
            p.goals[0].indicators[1].weight = 32.5;
            p.goals[0].indicators[2].weight = 37.5;
          },
          at: (p) => indicator(0, 1)(p).weight.ref,
        }),
      ),
    ],
  },
  't4.weightBlank': {
    valid: [clean],
    invalid: [
      reports(
        'blank',
        planCase({
          what: 'an indicator without a weight',
          change: (p) => void (p.goals[1].indicators[2].weight = ''),
          at: (p) => indicator(1, 2)(p).weight.ref,
        }),
      ),
    ],
  },
  't4.type': {
    valid: [clean, planCase({ what: '핵심지표 written out', change: (p) => void (p.goals[0].indicators[1].type = '핵심지표') })],
    invalid: [
      reports(
        'unknownType',
        planCase({
          what: '지표 유형 neither 핵심 nor 일반',
          change: (p) => void (p.goals[0].indicators[0].type = '중점'),
          at: (p) => indicator(0, 0)(p).type.ref,
        }),
      ),
    ],
  },
  't4.pair': {
    valid: [clean],
    invalid: [reports('noActual', planCase({ what: 'a 목표 row without its 실적 row', sheets: withoutLastActualRow }))],
  },
  't4.target': {
    valid: [planCase({ what: 'the seed: 96.6 → 97.6 by 0.2 a year', layouts: DOCUMENT })],
    invalid: [
      reports(
        'offBasis',
        planCase({
          what: "a '18 목표 off the stated 0.2 step",
          layouts: DOCUMENT,
          change: (p) => void (p.goals[0].indicators[2].targets[4] = 98.5),
          at: (p) => indicator(0, 2)(p).targets[4].ref,
        }),
      ),
    ],
  },
  't4.basis': {
    valid: [
      planCase({
        what: 'every 근거 states a step',
        layouts: DOCUMENT,
        change: (p) => p.goals.forEach((g) => g.indicators.forEach((i) => void (i.basis = ['기준값에서 1 증']))),
      }),
    ],
    invalid: [
      reports('noRule', planCase({ what: 'the seed: 새올행정시스템 활용도 states an average, no step', layouts: DOCUMENT })),
    ],
  },
  't4.direction': {
    valid: [clean],
    invalid: [
      reports(
        'fallsRising',
        planCase({
          what: 'a falling target series for a rising indicator',
          change: (p) => void p.goals[1].indicators[2].targets.reverse(),
          at: (p) => indicator(1, 2)(p).targets[1].ref,
        }),
      ),
      reports(
        'risesFalling',
        planCase({
          what: 'a rising target series for a 장애시간 (falling) indicator',
          change: (p) => {
            const i = p.goals[0].indicators[0];
            [i.name, i.targets] = ['연간 장애시간 (시간)', [60, 55, 50, 55, 60]];
          },
          at: (p) => indicator(0, 0)(p).targets[3].ref,
        }),
      ),
    ],
  },
  't4.measure': {
    valid: [clean],
    invalid: [
      reports(
        'syntax',
        planCase({
          what: 'a 측정산식 ending after an operator',
          change: (p) => void (p.goals[0].indicators[1].formula = '활용업무수/'),
          at: (p) => indicator(0, 1)(p).formula!.ref,
        }),
      ),
      reports(
        'noQuantity',
        planCase({
          what: 'a 측정산식 of numbers alone',
          change: (p) => void (p.goals[0].indicators[1].formula = '100/3'),
          at: (p) => indicator(0, 1)(p).formula!.ref,
        }),
      ),
    ],
  },
};
