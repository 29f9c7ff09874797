import { rebalance, rebalanceAll } from '../../../src/engine/index';
import { readPlan } from '../../../src/engine/read/readPlan';
import { applyEdits } from '../../../src/engine/recompute/applyEdits';
import { buildWorkbook, variant } from '../../fixtures/build';
import type { PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';

const planOf = (plan: PlanData) => {
  const { sheets } = buildWorkbook([plan], 'document');
  return { sheets, plan: readPlan(sheets) };
};
const weightsOf = (sheets: ReturnType<typeof planOf>['sheets'], goal: number) =>
  readPlan(sheets).departments[0].goals[goal].indicators.map((i) => i.weight.value);

describe('rebalance (가중치 summing to exactly 100)', () => {
  it('proposes nothing where the weights already sum to 100', () => {
    const { plan } = planOf(SEED);
    expect(rebalanceAll(plan)).toEqual([]);
  });

  it.each<[string, (p: PlanData) => void]>([
    ['a weight raised by 7', (p) => void (p.goals[0].indicators[0].weight = 37)],
    ['a blank weight (a new indicator)', (p) => void (p.goals[0].indicators[1].weight = '')],
    ['a word for a weight', (p) => void (p.goals[0].indicators[2].weight = '미정')],
  ])('%s: whole numbers summing to 100, only that goal touched', (_name, change) => {
    const { sheets, plan } = planOf(variant(SEED, change));
    const edits = rebalance(plan, { department: 0, goal: 0 });
    expect(edits.length).toBeGreaterThan(0);
    const after = applyEdits(sheets, edits);
    const weights = weightsOf(after, 0);
    expect(weights.every((w) => Number.isInteger(w))).toBe(true);
    expect(weights.reduce((a, b) => a! + b!, 0)).toBe(100);
    expect(weightsOf(after, 1)).toEqual(weightsOf(sheets, 1));
    expect(edits.every((e) => e.reason.ko.startsWith('가중치 조정(합계 100): '))).toBe(true);
  });

  it('says the weight as held: 33.5 → 33, never 34 → 33 for a weight whose format rounds it', () => {
    const halves = variant(SEED, (p) => {
      const [a, b, c] = p.goals[0].indicators;
      [a.weight, b.weight, c.weight] = [33.5, 33.5, 33];
    });
    const { plan } = planOf(halves);
    const reasons = rebalance(plan, { department: 0, goal: 0 }).map((e) => e.reason.ko);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((r) => /33\.5 → 3[34]$/.test(r))).toBe(true);
  });

  it('names no goal that is not there: no edit', () => {
    const { plan } = planOf(variant(SEED, (p) => void (p.goals[0].indicators[0].weight = 37)));
    expect(rebalance(plan, { department: 0, goal: 9 })).toEqual([]);
    expect(rebalance(plan, { department: 3, goal: 0 })).toEqual([]);
  });
});
