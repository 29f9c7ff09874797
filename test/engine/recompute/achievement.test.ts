import { achievement } from '../../../src/engine/index';
import { readPlan } from '../../../src/engine/read/readPlan';
import { buildWorkbook, variant } from '../../fixtures/build';
import type { PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';

const of = (plan: PlanData) => achievement(readPlan(buildWorkbook([plan], 'document').sheets));

describe('achievement (달성률 and weighted 달성도)', () => {
  const result = of(SEED);

  it('gives one entry per goal, each indicator with its 목표, 실적 and 달성률 per year', () => {
    expect(result.map((g) => g.goal)).toEqual(SEED.goals.map((g) => g.name));
    const first = result[0].indicators[0];
    const data = SEED.goals[0].indicators[0];
    expect(first.years.map((y) => [y.target, y.actual])).toEqual(data.targets.map((t, i) => [t, data.actuals[i]]));
  });

  it('rising indicators: 실적 / 목표 × 100; no 실적 yet, no 달성률', () => {
    const ind = result[0].indicators[0];
    expect(ind.direction).toBe('rising');
    for (const y of ind.years) expect(y.rate).toBe(y.actual === null ? null : (y.actual / y.target!) * 100);
  });

  it('falling indicators: 목표 / 실적 × 100', () => {
    const falling = variant(SEED, (p) => {
      p.goals[0].indicators[0].name = '장애시간 (시간)';
      p.goals[0].indicators[0].targets = [10, 9, 8, 7, 6];
      p.goals[0].indicators[0].actuals = [12, 8, null, null, null];
    });
    const ind = of(falling)[0].indicators[0];
    expect(ind.direction).toBe('falling');
    expect(ind.years.slice(0, 2).map((y) => y.rate)).toEqual([(10 / 12) * 100, (9 / 8) * 100]);
  });

  it("a goal's 달성도 = Σ 가중치 × 달성률 / 100, only for years every indicator has one", () => {
    for (const goal of result)
      for (const { year, score } of goal.years) {
        const rates = goal.indicators.map((i) => ({ w: i.weight, r: i.years.find((y) => y.year === year)?.rate ?? null }));
        const expected = rates.some((x) => x.r === null || x.w === null)
          ? null
          : rates.reduce((sum, x) => sum + (x.w! * x.r!) / 100, 0);
        expect(score).toBe(expected);
      }
    expect(result[0].years.filter((y) => y.score !== null).length).toBeGreaterThan(0);
  });
});
