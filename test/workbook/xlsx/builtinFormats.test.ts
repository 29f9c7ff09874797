import { builtInCode, quoteEscapes } from '../../../src/workbook/xlsx/builtinFormats';

describe('quoteEscapes', () => {
  it.each([
    ['0.00\\%', '0.00"%"'],
    ['#,##0;\\△#,##0', '#,##0;"△"#,##0'],
    ['#,##0;"\\"#,##0', '#,##0;"\\"#,##0'],
    ['0.00%', '0.00%'],
  ])('%s → %s', (code, expected) => expect(quoteEscapes(code)).toBe(expected));
});

describe('builtInCode', () => {
  it.each([
    [3, '#,##0'],
    [10, '0.00%'],
    [41, '#,##0'],
    [44, '#,##0'],
    [31, 'yyyy"년" mm"월" dd"일"'],
  ])('id %i is %s', (id, code) => expect(builtInCode(id)).toBe(code));

  it('knows no code for an id Excel leaves to the file', () => expect(builtInCode(164)).toBeUndefined());
});
