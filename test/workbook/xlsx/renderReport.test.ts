import ExcelJS from 'exceljs';
import { format } from 'numfmt';
import type { RangeRef } from '../../../src/engine/grid/cellRef';
import { cellAt, type Sheet } from '../../../src/engine/grid/sheet';
import { readPlan } from '../../../src/engine/read/readPlan';
import type { Plan, TableInfo } from '../../../src/engine/model/plan';
import { buildReport, regenerate, type ReportTable } from '../../../src/engine/reports';
import { runRules } from '../../../src/engine/rules';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { addReportSheet, addReportWorksheet, renderReport, renderReports } from '../../../src/workbook/xlsx/renderReport';
import { sheetsToWorkbook } from '../../../src/workbook/xlsx/fromSheets';
import { buildWorkbook } from '../../fixtures/build';
import { INVENTED } from '../../fixtures/invented';
import type { PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';

/** Every standard table of a plan in the documents' order: T1, T2, T3, each goal's T4, each 단위사업's T5 and its T6. */
function standardTables(plan: Plan, sheets: Sheet[]): ReportTable[] {
  const o = { sheets };
  return plan.departments.flatMap((d) => [
    ...(['t1', 't2', 't3', 't4'] as const).flatMap((id) => buildReport(plan, id, { ...o, department: d.name })),
    ...d.unitProjects.flatMap((u) =>
      (['t5', 't6'] as const).flatMap((id) => buildReport(plan, id, { ...o, department: d.name, project: u.name.text })),
    ),
  ]);
}

async function roundTrip(workbook: ExcelJS.Workbook): Promise<Sheet[]> {
  const read = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
  if (!read.ok) throw new Error(read.problem.en);
  return read.sheets;
}

/** A cell as the detector and the reader see it: its value and the text its format shows. */
function seen(sheet: Sheet, row: number, col: number): [unknown, string] {
  const cell = cellAt(sheet, row, col);
  const value = cell?.value ?? null;
  return [value, typeof value === 'number' ? format(cell?.numFmt ?? 'General', value) : String(value ?? '')];
}

function cellsOf(sheet: Sheet, range: RangeRef): [unknown, string][][] {
  const rows: [unknown, string][][] = [];
  for (let r = range.top; r <= range.bottom; r += 1) {
    const row: [unknown, string][] = [];
    for (let c = range.left; c <= range.right; c += 1) row.push(seen(sheet, r, c));
    rows.push(row);
  }
  return rows;
}

const sheetOf = (sheets: Sheet[], t: TableInfo): Sheet => sheets.find((s) => s.name === t.sheet)!;

describe.each<[string, PlanData[]]>([
  ['the seed', [SEED]],
  ['two invented departments (천원 behind 백만원)', INVENTED],
])('regenerated standard tables of %s, rendered and read back', (_name, plans) => {
  let source: { plan: Plan; sheets: Sheet[] };
  let back: { plan: Plan; sheets: Sheet[] };
  beforeAll(async () => {
    const sheets = buildWorkbook(plans, 'document').sheets;
    const r = regenerate(sheets);
    const workbook = new ExcelJS.Workbook();
    renderReports(workbook.addWorksheet('보고서'), standardTables(r.plan, r.sheets), { row: 2, col: 2 });
    const read = await roundTrip(workbook);
    source = { plan: readPlan(sheets), sheets };
    back = { plan: readPlan(read), sheets: read };
  });

  it('are found as the same tables, in the same order, with the same goals and projects', () => {
    const about = (t: TableInfo) => [t.kind, t.department, t.goal ?? t.project ?? null, t.unit?.name ?? null];
    expect(back.plan.tables.map(about)).toEqual(source.plan.tables.map(about));
  });

  it('equal the source tables cell for cell: values and shown text', () => {
    source.plan.tables.forEach((t, i) => {
      const mine = back.plan.tables[i];
      expect(cellsOf(sheetOf(back.sheets, mine), mine.range)).toEqual(cellsOf(sheetOf(source.sheets, t), t.range));
    });
  });

  it('check with no error and no warning', () => {
    expect(runRules(back.plan).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('renderReport', () => {
  const seedRegenerated = regenerate(buildWorkbook([SEED], 'document').sheets);
  const [t3] = buildReport(seedRegenerated.plan, 't3', { sheets: seedRegenerated.sheets });

  it('draws title, caption, merged shaded headers, borders, number formats, widths and the Korean font', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('표');
    const next = renderReport(ws, t3, { row: 3, col: 2 });
    expect(next).toBe(3 + 2 + t3.header.length + t3.body.length);
    expect(ws.getCell(3, 2).value).toBe(t3.title);
    expect(ws.getCell(3, 2).font.bold).toBe(true);
    const captionCol = 2 + t3.widths.length - 1;
    expect(ws.getCell(4, captionCol).value).toBe(t3.caption);
    const top = 5;
    for (const m of t3.merges)
      expect(ws.getCell(top + m.bottom, 2 + m.right).master.address).toBe(ws.getCell(top + m.top, 2 + m.left).address);
    const header = ws.getCell(top, 2);
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(header.border.top?.style).toBe('thin');
    t3.body.forEach((row, r) =>
      row.forEach((cell, c) => {
        const drawn = ws.getCell(top + t3.header.length + r, 2 + c);
        expect(drawn.value).toBe(cell.value);
        if (cell.numFmt) expect(drawn.numFmt).toBe(cell.numFmt);
        expect(drawn.font.name).toBe('맑은 고딕');
      }),
    );
    t3.widths.forEach((w, c) => expect(ws.getColumn(2 + c).width).toBe(w));
  });

  it('links a finding to its cell inside the workbook', async () => {
    const plan = readPlan(buildWorkbook([SEED], 'document').sheets);
    const findings = runRules(plan);
    const [table] = buildReport(plan, 'findings', { findings });
    const workbook = new ExcelJS.Workbook();
    renderReport(workbook.addWorksheet('점검 결과'), table, { row: 1, col: 1 });
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await workbook.xlsx.writeBuffer()) as ExcelJS.Buffer);
    const links = table.body.map(
      (_, r) => again.getWorksheet('점검 결과')!.getCell(2 + table.header.length + r, 3).value as ExcelJS.CellHyperlinkValue,
    );
    expect(links.map((l) => `#${l.hyperlink}`)).toEqual(table.body.map((row) => row[2].hyperlink));
  });

  it('adds a sheet to a copy of a workbook, keeping its sheets, under a name not yet taken', async () => {
    const sheets = buildWorkbook([SEED], 'document').sheets;
    const original = new Uint8Array(await sheetsToWorkbook(sheets).xlsx.writeBuffer());
    const added = await addReportSheet(original, sheets[0].name, [t3]);
    if (!added.ok) throw new Error('not added');
    expect(added.sheet).toBe(`${sheets[0].name} (2)`);
    const read = await readXlsx(added.bytes);
    if (!read.ok) throw new Error(read.problem.en);
    expect(read.sheets.map((s) => s.name)).toEqual([sheets[0].name, added.sheet]);
    expect(readPlan(read.sheets.slice(0, 1)).tables).toEqual(readPlan(sheets).tables);
    expect(await addReportSheet(new Uint8Array([1, 2, 3]), 'x', [t3])).toEqual({ ok: false });
  });

  it.each([
    ['점검 결과', ['점검 결과'], '점검 결과 (2)'],
    ['a/b:c', [], 'a b c'],
    ['가'.repeat(40), ['가'.repeat(31)], `${'가'.repeat(27)} (2)`],
  ])('names a new sheet %s apart from %j', (wanted, taken, name) => {
    const workbook = new ExcelJS.Workbook();
    taken.forEach((t) => workbook.addWorksheet(t));
    expect(addReportWorksheet(workbook, wanted, [])).toBe(name);
  });
});
