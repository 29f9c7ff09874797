import { cellRef } from '../../../src/engine/grid/cellRef';
import type { Edit } from '../../../src/engine/recompute/edit';
import { OfficePort } from '../../../src/workbook/office/port';
import { fakeExcel, fakeWorkbook, type SheetSpec } from '../../fakes/excel';
import { departmentSheet } from './sheets';

const reason = { ko: '재계산', en: 'recomputed' };
const departments = (n: number, rows = 40): SheetSpec[] => Array.from({ length: n }, (_, i) => departmentSheet(i, rows));
/** One edit per department sheet's 구성비 column, as a recompute of every T3 would give. */
const editsFor = (sheets: SheetSpec[]): Edit[] =>
  sheets.flatMap((s) => [4, 5, 6, 7].map((row): Edit => ({ ref: cellRef(s.name, row, 2), value: 50, numFmt: '0.00', reason })));

async function roundTrip(sheets: SheetSpec[], budget?: number, limit?: number) {
  const { host, meter } = fakeExcel(fakeWorkbook(sheets), { limit });
  const port = new OfficePort(host, budget === undefined ? {} : { payloadBudget: budget });
  const read = await port.read();
  const readSyncs = meter.syncs;
  await port.apply(editsFor(sheets));
  return { read, readSyncs, writeSyncs: meter.syncs - readSyncs, meter };
}

describe('sync count', () => {
  it.each([1, 2, 10, 30])('stays at one load and one write for %i departments', async (n) => {
    const { readSyncs, writeSyncs } = await roundTrip(departments(n));
    expect({ readSyncs, writeSyncs }).toEqual({ readSyncs: 2, writeSyncs: 1 });
  });
});

describe('above the payload limit', () => {
  // A small budget and host limit stand in for 4 MB and Excel on the web's 5 MB.
  const BUDGET = 40_000;
  const LIMIT = 50_000;

  it('reads in row blocks that each fit the limit, and reads the same sheets as one load would', async () => {
    const sheets = departments(12, 60);
    const whole = await roundTrip(sheets);
    const blocked = await roundTrip(sheets, BUDGET, LIMIT);
    expect(blocked.read).toEqual(whole.read);
    expect(blocked.readSyncs).toBeGreaterThan(3);
    expect(Math.max(...blocked.meter.log.map((s) => Math.max(s.request, s.response)))).toBeLessThanOrEqual(LIMIT);
  });

  /** Row blocks of a blocked read: its syncs less the refused whole load (sheet list + load) and the sizes (list + sizes). */
  const blocks = async (sheets: SheetSpec[]): Promise<number> => (await roundTrip(sheets, BUDGET, LIMIT)).readSyncs - 4;

  it('grows the number of syncs with the payload, not with the number of sheets', async () => {
    const fewSheets = await blocks(departments(2, 300));
    const manySheets = await blocks(departments(20, 21)); // the same cells over ten times the sheets
    const doubled = await blocks(departments(4, 300));
    expect(Math.abs(manySheets - fewSheets)).toBeLessThanOrEqual(1);
    expect(doubled).toBeGreaterThanOrEqual(2 * fewSheets - 1);
    expect(doubled).toBeLessThanOrEqual(2 * fewSheets + 1);
  });

  it('writes in blocks under the budget, all in one batch', async () => {
    // The sheet list and sizes of 400 sheets alone outgrow the small stand-in limit: give the host room for them.
    const { writeSyncs, meter } = await roundTrip(departments(400, 0), 20_000, 200_000);
    const writeLog = meter.log.filter((s) => s.writes > 0);
    expect(writeSyncs).toBe(writeLog.length);
    expect(writeLog.length).toBeGreaterThan(1);
    expect(Math.max(...writeLog.map((s) => s.request))).toBeLessThanOrEqual(20_000);
    expect(writeLog.every((s) => s.calcSuspended)).toBe(true);
  });
});
