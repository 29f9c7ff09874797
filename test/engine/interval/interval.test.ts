import fc from 'fast-check';
import type { Interval } from '../../../src/engine/interval/interval';
import { add, contains, div, intersects, mul, sub, sum, widen } from '../../../src/engine/interval/ops';
import { formatInfo } from '../../../src/engine/interval/fromFormat';
import { generalDecimals } from '../../../src/engine/interval/general';
import { readingInterval, showNumber } from '../../../src/engine/interval/shown';
import { readCell, readText } from '../../../src/engine/grid/readNumber';

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

  it('sum adds every interval', () => {
    expect(sum([{ lo: 1, hi: 2 }, { lo: 10, hi: 20 }])).toEqual({ lo: 11, hi: 22 });
    expect(intersects({ lo: 0, hi: 1 }, { lo: 1, hi: 2 })).toBe(true);
    expect(intersects({ lo: 0, hi: 1 }, { lo: 1.0001, hi: 2 })).toBe(false);
  });
});

describe('what a cell shows', () => {
  it.each<[string | undefined, { decimals: number; scale: number; percent: boolean }]>([
    ['0.00', { decimals: 2, scale: 1, percent: false }],
    ['#,##0', { decimals: 0, scale: 1, percent: false }],
    ['#,##0,', { decimals: 0, scale: 0.001, percent: false }],
    ['0.00%', { decimals: 2, scale: 100, percent: true }],
    ['#,##0;"△"#,##0;0', { decimals: 0, scale: 1, percent: false }],
    ['0.00;"△"0.00;0.00', { decimals: 2, scale: 1, percent: false }],
    ['_-* #,##0_-;\\-* #,##0_-;_-* "-"_-;_-@_-', { decimals: 0, scale: 1, percent: false }],
  ])('format %j', (code, want) => expect(formatInfo(code)).toMatchObject(want));

  it('General and unknown formats are General', () => {
    expect(formatInfo(undefined).general).toBe(true);
    expect(formatInfo('General').general).toBe(true);
    expect(formatInfo('@').text).toBe(true);
  });

  it.each<[number, number]>([
    [86.97, 2],
    [1723, 0],
    [1104.321, 3],
    [0.1 + 0.2, 1],
    [-4.5, 1],
  ])('General %d shows %d decimals', (v, d) => expect(generalDecimals(v)).toBe(d));

  it('a shown figure stands for half a unit of its last digit around it', () => {
    const i = readingInterval(readCell({ value: 1723, numFmt: '#,##0' }))!;
    expect(i.lo).toBeLessThan(1722.5);
    expect(i.lo).toBeGreaterThan(1722.5 - 1e-5);
    expect(i.hi).toBeGreaterThan(1723.5);
    const r = readingInterval(readText('△4.50%'))!;
    expect(contains(r, -4.505)).toBe(true);
    expect(contains(r, -4.5051)).toBe(false);
  });

  it('a cell holding more than it shows stands for what it holds', () => {
    const i = readingInterval(readCell({ value: 1104.321, numFmt: '#,##0' }))!;
    expect(contains(i, 1104.321)).toBe(true);
    expect(contains(i, 1104.4)).toBe(false);
  });

  it('exact counts are points; dashes are zero; words have no interval', () => {
    expect(readingInterval(readText('17'), { exact: true })).toEqual({ lo: 17 - 17e-9, hi: 17 + 17e-9 });
    expect(readingInterval(readText('-'))).toEqual({ lo: 0, hi: 0 });
    expect(readingInterval(readText('미정'))).toBeNull();
  });

  it.each<[number, number, string]>([
    [1723, 0, '1,723'],
    [-81, 0, '△81'],
    [-4.495, 2, '△4.50'],
    [86.97, 2, '86.97'],
    [0, 2, '0.00'],
  ])('showNumber(%d, %d) = %s', (v, d, s) => expect(showNumber(v, d)).toBe(s));
});
