import { check } from '../../../src/engine';
import type { Finding } from '../../../src/engine/findings/finding';
import { OfficePort } from '../../../src/workbook/office/port';
import { fakeExcel, fakeWorkbook, sheetOf } from '../../fakes/excel';
import { specOf } from '../../fakes/fromSheets';
import { buildWorkbook } from '../../fixtures/build';
import { SEED } from '../../fixtures/seed';
import { tablesOf } from './insertTableTables';

const PLAN = buildWorkbook([SEED], 'document').sheets;
const notInfo = (findings: ReadonlyArray<Finding>) =>
  findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.ref.sheet} ${f.ref.row},${f.ref.col}`);

/** The seed plan in the fake Excel, with the selection at `address` of its first sheet. */
function planInExcel(address: string) {
  const wb = fakeWorkbook(PLAN.map(specOf));
  wb.selection = { sheet: PLAN[0].name, address };
  const fake = fakeExcel(wb);
  return { wb, port: new OfficePort(fake.host) };
}

describe('an inserted table is marked as perfplan’s and read back apart from the plan', () => {
  const before = check(PLAN);
  const below = PLAN[0].rows.length + 3;

  it('at the selection inside the plan’s own sheet: the area is named, its T5 tables stand alone', async () => {
    const { wb, port } = planInExcel(`B${below}`);
    const inserted = await port.insert(tablesOf('t5'), { kind: 'selection' });
    expect(inserted).toMatchObject({ kind: 'inserted', sheet: PLAN[0].name });
    const range = (inserted as { range: string }).range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    expect([...sheetOf(wb, PLAN[0].name)!.names]).toEqual([['perfplan.report.1', expect.stringContaining(`!${range}`)]]);
    const after = check(await port.read());
    expect(notInfo(after.findings)).toEqual(notInfo(before.findings));
    expect(after.plan.departments).toHaveLength(before.plan.departments.length);
    expect(after.plan.departments[0].unitProjects).toHaveLength(before.plan.departments[0].unitProjects.length);
    const added = after.plan.tables.slice(before.plan.tables.length);
    expect(added.map((t) => [t.kind, t.department])).toEqual(tablesOf('t5').map(() => ['T5', undefined]));
  });

  it('on a new sheet: a T1 report is no second department', async () => {
    const { wb, port } = planInExcel('A1');
    await port.insert(tablesOf('t1'), { kind: 'newSheet', name: '정책사업목표 현황' });
    expect(sheetOf(wb, '정책사업목표 현황')!.names.has('perfplan.report.1')).toBe(true);
    const after = check(await port.read());
    expect(after.plan.departments.map((d) => d.name)).toEqual(before.plan.departments.map((d) => d.name));
    expect(notInfo(after.findings)).toEqual(notInfo(before.findings));
    expect(after.plan.tables.filter((t) => t.sheet === '정책사업목표 현황').map((t) => t.kind)).toEqual(['T1']);
  });

  it('undo at the selection takes the mark away with the tables', async () => {
    const { wb, port } = planInExcel(`B${below}`);
    await port.insert(tablesOf('t5'), { kind: 'selection' });
    expect(await port.undo()).toMatchObject({ kind: 'restored' });
    expect(sheetOf(wb, PLAN[0].name)!.names.size).toBe(0);
  });
});
