import { cellRef } from '../../../src/engine/grid/cellRef';
import type { Edit } from '../../../src/engine/recompute/edit';
import { OfficePort } from '../../../src/workbook/office/port';
import { cellOf, fakeExcel, fakeWorkbook, typeInto, type FakeCell, type FakeWorkbook } from '../../fakes/excel';
import { AMOUNT, budgetSheet, RATIO } from './sheets';

const SHEET = '정보홍보실';
const reason = { ko: '재계산', en: 'recomputed' };
/** 정책사업 구성비 restated, 기본경비 비교증감 restated in a △ format, and 계 예산액 as a live formula. */
const EDITS: Edit[] = [
  { ref: cellRef(SHEET, 4, 2), value: 87, numFmt: '0.00', reason },
  { ref: cellRef(SHEET, 7, 5), value: -5, numFmt: AMOUNT, reason },
  { ref: cellRef(SHEET, 3, 1), value: 1723, formula: 'SUM(B5,B6,B9)', reason },
];

async function recomputed(wb: FakeWorkbook) {
  const fake = fakeExcel(wb);
  const port = new OfficePort(fake.host);
  await port.read();
  await port.apply(EDITS);
  return { ...fake, port };
}

describe('OfficePort.apply', () => {
  it('writes values, formulas and number formats', async () => {
    const wb = fakeWorkbook([budgetSheet(SHEET)]);
    await recomputed(wb);
    expect(cellOf(wb, SHEET, 'C5')).toMatchObject({ value: 87, numberFormat: '0.00' });
    expect(cellOf(wb, SHEET, 'F8')).toMatchObject({ value: -5, numberFormat: AMOUNT });
    expect(cellOf(wb, SHEET, 'B4')).toMatchObject({ formula: 'SUM(B5,B6,B9)', numberFormat: AMOUNT });
  });

  it('writes in one sync with calculation and screen updating suspended, as one undo group', async () => {
    const wb = fakeWorkbook([budgetSheet(SHEET)]);
    const { meter } = await recomputed(wb);
    const writes = meter.log.filter((s) => s.writes > 0);
    expect(writes).toEqual([expect.objectContaining({ calcSuspended: true, screenSuspended: true })]);
    expect(meter.runs.at(-1)).toEqual({ mergeUndoGroup: true });
  });

  it('does without mergeUndoGroup before ExcelApi 1.20, and retries without it when the host refuses it', async () => {
    const old = await recomputed(fakeWorkbook([budgetSheet(SHEET)], { apiVersion: 13 }));
    expect(old.meter.runs.at(-1)).toEqual({});
    const refusing = fakeWorkbook([budgetSheet(SHEET)], { refuseUndoMerge: true });
    await recomputed(refusing);
    expect(cellOf(refusing, SHEET, 'C5')?.value).toBe(87);
  });
});

describe('OfficePort.undo', () => {
  it('has nothing to undo after an empty recompute', async () => {
    const { host, meter } = fakeExcel(fakeWorkbook([budgetSheet(SHEET)]));
    const port = new OfficePort(host);
    await port.read();
    await port.apply([]);
    expect([port.canUndo(), meter.syncs]).toEqual([false, 2]);
  });

  it('restores the previous values, formulas and formats of exactly the written cells', async () => {
    const wb = fakeWorkbook([budgetSheet(SHEET)]);
    const before = structuredClone(wb.sheets[0].cells);
    const { port } = await recomputed(wb);
    expect(port.canUndo()).toBe(true);
    expect(await port.undo()).toEqual({ kind: 'restored', count: EDITS.length });
    // The fake does not calculate: a restored formula is compared as a formula, without its result.
    const written = (cell?: FakeCell) => ({
      content: cell?.formula ?? cell?.value,
      format: cell?.numberFormat,
      fill: cell?.fill,
    });
    for (const [at, cell] of before) expect(written(wb.sheets[0].cells.get(at))).toEqual(written(cell));
    expect(port.canUndo()).toBe(false);
    expect(await port.undo()).toEqual({ kind: 'nothing' });
  });

  it('stops and names the cells the user edited since, then keeps or overwrites them as asked', async () => {
    const wb = fakeWorkbook([budgetSheet(SHEET)]);
    const { port } = await recomputed(wb);
    typeInto(wb, SHEET, 'C5', 90);
    expect(await port.undo()).toEqual({ kind: 'changed', cells: [cellRef(SHEET, 4, 2)] });
    expect(await port.undo({ changed: 'keep' })).toEqual({ kind: 'restored', count: EDITS.length - 1 });
    expect(cellOf(wb, SHEET, 'C5')?.value).toBe(90);
    expect(cellOf(wb, SHEET, 'F8')?.numberFormat).toBe(AMOUNT);
    expect(cellOf(wb, SHEET, 'B4')?.formula).toBe('B5+B6+B9');
  });

  it('overwrites the user edit when told to', async () => {
    const wb = fakeWorkbook([budgetSheet(SHEET)]);
    const { port } = await recomputed(wb);
    typeInto(wb, SHEET, 'C5', 90);
    await port.undo({ changed: 'overwrite' });
    expect(cellOf(wb, SHEET, 'C5')).toMatchObject({ value: 86.97, numberFormat: RATIO });
  });
});

describe('OfficePort.selectCell and highlight', () => {
  it('activates the sheet and selects the cell', async () => {
    const wb = fakeWorkbook([budgetSheet('다른 시트'), budgetSheet(SHEET)]);
    await new OfficePort(fakeExcel(wb).host).selectCell(cellRef(SHEET, 6, 2));
    expect(wb.active).toBe(SHEET);
    expect(wb.selection).toEqual({ sheet: SHEET, address: 'C7' });
  });

  it('fills error cells and puts the old fill back on clear and on undo', async () => {
    const wb = fakeWorkbook([budgetSheet(SHEET)]);
    cellOf(wb, SHEET, 'D5')!.fill = '#FFFF00';
    const { port } = await recomputed(wb);
    await port.highlight([cellRef(SHEET, 4, 2), cellRef(SHEET, 4, 3)]);
    expect([cellOf(wb, SHEET, 'C5')?.fill, cellOf(wb, SHEET, 'D5')?.fill]).toEqual(['#FFC7CE', '#FFC7CE']);
    await port.clearHighlight();
    expect([cellOf(wb, SHEET, 'C5')?.fill, cellOf(wb, SHEET, 'D5')?.fill]).toEqual([undefined, '#FFFF00']);
    await port.highlight([cellRef(SHEET, 4, 2)]);
    await port.undo();
    expect(cellOf(wb, SHEET, 'C5')?.fill).toBeUndefined();
  });
});
