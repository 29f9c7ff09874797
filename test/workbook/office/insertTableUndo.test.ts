import { cellRef } from '../../../src/engine/grid/cellRef';
import { check } from '../../../src/engine/index';
import { OfficePort } from '../../../src/workbook/office/port';
import { cellOf, fakeExcel, fakeWorkbook, sheetOf, typeInto, type FakeCell, type FakeWorkbook } from '../../fakes/excel';
import { budgetSheet } from './sheets';
import { seed, standardTables, tablesOf } from './insertTableTables';

const SHEET = '정보홍보실';

/** What undo must give back of a cell: its content and number format (the fake does not calculate). */
const kept = (cell?: FakeCell) => ({
  content: cell?.formula ?? (cell?.value === '' ? undefined : cell?.value),
  format: cell?.numberFormat === 'General' ? undefined : cell?.numberFormat,
});

function portOver(wb: FakeWorkbook, selection: string) {
  wb.selection = { sheet: wb.active, address: selection };
  const fake = fakeExcel(wb);
  return { ...fake, port: new OfficePort(fake.host) };
}

describe('undoing an insertion', () => {
  it('puts back the contents, number formats, merges and column widths the tables replaced', async () => {
    const wb = fakeWorkbook([budgetSheet(SHEET)]);
    const sheet = sheetOf(wb, SHEET)!;
    sheet.colWidths.set(2, 30);
    const before = {
      cells: structuredClone(sheet.cells),
      merges: structuredClone(sheet.merges),
      widths: new Map(sheet.colWidths),
    };
    const { port } = portOver(wb, 'B1');
    await port.insert(tablesOf('t2'), { kind: 'selection' }, { overwrite: true });
    expect(port.canUndo()).toBe(true);
    const outcome = await port.undo();
    expect(outcome.kind).toBe('restored');
    const keys = new Set([...before.cells.keys(), ...sheetOf(wb, SHEET)!.cells.keys()]);
    for (const k of keys) expect([k, kept(sheetOf(wb, SHEET)!.cells.get(k))]).toEqual([k, kept(before.cells.get(k))]);
    expect(sheetOf(wb, SHEET)!.merges).toEqual(before.merges);
    expect(sheetOf(wb, SHEET)!.colWidths.get(2)).toBe(30);
    expect([port.canUndo(), await port.undo()]).toEqual([false, { kind: 'nothing' }]);
  });

  it('deletes the sheet it added', async () => {
    const wb = fakeWorkbook([budgetSheet(SHEET)]);
    const { port } = portOver(wb, 'A1');
    await port.insert(tablesOf('t3'), { kind: 'newSheet', name: '예산현황' });
    expect(await port.undo()).toMatchObject({ kind: 'restored' });
    expect(wb.sheets.map((s) => s.name)).toEqual([SHEET]);
  });

  it('stops at cells the user typed into since, then keeps or overwrites them as asked', async () => {
    const wb = fakeWorkbook([{ name: SHEET, rows: [] }]);
    const { port } = portOver(wb, 'A1');
    await port.insert(tablesOf('t3'), { kind: 'newSheet', name: '표' });
    typeInto(wb, '표', 'C5', 'mine');
    expect(await port.undo()).toEqual({ kind: 'changed', cells: [cellRef('표', 4, 2)] });
    const outcome = await port.undo({ changed: 'keep' });
    expect(outcome.kind).toBe('restored');
    // The sheet stays for the kept cell; everything the insertion wrote is gone.
    expect(cellOf(wb, '표', 'C5')?.value).toBe('mine');
    expect([...sheetOf(wb, '표')!.cells.values()].filter((c) => c.value !== undefined && c.value !== '')).toHaveLength(1);
  });

  it('stacks with recomputes: each undo takes back the newest change, an insertion or a recompute', async () => {
    const wb = fakeWorkbook([budgetSheet(SHEET)]);
    const { port } = portOver(wb, 'K1');
    await port.read();
    await port.apply([{ ref: cellRef(SHEET, 4, 2), value: 87, reason: { ko: '', en: '' } }]);
    await port.insert(tablesOf('t1'), { kind: 'selection' });
    await port.read();
    await port.apply([{ ref: cellRef(SHEET, 5, 2), value: 13, reason: { ko: '', en: '' } }]);
    const state = () => [cellOf(wb, SHEET, 'C5')?.value, cellOf(wb, SHEET, 'C6')?.value, cellOf(wb, SHEET, 'K1')?.value ?? ''];
    expect(state()).toEqual([87, 13, tablesOf('t1')[0].title]);
    expect(await port.undo()).toEqual({ kind: 'restored', count: 1 });
    expect(state()).toEqual([87, 13.03, tablesOf('t1')[0].title]);
    expect(await port.undo()).toMatchObject({ kind: 'restored' });
    expect(state()).toEqual([87, 13.03, '']);
    expect(await port.undo()).toEqual({ kind: 'restored', count: 1 });
    expect(state()).toEqual([86.97, 13.03, '']);
    expect([port.canUndo(), await port.undo()]).toEqual([false, { kind: 'nothing' }]);
  });
});

describe('inserted tables read back', () => {
  it('are found again as the standard tables and check without errors', async () => {
    const wb = fakeWorkbook([{ name: SHEET, rows: [] }]);
    const { port } = portOver(wb, 'A1');
    await port.insert(standardTables(), { kind: 'newSheet', name: '표' });
    const back = check((await port.read()).filter((s) => s.name === '표'));
    const kinds = (plan: typeof seed.plan) => plan.tables.map((t) => t.kind).sort();
    expect(kinds(back.plan)).toEqual(kinds(seed.plan));
    expect(back.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
