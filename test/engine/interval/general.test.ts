import fc from 'fast-check';
import { generalDecimals } from '../../../src/engine/interval/general';

describe('generalDecimals: what General shows', () => {
  it.each<[number, number]>([
    [86.97, 2],
    [1723, 0],
    [1104.321, 3],
    [0.1 + 0.2, 1],
    [-4.5, 1],
    [0, 0],
    [1e6, 0],
    [0.0005, 4],
    [1 / 3, 10], // ten significant digits: 0.3333333333
    [1234.567891234, 6], // ten significant digits: 1234.567891
    [Number.NaN, 0],
  ])('General %d shows %d decimals', (v, d) => expect(generalDecimals(v)).toBe(d));

  it('gives back any value written with up to 10 significant digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: 0, max: 9 }), (n, k) => {
        const v = n / 10 ** k;
        const d = generalDecimals(v);
        expect(d).toBeLessThanOrEqual(k);
        expect(Number(v.toFixed(d))).toBe(v);
      }),
    );
  });
});
