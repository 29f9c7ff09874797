import { HyperFormula } from 'hyperformula';
import type ExcelJS from 'exceljs';
import { patchXlsx } from '../../../src/workbook/xlsx/patch';
import { edit, entries, partText, planWorkbook, PLAN, QUOTED, readBack } from './patchFixture';

/** The derived value ROUND(C7/C5*100,2) from the inputs the fixture holds, as the engine would compute it. */
const achievement = (c7: number, c5: number): number => Math.round((c7 / c5) * 100 * 100) / 100;

const LABEL = '달성 <초과> & "확인"';

async function patched() {
  const original = await planWorkbook();
  const before = await readBack(original);
  const input = (a: string) => before.getWorksheet(PLAN)!.getCell(a).value as number;
  const d7 = achievement(input('C7'), input('C5'));
  const edits = [
    edit(PLAN, 'D7', d7, { formula: 'ROUND(C7/C5*100,2)', numFmt: '0.00' }),
    edit(PLAN, 'D8', 12.5, { numFmt: '0.00' }),
    edit(PLAN, 'E7', LABEL),
    edit(PLAN, 'C9', 12.345, { numFmt: '#,##0.000"천원"' }),
    edit(PLAN, 'F12', 3),
    edit(QUOTED, 'A1', 2),
    edit(QUOTED, 'B3', ' 공백 '),
  ];
  const result = await patchXlsx(original, edits);
  if (!result.ok) throw new Error(result.problem.en);
  return { original, result, d7, before };
}

describe('patchXlsx on a workbook with a chart, a pivot cache and styles', () => {
  let run: Awaited<ReturnType<typeof patched>>;
  let after: ExcelJS.Workbook;
  beforeAll(async () => {
    run = await patched();
    after = await readBack(run.result.bytes);
  });
  const cell = (sheet: string, address: string) => after.getWorksheet(sheet)!.getCell(address);

  it('changes only the two sheets, styles and workbook.xml; every other entry keeps its exact bytes', async () => {
    const [before, now] = [await entries(run.original), await entries(run.result.bytes)];
    expect(run.result.changedParts.sort()).toEqual([
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    for (const [name, bytes] of before)
      if (!run.result.changedParts.includes(name))
        expect([name, Buffer.from(now.get(name)!)]).toEqual([name, Buffer.from(bytes)]);
  });

  it('keeps the same parts in the same order (chart, drawing, pivot cache, calc chain included)', async () => {
    expect([...(await entries(run.result.bytes)).keys()]).toEqual([...(await entries(run.original)).keys()]);
  });

  it('writes the new values, formats and types where exceljs reads them', () => {
    expect(cell(PLAN, 'D7').value).toEqual({ formula: 'ROUND(C7/C5*100,2)', result: run.d7 });
    expect(cell(PLAN, 'D7').numFmt).toBe('0.00');
    expect(cell(PLAN, 'D8').value).toBe(12.5);
    expect(cell(PLAN, 'D8').numFmt).toBe('0.00');
    expect(cell(PLAN, 'E7').value).toBe(LABEL);
    expect(cell(PLAN, 'C9').value).toBe(12.345);
    expect(cell(PLAN, 'C9').numFmt).toBe('#,##0.000"천원"');
    expect(cell(QUOTED, 'A1').value).toBe(2);
    expect(cell(QUOTED, 'B3').value).toBe(' 공백 ');
  });

  it('keeps the font, fill, border and alignment of a cell whose format changes', () => {
    const old = run.before.getWorksheet(PLAN)!.getCell('D7');
    expect([cell(PLAN, 'D7').font, cell(PLAN, 'D7').alignment]).toEqual([old.font, old.alignment]);
  });

  it('gives a new cell its column style', () => {
    expect(cell(PLAN, 'F12').value).toBe(3);
    expect(cell(PLAN, 'F12').font?.bold).toBe(true);
  });

  it('leaves every other cell, format and merge as it was', () => {
    const old = run.before.getWorksheet(PLAN)!;
    for (const address of ['B2', 'B5', 'C5', 'B7', 'C7', 'C8', 'B12']) {
      const [was, is] = [old.getCell(address), cell(PLAN, address)];
      expect([address, is.value, is.numFmt, is.font, is.fill, is.border]).toEqual([
        address,
        was.value,
        was.numFmt,
        was.font,
        was.fill,
        was.border,
      ]);
    }
    expect(after.getWorksheet(PLAN)!.model.merges).toEqual(old.model.merges);
  });

  it('caches the value HyperFormula computes for the written formula', () => {
    const ws = after.getWorksheet(PLAN)!;
    const rows: (number | string | null)[][] = [];
    ws.eachRow((row, r) =>
      row.eachCell((c, col) => {
        const v = c.value as ExcelJS.CellValue;
        (rows[r - 1] ??= [])[col - 1] =
          v !== null && typeof v === 'object' && 'formula' in v ? `=${v.formula}` : (v as number | string);
      }),
    );
    const hf = HyperFormula.buildFromSheets(
      { plan: Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null)) },
      { licenseKey: 'gpl-v3' },
    );
    expect(hf.getCellValue({ sheet: 0, row: 6, col: 3 })).toBe((cell(PLAN, 'D7').value as ExcelJS.CellFormulaValue).result);
    hf.destroy();
  });

  it('asks for recalculation on load', async () => {
    expect(await partText(run.result.bytes, 'xl/workbook.xml')).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  it('adds one style per (style, format) pair: D7 and D8 share theirs, C9 gets its own', async () => {
    const styleOf = (xml: string, address: string) => new RegExp(`<c r="${address}"[^>]* s="(\\d+)"`).exec(xml)?.[1];
    const xfCount = (xml: string) => Number(/<cellXfs count="(\d+)"/.exec(xml)![1]);
    const sheet = await partText(run.result.bytes, 'xl/worksheets/sheet1.xml');
    expect(styleOf(sheet, 'D7')).toBe(styleOf(sheet, 'D8'));
    const [was, is] = [await partText(run.original, 'xl/styles.xml'), await partText(run.result.bytes, 'xl/styles.xml')];
    expect(xfCount(is) - xfCount(was)).toBe(new Set([styleOf(sheet, 'D7'), styleOf(sheet, 'C9')]).size);
    expect(is.match(/<xf /g)!.length - was.match(/<xf /g)!.length).toBe(xfCount(is) - xfCount(was));
  });
});

describe('patchXlsx with nothing to write', () => {
  it('gives the original bytes back', async () => {
    const original = await planWorkbook();
    const result = await patchXlsx(original, []);
    expect(result.ok && Buffer.from(result.bytes).equals(Buffer.from(original))).toBe(true);
  });
});
