import fc from 'fast-check';
import { excelRound } from '../../../src/engine/interval/round';
import { indicatorDirection } from '../../../src/engine/model/direction';
import { buildReport, type ReportCell, type ReportTable } from '../../../src/engine/reports';
import { UNASSIGNED } from '../../../src/engine/reports/fundingSplit';
import { variant } from '../../fixtures/build';
import { INVENTED } from '../../fixtures/invented';
import type { PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';
import { planArb } from '../rules/randomPlan';
import { regenerated } from './plans';

const num = (c: ReportCell | undefined): number => (typeof c?.value === 'number' ? c.value : 0);
const col = (t: ReportTable, name: string): number =>
  t.header[0].findIndex((h) => h.value === name || String(h.value).startsWith(`${name} `));

/** Funding terms a test can vary: every 세부사업 of the plan gets the k-th of these, in turn. */
const TERMS = [
  '구비 100%',
  '국비 50%, 시비 25%, 구비 25%',
  '국비 40% 구비 60%',
  '국비 25%, 지방비(구비) 75% 확보 조건',
  '국비 30%',
  '시비 33.3%, 구비 33.3%, 국비 33.4%',
];

describe('재원별 예산', () => {
  it('adds up to each 세부사업 budget exactly, and the 계 row to every column, for random plans and terms', () => {
    fc.assert(
      fc.property(planArb, fc.nat(), ({ plan }, seed) => {
        let k = seed;
        const withTerms = variant(plan, (p) =>
          p.goals.forEach((g) =>
            g.unitProjects.forEach((u) => u.details.forEach((d) => (d.overview.supportTerms = TERMS[k++ % TERMS.length]))),
          ),
        );
        const r = regenerated([withTerms]);
        const [table] = buildReport(r.plan, 'funding', { sheets: r.sheets });
        const [amount, terms] = [col(table, '예산액'), col(table, '지원조건')];
        const rows = table.body.slice(0, -1);
        for (const row of rows)
          expect(
            excelRound(
              row.slice(amount + 1, terms).reduce((a, c) => a + num(c), 0),
              3,
            ),
          ).toBe(num(row[amount]));
        const last = table.body[table.body.length - 1];
        for (let c = amount; c < terms; c += 1)
          expect(num(last[c])).toBe(
            excelRound(
              rows.reduce((a, row) => a + num(row[c]), 0),
              3,
            ),
          );
        // Each budget is the 세부사업's current (last 예산) figure as shown.
        const details = withTerms.goals.flatMap((g) => g.unitProjects.flatMap((u) => u.details));
        expect(rows.map((row) => num(row[amount]))).toEqual(
          details.map((d) => excelRound(Number(d.amounts[d.amounts.length - 1]), 0)),
        );
      }),
      { numRuns: 15 },
    );
  });

  it('has a column per source named in the seed, 미확인 only when some terms fall short', () => {
    const r = regenerated([SEED]);
    const [table] = buildReport(r.plan, 'funding', { sheets: r.sheets });
    expect(table.header[0].map((h) => h.value)).not.toContain(UNASSIGNED);
    for (const source of ['국비', '시비', '구비', '지방비']) expect(col(table, source)).toBeGreaterThan(0);
    const short = variant(SEED, (p) => (p.goals[0].unitProjects[0].details[0].overview.supportTerms = '국비 40%'));
    const s = regenerated([short]);
    expect(buildReport(s.plan, 'funding', { sheets: s.sheets })[0].header[0].map((h) => h.value)).toContain(UNASSIGNED);
  });
});

describe('성과지표 달성도 현황', () => {
  /** 달성률 from the plan data: 실적/목표×100, 목표/실적×100 when lower is better; the goal's 달성도 weighted. */
  function expected(plan: PlanData, g: number, year: number) {
    const at = plan.indicatorYears.indexOf(year);
    const rates = plan.goals[g].indicators.map((ind) => {
      const [target, actual] = [Number(ind.targets[at]), Number(ind.actuals[at])];
      const unit = /\(([^)]*)\)\s*$/.exec(ind.name)?.[1] ?? '';
      return indicatorDirection(ind.name, unit) === 'rising' ? (actual / target) * 100 : (target / actual) * 100;
    });
    const score = plan.goals[g].indicators.reduce((a, ind, i) => a + (Number(ind.weight) * rates[i]) / 100, 0);
    return { rates: rates.map((x) => excelRound(x, 2)), score: excelRound(score, 2) };
  }

  it.each([
    ['the seed', SEED],
    [
      'an indicator to keep low, below its target',
      variant(SEED, (p) => {
        const ind = p.goals[0].indicators[0];
        [ind.name, ind.targets[1], ind.actuals[1]] = ['시스템 장애시간 (시간)', 60, 48];
      }),
    ],
    [
      'actuals short of the targets',
      variant(SEED, (p) => p.goals[1].indicators.forEach((ind) => (ind.actuals[1] = Number(ind.targets[1]) - 3))),
    ],
  ])('rates every indicator and weighs every goal for the latest year with 실적: %s', (_name, data) => {
    const r = regenerated([data]);
    const [table] = buildReport(r.plan, 'achievement', { sheets: r.sheets });
    const [rate, score, goal] = [col(table, '달성률'), col(table, '달성도'), col(table, '정책사업목표')];
    let row = 0;
    data.goals.forEach((g, k) => {
      const want = expected(data, k, 2015);
      expect(table.body[row][goal].value).toBe(g.name);
      expect(table.body[row][col(table, '기준연도')].value).toBe("'15");
      expect(table.body.slice(row, row + g.indicators.length).map((b) => b[rate].value)).toEqual(want.rates);
      expect(table.body[row][score].value).toBe(want.score);
      row += g.indicators.length;
    });
  });
});

describe('부서별 예산 총괄', () => {
  it('lists each department from its 예산현황 계, with 구성비, 증감 and 증감률, and a 계 row first', () => {
    const r = regenerated(INVENTED);
    const [table] = buildReport(r.plan, 'departments', { lang: 'en' });
    const totals = INVENTED.map((p) => ({ amount: Number(p.budget.계.budget), prev: Number(p.budget.계.prevBudget) }));
    const sum = { amount: totals.reduce((a, t) => a + t.amount, 0), prev: totals.reduce((a, t) => a + t.prev, 0) };
    const line = (t: { amount: number; prev: number }) => [
      t.amount,
      excelRound((t.amount / sum.amount) * 100, 2),
      t.prev,
      t.amount - t.prev,
      excelRound(((t.amount - t.prev) / t.prev) * 100, 2),
    ];
    const numbers = (cells: ReadonlyArray<ReportCell>) => cells.slice(1).map((c) => c.value as number);
    expect(table.body.map((b) => b[0].value)).toEqual(['Total', ...INVENTED.map((p) => p.department)]);
    [sum, ...totals].forEach((t, i) => numbers(table.body[i]).forEach((v, c) => expect(v).toBeCloseTo(line(t)[c], 9)));
  });

  it('is one department of the seed at 100 %, with its stated 증감 and 증감률 (△4.50, not the naive △4.49)', () => {
    const r = regenerated([SEED]);
    const [table] = buildReport(r.plan, 'departments');
    expect(table.body.map((b) => b[2].value)).toEqual([100, 100]);
    const { change, rate } = SEED.budget.계;
    expect(table.body.map((b) => [b[4].value, b[5].value])).toEqual([
      [change, rate],
      [change, rate],
    ]);
  });
});
