import fc from 'fast-check';
import { type Interval, point } from '../../../src/engine/interval/interval';
import { add, contains, div, hull, intersects, mid, mul, neg, scale, sub, sum, widen } from '../../../src/engine/interval/ops';

// Figures as workbooks hold them: up to three decimals, so no subnormal divisor makes 1/b infinite.
const iv = fc
  .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 1e6 }))
  .map(([lo, w]): Interval => ({ lo: lo / 1000, hi: (lo + w) / 1000 }));
const member = (i: Interval, t: number): number => i.lo + (i.hi - i.lo) * t;
const t01 = fc.double({ min: 0, max: 1, noNaN: true });

describe('interval operations contain every result of their members', () => {
  it.each([
    ['add', add, (a: number, b: number) => a + b],
    ['sub', sub, (a: number, b: number) => a - b],
    ['mul', mul, (a: number, b: number) => a * b],
  ] as const)('%s', (_name, op, f) => {
    fc.assert(
      fc.property(iv, iv, t01, t01, (a, b, s, t) => {
        expect(contains(widen(op(a, b)), f(member(a, s), member(b, t)))).toBe(true);
      }),
    );
  });

  it('div contains every quotient, and is not computable when the divisor holds 0', () => {
    fc.assert(
      fc.property(iv, iv, t01, t01, (a, b, s, t) => {
        const q = div(a, b);
        if (b.lo <= 0 && b.hi >= 0) return expect(q).toBeNull();
        expect(contains(widen(q!), member(a, s) / member(b, t))).toBe(true);
      }),
    );
  });

  it('sum contains every sum of members', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(iv, t01), { maxLength: 12 }), (list) => {
        const total = list.reduce((acc, [i, t]) => acc + member(i, t), 0);
        expect(contains(widen(sum(list.map(([i]) => i))), total)).toBe(true);
      }),
    );
  });

  it('neg, scale and hull contain what they should', () => {
    fc.assert(
      fc.property(iv, iv, fc.integer({ min: -1000, max: 1000 }), t01, (a, b, k, t) => {
        const x = member(a, t);
        expect(contains(neg(a), -x)).toBe(true);
        expect(contains(widen(scale(a, k)), x * k)).toBe(true);
        const h = hull(a, b);
        expect(contains(h, x) && contains(h, member(b, t))).toBe(true);
        expect(contains(a, mid(a))).toBe(true);
      }),
    );
  });
});

describe('interval operations on signed operands', () => {
  const I = (lo: number, hi: number): Interval => ({ lo, hi });
  it.each<[string, Interval, Interval]>([
    ['[-2, 3] × [-5, 4]', mul(I(-2, 3), I(-5, 4)), I(-15, 12)],
    ['[-3, -2] × [4, 5]', mul(I(-3, -2), I(4, 5)), I(-15, -8)],
    ['[-3, -2] × [-5, -4]', mul(I(-3, -2), I(-5, -4)), I(8, 15)],
    ['[1, 2] − [3, 5]', sub(I(1, 2), I(3, 5)), I(-4, -1)],
    ['[1, 2] × −3', scale(I(1, 2), -3), I(-6, -3)],
    ['[6, 8] ÷ [-4, -2]', div(I(6, 8), I(-4, -2))!, I(-4, -1.5)],
    ['[-8, 6] ÷ [2, 4]', div(I(-8, 6), I(2, 4))!, I(-4, 3)],
    ['−[1, 2]', neg(I(1, 2)), I(-2, -1)],
    ['hull([1, 2], [5, 6])', hull(I(1, 2), I(5, 6)), I(1, 6)],
    ['sum of nothing', sum([]), I(0, 0)],
  ])('%s', (_name, got, want) => expect(got).toEqual(want));

  it.each<[Interval]>([[{ lo: -1, hi: 1 }], [{ lo: 0, hi: 5 }], [{ lo: -5, hi: 0 }], [point(0)]])(
    'dividing by %j is not computable',
    (b) => {
      expect(div(point(1), b)).toBeNull();
    },
  );
});

describe('contains, intersects and widen', () => {
  it.each<[Interval, Interval, boolean]>([
    [{ lo: 0, hi: 1 }, { lo: 1, hi: 2 }, true],
    [{ lo: 0, hi: 1 }, { lo: 1.0001, hi: 2 }, false],
    [{ lo: -2, hi: -1 }, { lo: -1.5, hi: 0 }, true],
    [{ lo: 0, hi: 10 }, { lo: 3, hi: 4 }, true],
  ])('%j and %j intersect: %s', (a, b, want) => {
    expect(intersects(a, b)).toBe(want);
    expect(intersects(b, a)).toBe(want);
  });

  it('closes both ends', () => {
    expect(contains({ lo: 1722.5, hi: 1723.5 }, 1722.5)).toBe(true);
    expect(contains({ lo: 1722.5, hi: 1723.5 }, 1723.5)).toBe(true);
    expect(contains({ lo: 1722.5, hi: 1723.5 }, 1723.51)).toBe(false);
  });

  it('widens by 1e-9 relative to the larger end, so float noise stays inside', () => {
    const w = widen({ lo: -4.505, hi: -4.495 });
    expect(w.lo).toBeCloseTo(-4.505 - 4.505e-9, 15);
    expect(w.hi).toBeCloseTo(-4.495 + 4.505e-9, 15);
    expect(contains(widen(point(0.3)), 0.1 + 0.2)).toBe(true);
    expect(contains(point(0.3), 0.1 + 0.2)).toBe(false);
    expect(widen(point(0))).toEqual(point(0));
  });
});
