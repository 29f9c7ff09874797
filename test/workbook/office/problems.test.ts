import { cellRef } from '../../../src/engine/grid/cellRef';
import type { Edit } from '../../../src/engine/recompute/edit';
import { OfficePort } from '../../../src/workbook/office/port';
import { problemOf } from '../../../src/workbook/office/problems';
import { PortProblemError, type PortProblem } from '../../../src/workbook/port';
import { cellOf, fakeExcel, fakeWorkbook, FakeExcelError } from '../../fakes/excel';
import { budgetSheet } from './sheets';

const SHEET = '정보홍보실';
const EDIT: Edit = { ref: cellRef(SHEET, 4, 2), value: 87, reason: { ko: '재계산', en: 'recomputed' } };

/** The problem a port call rejects with; fails the test when the call succeeds or rejects with anything else. */
async function problemFrom(call: Promise<unknown>): Promise<PortProblem> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PortProblemError);
  return (error as PortProblemError).problem;
}

describe('Excel problems as messages', () => {
  it('asks to finish editing the cell when Excel is in cell-edit mode', async () => {
    const wb = fakeWorkbook([budgetSheet(SHEET)], { cellEditMode: true });
    const found = await problemFrom(new OfficePort(fakeExcel(wb).host).read());
    expect(found).toMatchObject({ code: 'cellEditMode', ko: '셀 편집을 마친 뒤 다시 시도하세요.' });
  });

  it('refuses to write to a protected sheet, names it, and changes nothing', async () => {
    const wb = fakeWorkbook([{ ...budgetSheet(SHEET), protected: true }]);
    const port = new OfficePort(fakeExcel(wb).host);
    await port.read();
    expect(await problemFrom(port.apply([EDIT]))).toMatchObject({ code: 'protectedSheet', sheet: SHEET });
    expect(cellOf(wb, SHEET, 'C5')?.value).toBe(86.97);
  });

  it('reports a sheet protected after the read as protected, from Excel’s own refusal', async () => {
    const wb = fakeWorkbook([budgetSheet(SHEET)]);
    const port = new OfficePort(fakeExcel(wb).host);
    await port.read();
    wb.sheets[0].protected = true;
    expect(await problemFrom(port.apply([EDIT]))).toMatchObject({ code: 'protectedSheet' });
  });

  it('refuses to write to a read-only workbook', async () => {
    const wb = fakeWorkbook([budgetSheet(SHEET)], { readOnly: true });
    const port = new OfficePort(fakeExcel(wb).host);
    expect(await problemFrom(port.apply([EDIT]))).toMatchObject({ code: 'readOnly' });
  });

  it.each([
    [new FakeExcelError('InvalidOperationInCellEditMode'), 'cellEditMode'],
    [new FakeExcelError('AccessDenied'), 'protectedSheet'],
    [new FakeExcelError('ResponsePayloadSizeLimitExceeded'), 'tooLarge'],
    [new TypeError('x is undefined'), 'unknown'],
    ['a string', 'unknown'],
  ])('maps %p to %s with a Korean and an English message', (error, code) => {
    const found = problemOf(error);
    expect(found.code).toBe(code);
    expect(found.ko).toMatch(/[가-힣]/);
    expect(found.en).toMatch(/[A-Za-z]/);
  });
});
