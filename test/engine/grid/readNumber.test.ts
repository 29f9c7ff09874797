import fc from 'fast-check';
import { readCell, readText } from '../../../src/engine/grid/readNumber';
import type { Cell } from '../../../src/engine/grid/sheet';

type Num = { value: number; decimals: number; percent?: boolean };

describe('readText: numbers as Korean workbooks write them', () => {
  it.each<[string, Num]>([
    ['1,104', { value: 1104, decimals: 0 }],
    ['△81', { value: -81, decimals: 0 }],
    ['▲81', { value: -81, decimals: 0 }],
    ['-81', { value: -81, decimals: 0 }],
    ['\u221281', { value: -81, decimals: 0 }],
    ['(81)', { value: -81, decimals: 0 }],
    ['（８１）', { value: -81, decimals: 0 }],
    ['１，１０４', { value: 1104, decimals: 0 }],
    ['△4.50%', { value: -4.5, decimals: 2, percent: true }],
    ['100.00 %', { value: 100, decimals: 2, percent: true }],
    ['４．５０％', { value: 4.5, decimals: 2, percent: true }],
    ['1,\u00a0104', { value: 1104, decimals: 0 }],
    ['1,104\n', { value: 1104, decimals: 0 }],
    [' 86.97 ', { value: 86.97, decimals: 2 }],
    ['17명', { value: 17, decimals: 0 }],
    ['1,723백만원', { value: 1723, decimals: 0 }],
    ['+42', { value: 42, decimals: 0 }],
    ['0.50', { value: 0.5, decimals: 2 }],
    ['.5', { value: 0.5, decimals: 1 }],
    ['△ 81', { value: -81, decimals: 0 }],
    ['\u2212 4.50 %', { value: -4.5, decimals: 2, percent: true }],
    ['(4.50%)', { value: -4.5, decimals: 2, percent: true }],
    ['（81）', { value: -81, decimals: 0 }],
    ['1\u00a0104', { value: 1104, decimals: 0 }],
    ['1,\n104', { value: 1104, decimals: 0 }],
    ['1,104\r\n', { value: 1104, decimals: 0 }],
    ['1,000천원', { value: 1000, decimals: 0 }],
    ['3억원', { value: 3, decimals: 0 }],
    ['5,000원', { value: 5000, decimals: 0 }],
    ['12개', { value: 12, decimals: 0 }],
    ['4 건', { value: 4, decimals: 0 }],
    ['△4.50％', { value: -4.5, decimals: 2, percent: true }],
    ['0.00%', { value: 0, decimals: 2, percent: true }],
    ['1,234,567.891', { value: 1234567.891, decimals: 3 }],
  ])('%j reads %j', (text, want) => {
    expect(readText(text)).toMatchObject({
      kind: 'number',
      value: want.value,
      decimals: want.decimals,
      percent: want.percent ?? false,
    });
  });

  it.each<[string, string]>([
    ['미정', 'word'],
    ['별도', 'word'],
    ['해당없음', 'word'],
    ['1,10,4', 'word'],
    ['12a', 'word'],
    ['%', 'word'],
    ['-', 'dash'],
    ['−', 'dash'],
    ['–', 'dash'],
    ['－', 'dash'],
    ['#DIV/0!', 'error'],
    ['#REF!', 'error'],
    ['#N/A', 'error'],
    ['#VALUE!', 'error'],
    ['#NAME?', 'error'],
    ['#NUM!', 'error'],
    ['#NULL!', 'error'],
    ['#div/0!', 'error'],
    ['—', 'dash'],
    [' - ', 'dash'],
    ['1.2.3', 'word'],
    ['△', 'word'],
    ['()', 'word'],
    ['(81', 'word'],
    ['12,34', 'word'],
    ['1,2345', 'word'],
    ['%5', 'word'],
    ['5%%', 'word'],
    ['5%명', 'word'],
    ['17명명', 'word'],
    ['TRUE', 'word'],
    ['1.', 'word'],
    ['#', 'word'],
    ['   ', 'blank'],
    ['\u00a0\u3000', 'blank'],
    ['\n', 'blank'],
  ])('%j is %s, not a number', (text, kind) => {
    expect(readText(text).kind).toBe(kind);
  });
});

