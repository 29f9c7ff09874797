import fc from 'fast-check';
import { decimalRound, excelRound } from '../../../src/engine/interval/round';

describe('excelRound: half away from zero on the 15-digit decimal, as Excel ROUND', () => {
  it.each<[number, number, number]>([
    [-4.495, 2, -4.5],
    [4.495, 2, 4.5],
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [-449.5, 0, -450],
    [449.5, 0, 450],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [2.675, 2, 2.68],
    [86.9994, 2, 87],
    [-0.005, 2, -0.01],
    [0.0049, 2, 0],
    [1234.5, -1, 1230],
    [1235, -1, 1240],
    [1250, -2, 1300],
    [-1250, -2, -1300],
    [449, -3, 0],
    [500, -3, 1000],
    [99.3150684931507, 2, 99.32],
    [0.1 + 0.2, 1, 0.3],
    [1e21, 2, 1e21],
    [1.23e-7, 9, 1.23e-7],
    [0, 2, 0],
  ])('ROUND(%d, %d) = %d', (x, digits, want) => expect(excelRound(x, digits)).toBe(want));

  it('never returns -0', () => {
    expect(Object.is(excelRound(-0.001, 2), 0)).toBe(true);
    expect(Object.is(excelRound(-0, 2), 0)).toBe(true);
  });

  it('passes NaN and infinities through', () => {
    expect(excelRound(Number.NaN, 2)).toBeNaN();
    expect(excelRound(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
  });

  /**
   * Reference for x = n / 10^k (n with at most 15 digits, so x's 15-digit decimal is exactly n·10^-k):
   * round the integer n at digit position k − d, half away from zero, in BigInt: no float is involved.
   */
  const reference = (n: number, k: number, d: number): number => {
    if (d >= k) return Number(`${n}e${-k}`);
    const divisor = 10n ** BigInt(k - d);
    const abs = BigInt(Math.abs(n));
    const q = abs / divisor + (2n * (abs % divisor) >= divisor ? 1n : 0n);
    const magnitude = Number(`${q}e${-d}`);
    return n < 0 && magnitude !== 0 ? -magnitude : magnitude;
  };

  it('agrees with a decimal reference and is odd-symmetric', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: -3, max: 6 }),
        (n, k, d) => {
          const x = n / 10 ** k;
          expect(excelRound(x, d)).toBe(reference(n, k, d));
          expect(excelRound(-x, d)).toBe(-excelRound(x, d) || 0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('favours halves: a figure ending in 5 at the next digit rounds away from zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const half = Number(`${n}5e${-(d + 1)}`);
        const away = Number(`${Math.abs(n) + 1}e${-d}`) * Math.sign(n || 1);
        expect(excelRound(half, d)).toBe(n === 0 ? Number(`1e${-d}`) : away);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: -2, max: 6 }), (x, d) => {
        const once = excelRound(x, d);
        expect(excelRound(once, d)).toBe(once);
      }),
    );
  });

  it('takes the binary fast path only where it gives what the decimal path gives', () => {
    const figures = fc.oneof(
      fc.double({ min: -1e15, max: 1e15, noNaN: true }),
      fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      // Figures as a plan shows them, and the halves between them: where the two paths could part.
      fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 })).map(([n, k]) => n / 10 ** k),
      fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 8 })).map(([n, k]) => (n + 0.5) / 10 ** k),
    );
    fc.assert(
      fc.property(figures, fc.integer({ min: 0, max: 15 }), (x, d) => {
        expect(excelRound(x, d)).toBe(decimalRound(x, d));
      }),
      { numRuns: 5000 },
    );
  });
});
