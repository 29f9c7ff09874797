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
  ])('%j reads %j', (text, want) => {
    expect(readText(text)).toMatchObject({ kind: 'number', value: want.value, decimals: want.decimals, percent: want.percent ?? false });
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
    ['   ', 'blank'],
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
  ])('%s', (_name, c, want) => {
    expect(readCell(c)).toMatchObject({ kind: 'number', value: want.value, decimals: want.decimals, percent: want.percent ?? false });
  });

  it('shows what Excel shows', () => {
    expect(readCell(cell(-81, '#,##0;"△"#,##0;0'))).toMatchObject({ shown: '△81' });
    expect(readCell(cell(86.97, '0.00" %"'))).toMatchObject({ shown: '86.97 %' });
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
