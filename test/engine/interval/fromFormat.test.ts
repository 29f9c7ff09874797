import { formatInfo } from '../../../src/engine/interval/fromFormat';

type Want = { decimals: number; scale: number; percent: boolean };

describe('formatInfo: what a number format shows', () => {
  // scale multiplies what the cell holds into what the reader sees (numfmt's convention).
  it.each<[string, Want]>([
    ['0.00', { decimals: 2, scale: 1, percent: false }],
    ['0', { decimals: 0, scale: 1, percent: false }],
    ['#,##0', { decimals: 0, scale: 1, percent: false }],
    ['#,##0.000', { decimals: 3, scale: 1, percent: false }],
    ['#,##0,', { decimals: 0, scale: 1e-3, percent: false }],
    ['#,##0.0,', { decimals: 1, scale: 1e-3, percent: false }],
    ['#,##0,,', { decimals: 0, scale: 1e-6, percent: false }],
    ['0.00%', { decimals: 2, scale: 100, percent: true }],
    ['0%', { decimals: 0, scale: 100, percent: true }],
    ['#,##0;"△"#,##0;0', { decimals: 0, scale: 1, percent: false }],
    ['#,##0;"△"#,##0', { decimals: 0, scale: 1, percent: false }],
    ['0.00;"△"0.00;0.00', { decimals: 2, scale: 1, percent: false }],
    ['0.00" %"', { decimals: 2, scale: 1, percent: false }],
    ['#,##0_);(#,##0)', { decimals: 0, scale: 1, percent: false }],
    ['#,##0_);[Red]\\(#,##0\\)', { decimals: 0, scale: 1, percent: false }],
    ['_-* #,##0_-;\\-* #,##0_-;_-* "-"_-;_-@_-', { decimals: 0, scale: 1, percent: false }],
    ['_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-', { decimals: 2, scale: 1, percent: false }],
    ['_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)', { decimals: 0, scale: 1, percent: false }],
    ['_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)', { decimals: 2, scale: 1, percent: false }],
  ])('%j', (code, want) => expect(formatInfo(code)).toEqual({ ...want, general: false, text: false }));

  it.each<[string | undefined]>([[undefined], [''], ['General'], ['general'], [' General '], ['0.00E+00'], ['bad"']])(
    '%j reads as General',
    (code) => expect(formatInfo(code)).toMatchObject({ general: true, scale: 1, percent: false }),
  );

  it('@ is text', () => expect(formatInfo('@')).toMatchObject({ text: true, general: false }));
});
