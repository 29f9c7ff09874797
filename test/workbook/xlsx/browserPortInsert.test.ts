import JSZip from 'jszip';
import { rangeA1 } from '../../../src/engine/grid/a1';
import { cellRef } from '../../../src/engine/grid/cellRef';
import { readPlan } from '../../../src/engine/read/readPlan';
import { buildReport, regenerate, REPORT_NAMES } from '../../../src/engine/reports';
import { problemOf } from '../../../src/workbook/office/problems';
import { layoutReports } from '../../../src/workbook/reportGrid';
import { XlsxPort } from '../../../src/workbook/xlsx/browserPort';
import { selectionUnsupported, wouldLoseParts } from '../../../src/workbook/xlsx/insertProblems';
import { downloadName } from '../../../src/taskpane/standalone/openWorkbook';
import { ko } from '../../../src/taskpane/strings/ko';
import { sheetsToWorkbook } from '../../../src/workbook/xlsx/fromSheets';
import { buildWorkbook } from '../../fixtures/build';
import { SEED } from '../../fixtures/seed';

const sheets = buildWorkbook([SEED], 'document').sheets;
const seedBytes = async () => new Uint8Array(await sheetsToWorkbook(sheets).xlsx.writeBuffer());
/** The seed's 예산현황 as the picker builds it. */
const budgetTables = () => {
  const r = regenerate(sheets);
  return buildReport(r.plan, 't3', { sheets: r.sheets, department: r.plan.departments[0].name });
};
const NAME = REPORT_NAMES.t3.ko;

/** The seed workbook with a part added to its package after exceljs wrote it. */
async function withPart(path: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await seedBytes());
  zip.file(path, '<x/>');
  return zip.generateAsync({ type: 'uint8array' });
}

const refusalOf = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (e: unknown) => problemOf(e),
  );

describe('XlsxPort.insert: report tables on a new sheet of the workbook in memory', () => {
  it('adds a sheet whose tables read back as 예산현황, shows it, and undoes back to the very bytes before', async () => {
    const original = await seedBytes();
    const port = new XlsxPort(original, 'plan.xlsx');
    const before = await port.read();
    const tables = budgetTables();
    expect(tables.length).toBeGreaterThan(0);

    const outcome = await port.insert(tables, { kind: 'newSheet', name: NAME });
    expect(outcome).toMatchObject({ kind: 'inserted', sheet: NAME, tables: tables.length });
    const grid = layoutReports(tables);
    expect(outcome).toHaveProperty('range', rangeA1({ top: 1, left: 1, bottom: grid.rows, right: grid.cols })); // from B2
    expect([port.canUndo(), port.changed()]).toEqual([true, true]);
    expect(downloadName(port, ko.downloadName)).toBe('plan-수정.xlsx'); // an inserted table is an edit too
    expect(port.snapshot().selection).toEqual(cellRef(NAME, 1, 1)); // the grid turns to the new sheet

    const after = await port.read();
    expect(after.map((s) => s.name)).toEqual([...before.map((s) => s.name), NAME]);
    const found = readPlan(after).tables.filter((t) => t.sheet === NAME);
    expect(found.map((t) => t.kind)).toEqual(tables.map(() => 'T3'));

    await expect(port.undo()).resolves.toEqual({ kind: 'restored', count: grid.rows * grid.cols });
    expect(port.bytes()).toBe(original);
    await expect(port.read()).resolves.toBe(before);
    expect(port.canUndo()).toBe(false);
    expect(downloadName(port, ko.downloadName)).toBe('plan.xlsx');
  });

  it('gives a second insertion of the same table a free sheet name', async () => {
    const port = new XlsxPort(await seedBytes(), 'plan.xlsx');
    await port.insert(budgetTables(), { kind: 'newSheet', name: NAME });
    await expect(port.insert(budgetTables(), { kind: 'newSheet', name: NAME })).resolves.toMatchObject({ sheet: `${NAME} (2)` });
  });

  it('writes nothing for no tables', async () => {
    const original = await seedBytes();
    const port = new XlsxPort(original, 'plan.xlsx');
    await expect(port.insert([], { kind: 'newSheet', name: NAME })).resolves.toEqual({ kind: 'nothing' });
    expect([port.bytes(), port.canUndo()]).toEqual([original, false]);
  });

  it('offers the new sheet only, and refuses the selection with the reason', async () => {
    const original = await seedBytes();
    const port = new XlsxPort(original, 'plan.xlsx');
    expect(port.insertTargets).toEqual(['newSheet']);
    await expect(refusalOf(port.insert(budgetTables(), { kind: 'selection' }))).resolves.toMatchObject(selectionUnsupported);
    expect([port.bytes(), port.canUndo()]).toEqual([original, false]);
  });

  it.each([
    ['a chart', 'xl/charts/chart1.xml', { ko: '차트', en: 'charts' }],
    ['a pivot table', 'xl/pivotTables/pivotTable1.xml', { ko: '피벗 테이블', en: 'pivot tables' }],
    ['a slicer', 'xl/slicers/slicer1.xml', { ko: '슬라이서', en: 'slicers' }],
    ['macros', 'xl/vbaProject.bin', { ko: '매크로', en: 'macros' }],
  ])('refuses a file holding %s, which the rewrite would lose, and keeps its bytes', async (_, path, part) => {
    const original = await withPart(path);
    const port = new XlsxPort(original, 'plan.xlsx');
    await expect(refusalOf(port.insert(budgetTables(), { kind: 'newSheet', name: NAME }))).resolves.toMatchObject(
      wouldLoseParts([part]),
    );
    expect([port.bytes(), port.canUndo()]).toEqual([original, false]);
  });
});
