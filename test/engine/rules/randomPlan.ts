import fc from 'fast-check';
import { excelRound } from '../../../src/engine/interval/round';
import { derivePlan, type DepartmentInput, type DetailInput, type GoalInput, type IndicatorInput } from '../../fixtures/derive';
import type { PlanData } from '../../fixtures/planData';

/**
 * Random consistent departments: inputs in 천원, every stated figure derived by the fixtures' derivePlan
 * (which keeps 천원 behind 백만원); `rounded` then shows the amounts in whole 백만원 the way the seed does,
 * ratios staying as computed from 천원.
 */

const YEARS = [2014, 2015, 2016, 2017, 2018];
const COLUMNS: DepartmentInput['projectColumns'] = [
  { year: 2014, kind: '결산' },
  { year: 2015, kind: '예산' },
  { year: 2016, kind: '예산' },
];
/** Names whose direction is rising (DOMAIN: from name and unit), so rising targets never warn. */
const INDICATOR_NAMES = ['주민 만족도 (%)', '교육 참여율 (%)', '홍보 실적(건)', '시설 가동률 (%)', '정보화 교육 인원(명)'];
/** 0, or at least a whole 백만원: a shown 0 amount is exactly 0 (DOMAIN), so no amount may round down to it. */
const amount = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 6, arbitrary: fc.integer({ min: 1_000, max: 900_000 }) },
);
const positive = fc.integer({ min: 1_000, max: 900_000 });

const indicatorArb = (k: number): fc.Arbitrary<IndicatorInput> =>
  fc
    .record({
      importance: fc.integer({ min: 1, max: 9 }),
      base: fc.integer({ min: 10, max: 90 }),
      step: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ importance, base, step }) => {
      const targets = YEARS.map((_, y) => base + step * y);
      return {
        name: INDICATOR_NAMES[k % INDICATOR_NAMES.length],
        type: k % 2 ? '일반' : '핵심',
        importance,
        targets,
        actuals: [targets[0], targets[1], null, null, null],
        formula: '실적/목표*100',
        source: '내부보고자료',
      };
    });

/** A 세부사업: last year and this year never 0, so 증감률 is always computable. */
const detailArb = (name: string): fc.Arbitrary<DetailInput> =>
  fc.tuple(amount, positive, positive).map((amounts) => ({
    name,
    amounts,
    overview: {
      content: `${name} 추진`,
      period: '2016년01월01일 ~ 2020년12월31일',
      supportType: '직접수행',
      supportTerms: '구비 100%',
      implementer: '가상시 서구',
    },
  }));

const goalArb = (g: number): fc.Arbitrary<GoalInput> =>
  fc
    .record({
      indicators: fc.integer({ min: 1, max: 3 }),
      units: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
    })
    .chain(({ indicators, units }) =>
      fc.record({
        name: fc.constant(`정책사업목표 ${g + 1}을 달성한다`),
        indicators: fc.tuple(...Array.from({ length: indicators }, (_, k) => indicatorArb(g * 3 + k))),
        unitProjects: fc.tuple(
          ...units.map((details, u) =>
            fc.record({
              name: fc.constant(`단위사업 ${g + 1}-${u + 1}`),
              account: fc.constant('일반회계'),
              details: fc.tuple(...Array.from({ length: details }, (_, d) => detailArb(`세부사업 ${g + 1}-${u + 1}-${d + 1}`))),
            }),
          ),
        ),
      }),
    );

const departmentArb: fc.Arbitrary<DepartmentInput> = fc.integer({ min: 1, max: 3 }).chain((goals) =>
  fc.record({
    department: fc.constant('가상과'),
    strategicGoal: fc.constant('주민과 함께하는 구정을 구현한다'),
    teams: fc.constant('기획팀, 운영팀'),
    staff: fc
      .record({
        grade4: fc.integer({ min: 0, max: 2 }),
        grade5: fc.integer({ min: 0, max: 4 }),
        grade6: fc.integer({ min: 1, max: 40 }),
      })
      .map((s) => ({ ...s, current: s.grade4 + s.grade5 + s.grade6 })),
    indicatorYears: fc.constant(YEARS),
    projectColumns: fc.constant(COLUMNS),
    personnel: fc.tuple(positive, positive),
    basic: fc.tuple(positive, positive),
    finance: fc.oneof(fc.constant<[number, number]>([0, 0]), fc.tuple(positive, positive)),
    goals: fc.tuple(...Array.from({ length: goals }, (_, g) => goalArb(g))),
  }),
);

/** Every amount shown in whole 백만원, as the seed shows them (ratios keep their 천원-based values). */
function roundAmounts(p: PlanData): PlanData {
  const r = (v: number | string) => (typeof v === 'number' ? excelRound(v, 0) : v);
  const copy = structuredClone(p);
  for (const g of copy.goals) {
    g.budget = r(g.budget);
    for (const u of g.unitProjects) {
      u.totals = u.totals.map(r);
      for (const d of u.details) d.amounts = d.amounts.map(r);
    }
  }
  for (const row of Object.values(copy.budget))
    [row.budget, row.prevBudget, row.change] = [r(row.budget), r(row.prevBudget), r(row.change)];
  return copy;
}

export const planArb: fc.Arbitrary<{ plan: PlanData; rounded: boolean }> = fc
  .tuple(departmentArb, fc.boolean())
  .map(([input, rounded]) => ({ plan: rounded ? roundAmounts(derivePlan(input)) : derivePlan(input), rounded }));
