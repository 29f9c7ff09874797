import { cellRef } from '../../../src/engine/grid/cellRef';
import { cellAt } from '../../../src/engine/grid/sheet';
import { problemOf } from '../../../src/workbook/office/problems';
import { XlsxPort, type ReadBytes } from '../../../src/workbook/xlsx/browserPort';
import { noSuchSheet } from '../../../src/workbook/xlsx/problems';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { unusable } from '../../../src/workbook/xlsx/unusable';
import { edit, PLAN } from './patchFixture';
import { workbookBytes } from './unusableInputs';

/** A one-sheet plan-like workbook: 계 typed as 1,800 in C5. */
const bytes = () =>
  workbookBytes((wb) => {
    const ws = wb.addWorksheet(PLAN);
    ws.getCell('B5').value = '계';
    ws.getCell('C5').value = 1800;
    ws.getCell('C5').numFmt = '#,##0';
  });

/** readXlsx, counting how often it runs. */
function countingRead(): { read: ReadBytes; calls: () => number } {
  let calls = 0;
  return { read: (b) => (calls++, readXlsx(b)), calls: () => calls };
}

const valueAt = async (port: XlsxPort, row: number, col: number) => cellAt((await port.read())[0], row, col)?.value;

describe('XlsxPort: a workbook in memory as the pane’s port', () => {
  it('reads each version of the bytes once, however often the pane and the grid ask', async () => {
    const counting = countingRead();
    const port = new XlsxPort(await bytes(), 'plan.xlsx', counting.read);
    const [first, second] = await Promise.all([port.read(), port.read()]);
    expect(second).toBe(first);
    expect(counting.calls()).toBe(1);
    expect(cellAt(first[0], 4, 2)?.value).toBe(1800);
  });

  it('patches edits into the bytes, undoes back to the very bytes before, then has nothing to undo', async () => {
    const counting = countingRead();
    const original = await bytes();
    const port = new XlsxPort(original, 'plan.xlsx', counting.read);
    await port.read();
    expect([port.canUndo(), port.changed()]).toEqual([false, false]);

    await port.apply([edit(PLAN, 'C5', 1723, { numFmt: '#,##0' })]);
    expect([port.canUndo(), port.changed()]).toEqual([true, true]);
    expect(port.bytes()).not.toBe(original);
    await expect(valueAt(port, 4, 2)).resolves.toBe(1723);

    await expect(port.undo()).resolves.toEqual({ kind: 'restored', count: 1 });
    expect(port.bytes()).toBe(original);
    await expect(valueAt(port, 4, 2)).resolves.toBe(1800);
    expect(counting.calls()).toBe(2); // the read of the original bytes is kept with them
    await expect(port.undo()).resolves.toEqual({ kind: 'nothing' });
  });

  it('writes nothing and keeps nothing to undo for an empty batch', async () => {
    const original = await bytes();
    const port = new XlsxPort(original, 'plan.xlsx');
    await port.apply([]);
    expect([port.canUndo(), port.bytes()]).toEqual([false, original]);
  });

  it.each([
    ['text that is no workbook', () => Promise.resolve(new TextEncoder().encode('구분,예산액\n계,1723\n')), unusable('text')],
    ['an empty file', () => Promise.resolve(new Uint8Array()), unusable('empty')],
  ])('refuses %s with the reason as a message', async (_, make, reason) => {
    const port = new XlsxPort(await make(), 'x.xlsx');
    const error = await port.read().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(problemOf(error)).toMatchObject({ ko: reason.ko, en: reason.en });
  });

  it('refuses edits the package cannot take, leaving the bytes as they were', async () => {
    const original = await bytes();
    const port = new XlsxPort(original, 'plan.xlsx');
    const error = await port.apply([edit('없는 시트', 'A1', 1)]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(problemOf(error)).toMatchObject({ ko: noSuchSheet('없는 시트').ko, en: noSuchSheet('없는 시트').en });
    expect([port.bytes(), port.canUndo()]).toEqual([original, false]);
  });

  it('keeps the selected cell and the painted cells as view state, and tells its subscribers', async () => {
    const port = new XlsxPort(await bytes(), 'plan.xlsx');
    const seen: unknown[] = [];
    const stop = port.subscribe(() => seen.push(port.snapshot()));
    const b4 = cellRef(PLAN, 3, 1);
    await port.selectCell(b4);
    await port.highlight([b4]);
    expect(port.snapshot()).toMatchObject({ selection: b4, highlighted: [b4] });
    await port.clearHighlight();
    expect(port.snapshot().highlighted).toEqual([]);
    stop();
    await port.selectCell(cellRef(PLAN, 0, 0));
    expect(seen).toHaveLength(3);
  });

  it('takes the paint off when it undoes, as the Office port does', async () => {
    const port = new XlsxPort(await bytes(), 'plan.xlsx');
    await port.apply([edit(PLAN, 'C5', 1723)]);
    await port.highlight([cellRef(PLAN, 4, 2)]);
    await port.undo();
    expect(port.snapshot().highlighted).toEqual([]);
  });
});

describe('XlsxPort.onChanged', () => {
  it('tells every write to the bytes (apply, undo), never a selection or a highlight', async () => {
    const port = new XlsxPort(await bytes(), 'plan.xlsx');
    const heard: string[] = [];
    let step = '';
    const stop = port.onChanged(() => heard.push(step));
    step = 'apply';
    await port.apply([edit(PLAN, 'C5', 1723)]);
    step = 'select';
    await port.selectCell(cellRef(PLAN, 4, 2));
    step = 'highlight';
    await port.highlight([cellRef(PLAN, 4, 2)]);
    step = 'undo';
    await port.undo();
    stop();
    step = 'after';
    await port.apply([edit(PLAN, 'C5', 1723)]);
    expect(heard).toEqual(['apply', 'undo']);
  });
});
