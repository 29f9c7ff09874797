import { cellAt } from '../../../src/engine/grid/sheet';
import { officeHost } from '../../../src/workbook/office/officeHost';
import { OfficePort } from '../../../src/workbook/office/port';
import { fakeWorkbook, installExcelFake } from '../../fakes/excel';
import { budgetSheet } from './sheets';

describe('officeHost over the installed fake', () => {
  it('reaches the workbook through the Excel and Office globals, as the pane does', async () => {
    const fake = installExcelFake(fakeWorkbook([budgetSheet('정보홍보실')], { apiVersion: 13 }));
    try {
      const host = officeHost();
      expect([host.isSetSupported('ExcelApi', '1.13'), host.isSetSupported('ExcelApi', '1.20')]).toEqual([true, false]);
      const [sheet] = await new OfficePort(host).read();
      expect(cellAt(sheet, 4, 1)?.value).toBe(1499);
      expect(fake.meter.syncs).toBe(2);
    } finally {
      fake.uninstall();
    }
    expect('Excel' in globalThis).toBe(false);
  });
});