describe('readCell: numbers through their number format', () => {
  const cell = (value: Cell['value'], numFmt?: string, extra: Partial<Cell> = {}): Cell => ({ value, numFmt, ...extra });
  it.each<[string, Cell, Num]>([
    ['General 86.97 shows 2 dp', cell(86.97), { value: 86.97, decimals: 2 }],
    ['General 1723 shows 0 dp', cell(1723), { value: 1723, decimals: 0 }],
    ['General 1104.321 shows 3 dp', cell(1104.321), { value: 1104.321, decimals: 3 }],
    ['0.00 shows 2 dp', cell(86.9712, '0.00'), { value: 86.9712, decimals: 2 }],
    ['a % format reads the fraction × 100', cell(0.8697, '0.00%'), { value: 86.97, decimals: 2, percent: true }],
    ['#,##0, shows thousands', cell(1104321, '#,##0,'), { value: 1104.321, decimals: 0 }],
    ['#,##0,, shows millions', cell(1723000000, '#,##0,,'), { value: 1723, decimals: 0 }],
    ['△ through a format', cell(-81, '#,##0;"△"#,##0;0'), { value: -81, decimals: 0 }],
    ['a " %" literal is no percent', cell(86.97, '0.00" %";"△"0.00" %";0.00" %"'), { value: 86.97, decimals: 2 }],
    ['accounting with no decimals', cell(1104.4, '_-* #,##0_-;\\-* #,##0_-;_-* "-"_-;_-@_-'), { value: 1104.4, decimals: 0 }],
    ['accounting with 2 decimals', cell(4.5, '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)'), { value: 4.5, decimals: 2 }],
    ['text format holding a number', cell(42, '@'), { value: 42, decimals: 0 }],
    ['0.0% shows 1 dp of the percent', cell(0.2312, '0.0%'), { value: 23.12, decimals: 1, percent: true }],
    ['#,##0.0, shows thousands to 1 dp', cell(1104321, '#,##0.0,'), { value: 1104.321, decimals: 1 }],
    ['parenthesised negatives', cell(-81, '#,##0_);(#,##0)'), { value: -81, decimals: 0 }],
    ['scientific reads as General', cell(1723.5, '0.00E+00'), { value: 1723.5, decimals: 1 }],
    ['a broken code reads as General', cell(86.97, 'bad"'), { value: 86.97, decimals: 2 }],
    ['General spelled out', cell(86.97, 'General'), { value: 86.97, decimals: 2 }],
  ])('%s', (_name, c, want) => {
    expect(readCell(c)).toMatchObject({
      kind: 'number',
      value: want.value,
      decimals: want.decimals,
      percent: want.percent ?? false,
    });
  });

  it.each<[Cell, string]>([
    [cell(-81, '#,##0;"△"#,##0;0'), '△81'],
    [cell(86.97, '0.00" %"'), '86.97 %'],
    [cell(0.8697, '0.00%'), '86.97%'],
    [cell(1104321, '#,##0,'), '1,104'],
    [cell(1723), '1723'],
    [cell(0.1 + 0.2), '0.3'],
    [cell(' △4.50%\n'), '△4.50%'],
    [cell('１，１０４'), '1,104'],
  ])('%j shows %j', (c, shown) => expect(readCell(c)).toMatchObject({ shown }));

  it('reads a text cell by the text conventions', () => {
    expect(readCell(cell('△4.50%', '@'))).toEqual(readText('△4.50%'));
    expect(readCell(cell('#REF!'))).toEqual({ kind: 'error', shown: '#REF!' });
  });

  it('keeps the formula of an uncached cell and never reads it as 0', () => {
    expect(readCell(cell(null, '#,##0', { formula: 'SUM(C5:C7)', uncached: true }))).toEqual({
      kind: 'uncached',
      formula: 'SUM(C5:C7)',
    });
    expect(readCell(cell(0, '#,##0', { formula: 'SUM(C5:C7)', uncached: true })).kind).toBe('uncached');
  });

  it.each(['#DIV/0!', '#REF!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!'])(
    'an error cell %s reads as that error',
    (error) => {
      expect(readCell(cell(null, undefined, { error, formula: 'C5/C6' }))).toEqual({ kind: 'error', shown: error });
    },
  );

  it('reads every integer under #,##0, in thousands', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(readCell(cell(n, '#,##0,'))).toMatchObject({ value: n / 1000, decimals: 0 });
      }),
    );
  });

  it('reads every fraction under 0.00% as its percent', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), (n) => {
        expect(readCell(cell(n / 10000, '0.00%'))).toMatchObject({ value: n / 100, decimals: 2, percent: true });
      }),
    );
  });

  it.each<[string, Cell | undefined, string]>([
    ['an absent cell', undefined, 'blank'],
    ['a null value', cell(null), 'blank'],
    ['an error value', cell(null, undefined, { error: '#DIV/0!' }), 'error'],
    ['a formula without a cached result (never 0)', cell(null, undefined, { formula: 'B5+B6', uncached: true }), 'uncached'],
    ['a boolean', cell(true), 'word'],
    ['text 미정', cell('미정'), 'word'],
  ])('%s reads as %s', (_name, c, kind) => {
    expect(readCell(c).kind).toBe(kind);
  });
});
