import { cellRef } from '../../../src/engine/grid/cellRef';
import type { Edit } from '../../../src/engine/recompute/edit';
import type { XlChangedEvent, XlContext, XlHost } from '../../../src/workbook/office/excelApi';
import { OfficePort } from '../../../src/workbook/office/port';
import { fakeExcel, fakeWorkbook } from '../../fakes/excel';
import { budgetSheet } from './sheets';

const SHEET = '정보홍보실';
const reason = { ko: '재계산', en: 'recomputed' };
const EDITS: Edit[] = [
  { ref: cellRef(SHEET, 3, 1), value: 1723, reason },
  { ref: cellRef(SHEET, 4, 1), value: 1499, reason },
];

/** The fake Excel with worksheets.onChanged, which the fake itself lacks: the test raises the events. */
function withEvents(host: XlHost): { host: XlHost; raise: (address: string) => Promise<void> } {
  const handlers: Array<(e: XlChangedEvent) => Promise<void>> = [];
  const onChanged = { add: (h: (e: XlChangedEvent) => Promise<void>) => handlers.push(h) };
  const over = <T extends object>(target: T, key: string, value: unknown): T =>
    new Proxy(target, { get: (t, k) => (k === key ? value : Reflect.get(t, k)) });
  const wrap = (ctx: XlContext): XlContext =>
    over(ctx, 'workbook', over(ctx.workbook, 'worksheets', over(ctx.workbook.worksheets, 'onChanged', onChanged)));
  const run = ((a: unknown, b?: unknown) =>
    b === undefined
      ? host.excel.run((ctx) => (a as (c: XlContext) => Promise<unknown>)(wrap(ctx)))
      : host.excel.run(a as object, (ctx) => (b as (c: XlContext) => Promise<unknown>)(wrap(ctx)))) as XlHost['excel']['run'];
  return {
    host: { ...host, excel: { run } },
    raise: async (address) => void (await Promise.all(handlers.map((h) => h({ worksheetId: '{1}', address })))),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('OfficePort.onChanged', () => {
  it('tells the user’s changes, not the cells its own apply wrote, until the pane stops listening', async () => {
    const events = withEvents(fakeExcel(fakeWorkbook([budgetSheet(SHEET)])).host);
    const port = new OfficePort(events.host);
    const heard: string[] = [];
    let current = '';
    const stop = port.onChanged(() => heard.push(current));
    await settle();
    await port.read();
    await port.apply(EDITS);
    for (current of ['B4', 'B4:B5', 'C9', 'B4:C5']) await events.raise(current);
    expect(heard).toEqual(['C9', 'B4:C5']);
    stop();
    await events.raise('D9');
    expect(heard).toEqual(['C9', 'B4:C5']);
  });

  it('listens quietly on a host without events', async () => {
    const port = new OfficePort(fakeExcel(fakeWorkbook([budgetSheet(SHEET)])).host);
    const stop = port.onChanged(() => undefined);
    await settle();
    expect(typeof stop).toBe('function');
  });
});
