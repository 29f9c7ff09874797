import fc from 'fast-check';
import { allocate, largestRemainder, rebalanceWeights } from '../../../src/engine/recompute/largestRemainder';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const exactShares = (shares: number[], total: number) => shares.map((s) => (s * total) / sum(shares));

describe('largestRemainder', () => {
  it('keeps shares that already are integers summing to the total', () => {
    expect(largestRemainder([30, 40, 30], 100)).toEqual([30, 40, 30]);
  });

  it('gives the missing unit to the largest remainder', () => {
    // 100 / 3 = 33.33…: two units short after the floors; thirds tie, so the earlier rows take them.
    expect(largestRemainder([1, 1, 1], 100)).toEqual([34, 33, 33]);
    // 1/6, 2/6, 3/6 of 10: 1.67, 3.33, 5 → floors 1, 3, 5; the one missing unit goes to .67.
    expect(largestRemainder([1, 2, 3], 10)).toEqual([2, 3, 5]);
  });

  it('breaks ties with tieBreak before the index', () => {
    const lastFirst = (i: number, j: number) => j - i;
    expect(largestRemainder([1, 1, 1], 100, { tieBreak: lastFirst })).toEqual([33, 33, 34]);
  });

  it('a tieBreak never overrides a larger remainder', () => {
    const lastFirst = (i: number, j: number) => j - i;
    expect(largestRemainder([1, 2, 3], 10, { tieBreak: lastFirst })).toEqual(largestRemainder([1, 2, 3], 10));
  });

  it.each([
    ['no shares', [], 100, []],
    ['all zero: split evenly', [0, 0], 3, [2, 1]],
    ['negative and NaN shares count as 0', [-5, NaN, 1], 7, [0, 0, 7]],
    ['a negative total splits its magnitude', [1, 1], -3, [-2, -1]],
  ])('%s', (_, shares, total, expected) => {
    expect(largestRemainder(shares as number[], total as number)).toEqual(expected);
  });

  it('property: integers, summing exactly to the total, each within 1 of its exact share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 1e7 }),
        (shares, total) => {
          const parts = largestRemainder(shares, total);
          const exact = exactShares(shares, total);
          expect(parts.every(Number.isInteger)).toBe(true);
          expect(sum(parts)).toBe(total);
          parts.forEach((p, i) => expect(Math.abs(p - exact[i])).toBeLessThan(1 + 1e-6));
        },
      ),
    );
  });
});

describe('rebalanceWeights', () => {
  it('keeps a goal whose weights already sum to 100', () => {
    expect(
      rebalanceWeights([
        { weight: 30, core: false },
        { weight: 40, core: true },
        { weight: 30, core: true },
      ]),
    ).toEqual([30, 40, 30]);
  });

  it('a new indicator starts at the mean; ties go to 핵심 before the earlier row', () => {
    // The seed's first goal (일반 30, 핵심 40, 핵심 30) plus one: 22.5, 30, 22.5, 25 → the .5 tie goes to row 2 (핵심).
    const weights = rebalanceWeights([
      { weight: 30, core: false },
      { weight: 40, core: true },
      { weight: 30, core: true },
      { weight: null, core: false },
    ]);
    expect(weights).toEqual([22, 30, 23, 25]);
  });

  it('after a removal the rest keep their proportions', () => {
    // 핵심 50 and 일반 20 of the seed's second goal, 30 removed: 71.43 and 28.57.
    const weights = rebalanceWeights([
      { weight: 50, core: true },
      { weight: 20, core: false },
    ]);
    expect(weights).toEqual(largestRemainder([50, 20], 100));
    expect(sum(weights)).toBe(100);
  });

  it('with no stated weight, all are equal, core first', () => {
    expect(
      rebalanceWeights([
        { weight: null, core: false },
        { weight: null, core: false },
        { weight: null, core: true },
      ]),
    ).toEqual([33, 33, 34]);
  });

  it('property: integers summing to 100', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ weight: fc.option(fc.integer({ min: 1, max: 100 })), core: fc.boolean() }), {
          minLength: 1,
          maxLength: 12,
        }),
        (indicators) => {
          const weights = rebalanceWeights(indicators);
          expect(weights.every(Number.isInteger)).toBe(true);
          expect(sum(weights)).toBe(100);
        },
      ),
    );
  });
});

describe('allocate', () => {
  it('splits on the shown unit so the parts add up to the amount', () => {
    // 국비 50%, 시비 25%, 구비 25% of the seed's 15 백만원 (정보화마을프로그램관리자운영).
    const parts = allocate(15, [50, 25, 25], 0);
    expect(sum(parts)).toBe(15);
    expect(parts).toEqual(largestRemainder([50, 25, 25], 15));
  });

  it('works on decimals of the unit', () => {
    const parts = allocate(1.7, [50, 50], 1);
    expect(parts).toEqual([0.9, 0.8]);
  });

  it('splits what the cell shows, not the 천원 behind it', () => {
    expect(sum(allocate(1104.321, [40, 60], 0))).toBe(1104);
  });

  it('property: parts on the unit, adding up to the shown amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e8 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 3 }),
        (units, shares, decimals) => {
          const scale = 10 ** decimals;
          const parts = allocate(units / scale, shares, decimals);
          expect(parts.every((p) => Math.abs(p * scale - Math.round(p * scale)) < 1e-6)).toBe(true);
          expect(sum(parts.map((p) => Math.round(p * scale)))).toBe(units);
        },
      ),
    );
  });
});
