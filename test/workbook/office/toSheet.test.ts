import { cellAt } from '../../../src/engine/grid/sheet';
import { mergeRange, toSheet } from '../../../src/workbook/office/toSheet';
import type { RawSheet } from '../../../src/workbook/office/rawSheet';

const raw: RawSheet = {
  name: '예산',
  protected: false,
  merges: ["'예산 표'!B2:C2"],
  hiddenCols: [3],
  names: [],
  blocks: [
    {
      rowIndex: 1,
      columnIndex: 1,
      values: [
        ['예산현황', ''],
        [1723, '#DIV/0!'],
        ['', 86.97],
      ],
      numberFormat: [
        ['General', '0.00'],
        ['#,##0', 'General'],
        ['0.00', '0.00'],
      ],
      formulas: [
        ['예산현황', ''],
        ['=C4+C5', '=1/0'],
        ['', 86.97],
      ],
      hiddenRows: [3],
    },
  ],
};

describe('toSheet', () => {
  const sheet = toSheet(raw);

  it('places cells at their sheet position with values, formats and formulas', () => {
    expect(cellAt(sheet, 1, 1)).toEqual({ value: '예산현황' });
    expect(cellAt(sheet, 2, 1)).toEqual({ value: 1723, formula: 'C4+C5', numFmt: '#,##0' });
    expect(cellAt(sheet, 3, 2)).toEqual({ value: 86.97, numFmt: '0.00' });
  });

  it('reads an error literal as an error, not as text', () => {
    expect(cellAt(sheet, 2, 2)).toEqual({ value: null, error: '#DIV/0!', formula: '1/0' });
  });

  it('keeps a blank cell with a format as a blank with that format, and drops a bare blank', () => {
    expect(cellAt(sheet, 3, 1)).toEqual({ value: null, numFmt: '0.00' });
    expect(cellAt(sheet, 0, 0)).toBeUndefined();
  });

  it('blanks every cell of a merge but its master', () => {
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect(cellAt(sheet, 1, 2)).toBeUndefined();
  });

  it('keeps hidden rows and columns', () => {
    expect(sheet.hiddenRows).toEqual([3]);
    expect(sheet.hiddenCols).toEqual([3]);
  });

  it.each([
    ['Sheet1!B2:C3', { top: 1, left: 1, bottom: 2, right: 2 }],
    ["'It''s 1!'!A1", { top: 0, left: 0, bottom: 0, right: 0 }],
    ['Sheet1!garbage', undefined],
  ])('reads the merge address %s', (address, expected) => {
    expect(mergeRange(address)).toEqual(expected);
  });
});
