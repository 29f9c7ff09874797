import { cellAt } from '../../../src/engine/grid/sheet';
import { OfficePort } from '../../../src/workbook/office/port';
import { fakeExcel, fakeWorkbook } from '../../fakes/excel';
import { AMOUNT, budgetSheet, RATIO } from './sheets';

describe('OfficePort.read', () => {
  const wb = fakeWorkbook([
    { ...budgetSheet('정보홍보실'), hiddenRows: [6], hiddenCols: [7] },
    { name: '빈 시트', rows: [] },
  ]);

  it('reads values, number formats, formulas with their results, and merges of every sheet', async () => {
    const [sheet, blank] = await new OfficePort(fakeExcel(wb).host).read();
    expect(sheet.name).toBe('정보홍보실');
    expect(cellAt(sheet, 3, 1)).toEqual({ value: 1723, formula: 'B5+B6+B9', numFmt: AMOUNT });
    expect(cellAt(sheet, 4, 2)).toEqual({ value: 86.97, numFmt: RATIO });
    expect(cellAt(sheet, 2, 0)).toEqual({ value: '구분' });
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 6 }]);
    expect(blank).toEqual({ name: '빈 시트', rows: [], merges: [] });
  });

  it('reads hidden rows and columns', async () => {
    const [sheet] = await new OfficePort(fakeExcel(wb).host).read();
    expect(sheet.hiddenRows).toEqual([6]);
    expect(sheet.hiddenCols).toEqual([7]);
  });

  it('loads everything in one sync after the sheet list, in one batch', async () => {
    const { host, meter } = fakeExcel(wb);
    await new OfficePort(host).read();
    expect(meter.runs).toHaveLength(1);
    expect(meter.syncs).toBe(2);
  });
});
