import ExcelJS from 'exceljs';
import { a1 } from '../../../src/engine/grid/a1';
import type { Sheet } from '../../../src/engine/grid/sheet';
import { KOREAN_FONT, sheetsToWorkbook } from '../../../src/workbook/xlsx/fromSheets';
import { buildWorkbook } from '../../fixtures/build';
import { excelSnapshot } from '../../fixtures/build/excelSnapshot';
import { SEED } from '../../fixtures/seed';

/** Written to .xlsx bytes and loaded again by exceljs, as a reader of the file would see it. */
async function roundTrip(sheets: Sheet[]): Promise<ExcelJS.Workbook> {
  const bytes = await sheetsToWorkbook(sheets).xlsx.writeBuffer();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return workbook;
}

const SMALL: Sheet = {
  name: '예산현황',
  rows: [
    [{ value: '구분' }, { value: '예산액' }, undefined, { value: '증감률' }],
    [{ value: '계' }, { value: 1723.4, numFmt: '#,##0;"△"#,##0;0' }, undefined, { value: -0.045, numFmt: '0.00%' }],
    [
      { value: '정책\n사업' },
      { value: 1499, formula: 'SUM(B4:B5)' },
      { value: null, formula: 'B2/0', error: '#DIV/0!' },
      { value: null, error: '#N/A' },
    ],
    [undefined, { value: null, formula: 'B2-B3', uncached: true }],
  ],
  merges: [{ top: 0, left: 1, bottom: 0, right: 2 }],
  hiddenRows: [3],
  hiddenCols: [2],
};

describe('sheetsToWorkbook', () => {
  it('keeps values, formats, formulas, errors, merges and hidden rows and columns', async () => {
    const ws = (await roundTrip([SMALL])).getWorksheet('예산현황')!;
    expect(ws.getCell('B2').value).toBe(1723.4);
    expect(ws.getCell('B2').numFmt).toBe('#,##0;"△"#,##0;0');
    expect(ws.getCell('D2').numFmt).toBe('0.00%');
    expect(ws.getCell('A3').value).toBe('정책\n사업');
    expect(ws.getCell('A3').alignment?.wrapText).toBe(true);
    expect(ws.getCell('B3').value).toEqual({ formula: 'SUM(B4:B5)', result: 1499 });
    expect(ws.getCell('C3').value).toEqual({ formula: 'B2/0', result: { error: '#DIV/0!' } });
    expect(ws.getCell('D3').value).toEqual({ error: '#N/A' });
    expect(ws.getCell('B4').formula).toBe('B2-B3');
    expect((ws.getCell('B4').value as ExcelJS.CellFormulaValue).result).toBeUndefined();
    expect(ws.getCell('B1').isMerged && ws.getCell('C1').master.address).toBe('B1');
    expect(ws.getRow(4).hidden).toBe(true);
    expect(ws.getColumn(3).hidden).toBe(true);
    expect(ws.getColumn(4).hidden).toBe(false);
  });

  it('sizes columns to their widest text (Hangul counting double) in the Korean font', async () => {
    const ws = (await roundTrip([SMALL])).getWorksheet('예산현황')!;
    expect(ws.getCell('A1').font?.name).toBe(KOREAN_FONT.name);
    // 증감률 (three Hangul) is wider than 구분 (two); the merged 예산액 header sizes neither of its columns.
    expect(ws.getColumn(4).width!).toBeGreaterThan(ws.getColumn(1).width!);
    expect(ws.getColumn(2).width!).toBeGreaterThanOrEqual(6);
  });

  it('writes a built document sheet cell for cell', async () => {
    const { sheets } = buildWorkbook([SEED], 'messy');
    const [read] = excelSnapshot(await roundTrip(sheets));
    const sheet = sheets[0];
    const expected: Record<string, { value: unknown; numFmt?: string }> = {};
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell) expected[a1(r, c)] = cell.numFmt ? { value: cell.value, numFmt: cell.numFmt } : { value: cell.value };
      }),
    );
    expect(read.cells).toEqual(expected);
    expect(read.merges.length).toBe(sheet.merges.length);
    expect(read.hiddenCols).toEqual(sheet.hiddenCols);
  });
});
