import fc from 'fast-check';
import { excelRound } from '../../../src/engine/interval/round';

describe('excelRound: half away from zero on the 15-digit decimal, as Excel ROUND', () => {
  it.each<[number, number, number]>([
    [-4.495, 2, -4.5],
    [1.005, 2, 1.01],
    [-449.5, 0, -450],
    [449.5, 0, 450],
    [2.675, 2, 2.68],
    [86.9994, 2, 87],
    [-0.005, 2, -0.01],
    [0.0049, 2, 0],
    [1234.5, -1, 1230],
    [1250, -2, 1300],
    [99.3150684931507, 2, 99.32],
    [0, 2, 0],
  ])('ROUND(%d, %d) = %d', (x, digits, want) => expect(excelRound(x, digits)).toBe(want));

  // Reference for x = n / 1000: integer arithmetic on thousandths, so no float rounding is involved.
  const reference = (n: number, d: number): number => {
    const divisor = 10 ** (3 - d);
    const abs = Math.abs(n);
    const q = Math.floor(abs / divisor) + (2 * (abs % divisor) >= divisor ? 1 : 0);
    return (Math.sign(n) * q) / 10 ** d || 0;
  };

  it('agrees with a decimal reference and is odd-symmetric', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), (n, d) => {
        const x = n / 1000; // three decimals: halves at every digit position are common
        expect(excelRound(x, d)).toBe(reference(n, d));
        expect(excelRound(-x, d)).toBe(-excelRound(x, d) || 0);
      }),
    );
  });
});
