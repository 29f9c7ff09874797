import { a1 } from '../../../src/engine/grid/a1';
import type { ReportTable } from '../../../src/engine/reports';
import { widthPoints } from '../../../src/workbook/office/drawReport';
import { OfficePort } from '../../../src/workbook/office/port';
import { layoutReports } from '../../../src/workbook/reportGrid';
import {
  cellOf,
  DEFAULT_COLUMN_WIDTH,
  fakeExcel,
  fakeWorkbook,
  key,
  sheetOf,
  type FakeWorkbook,
  type SheetSpec,
} from '../../fakes/excel';
import { budgetSheet } from './sheets';
import { standardTables, tablesOf } from './insertTableTables';

const SHEET = '보고';
const SIDES = ['top', 'bottom', 'left', 'right'] as const;
const THIN = { style: 'Continuous', weight: 'Thin', color: '#808080' };

/** A blank sheet with the selection at `address`, and a port over it. */
function selectedAt(address: string, wb: FakeWorkbook = fakeWorkbook([{ name: SHEET, rows: [] }])) {
  wb.selection = { sheet: wb.active, address };
  const fake = fakeExcel(wb);
  return { wb, ...fake, port: new OfficePort(fake.host) };
}

/** Where each grid cell landed, for a grid drawn from 0-based (top, left). */
function landed(wb: FakeWorkbook, sheet: string, tables: ReadonlyArray<ReportTable>, top: number, left: number) {
  const grid = layoutReports(tables);
  const cellAtGrid = (r: number, c: number) => sheetOf(wb, sheet)!.cells.get(key(top + r, left + c));
  return { grid, cellAtGrid };
}

describe('OfficePort.insert at the selection', () => {
  it('writes every value and number format of the tables, △ through the format and numbers kept numeric', async () => {
    const { wb, port } = selectedAt('C3');
    const tables = [...tablesOf('t3'), ...tablesOf('t1')];
    expect(await port.insert(tables, { kind: 'selection' })).toMatchObject({ kind: 'inserted', sheet: SHEET, tables: 2 });
    const { grid, cellAtGrid } = landed(wb, SHEET, tables, 2, 2);
    grid.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        // Excel holds a blank as ''.
        expect(cellAtGrid(r, c)?.value).toEqual(cell?.value ?? '');
        if (typeof cell?.value === 'number') expect(cellAtGrid(r, c)?.numberFormat).toBe(cell.numFmt ?? 'General');
        if (typeof cell?.value === 'string') expect(cellAtGrid(r, c)?.numberFormat).toBe('@');
      }),
    );
    const negatives = grid.cells.flat().filter((cell) => typeof cell?.value === 'number' && cell.value < 0);
    expect(negatives.length).toBeGreaterThan(0);
    for (const cell of negatives) expect(cell?.numFmt).toContain('"△"');
  });

  it('merges the headers, borders every header and body cell, fills and bolds the headers, aligns and wraps', async () => {
    const { wb, port } = selectedAt('B2');
    const tables = [...tablesOf('t2'), ...tablesOf('t4')];
    await port.insert(tables, { kind: 'selection' });
    const { grid, cellAtGrid } = landed(wb, SHEET, tables, 1, 1);
    const merges = grid.placed.flatMap(({ table, body }) =>
      table.merges.map((m) => ({
        top: 1 + body.top + m.top,
        bottom: 1 + body.top + m.bottom,
        left: 1 + m.left,
        right: 1 + m.right,
      })),
    );
    expect(merges.length).toBeGreaterThan(0);
    expect(sheetOf(wb, SHEET)!.merges).toEqual(expect.arrayContaining(merges));
    expect(sheetOf(wb, SHEET)!.merges).toHaveLength(merges.length);
    for (const { body } of grid.placed)
      for (let r = body.top; r <= body.bottom; r++)
        for (let c = body.left; c <= body.right; c++) {
          const cell = grid.cells[r][c]!;
          const drawn = cellAtGrid(r, c)!;
          for (const side of SIDES) expect(drawn.borders?.[side]).toEqual(THIN);
          expect(drawn.vAlign).toBe('Center');
          expect(drawn.fill !== undefined).toBe(cell.fill !== undefined);
          expect(drawn.bold ?? false).toBe(cell.bold ?? false);
          expect(drawn.wrap ?? false).toBe(cell.wrap ?? false);
          if (cell.align) expect(drawn.hAlign?.toLowerCase()).toBe(cell.align);
        }
    const headerCell = grid.cells[grid.placed[0].body.top][0];
    expect([headerCell?.fill, cellAtGrid(grid.placed[0].body.top, 0)?.fill]).toEqual(['header', '#DDEBF7']);
  });

  it('puts the title in bold at the left and the unit caption right-aligned at the table’s right edge', async () => {
    const { wb, port } = selectedAt('A1');
    const [t3] = tablesOf('t3');
    await port.insert([t3], { kind: 'selection' });
    expect(cellOf(wb, SHEET, 'A1')).toMatchObject({ value: t3.title, bold: true });
    const width = layoutReports([t3]).cols;
    expect(cellOf(wb, SHEET, a1(1, width - 1))).toMatchObject({ value: t3.caption, hAlign: 'Right' });
  });

  it('widens the columns the tables need and never narrows one', async () => {
    const { wb, port } = selectedAt('A1');
    sheetOf(wb, SHEET)!.colWidths.set(0, 400);
    const tables = tablesOf('t3');
    await port.insert(tables, { kind: 'selection' });
    const widths = sheetOf(wb, SHEET)!.colWidths;
    expect(widths.get(0)).toBe(400);
    tables[0].widths.forEach(
      (w, c) => c > 0 && expect(widths.get(c) ?? DEFAULT_COLUMN_WIDTH).toBe(Math.max(DEFAULT_COLUMN_WIDTH, widthPoints(w))),
    );
  });

  it.each([
    ['one table', () => tablesOf('t3')],
    ['every standard table', standardTables],
  ])('takes two syncs for %s: one to read the target, one to write', async (_name, tables) => {
    const { meter, port } = selectedAt('B2');
    await port.insert(tables(), { kind: 'selection' });
    expect(meter.syncs).toBe(2);
    expect(meter.log.map((s) => s.writes > 0)).toEqual([false, true]);
    expect(meter.log[1]).toMatchObject({ calcSuspended: true, screenSuspended: true });
    expect(meter.runs).toEqual([{ mergeUndoGroup: true }]);
    // Batched by range: fewer calls than cells, though each border line alone takes three.
    const grid = layoutReports(tables());
    expect(meter.log[1].writes).toBeLessThan(grid.rows * grid.cols);
  });

  it('warns before replacing cells that hold something, writes nothing, and writes when told to overwrite', async () => {
    const wb = fakeWorkbook([budgetSheet(SHEET)]);
    const before = structuredClone(sheetOf(wb, SHEET)!.cells);
    const { port, meter } = selectedAt('B1', wb);
    const tables = tablesOf('t3');
    const grid = layoutReports(tables);
    const held = [...before].filter(([k, cell]) => {
      const [row, col] = k.split(',').map(Number);
      return row < grid.rows && col >= 1 && col < 1 + grid.cols && (cell.value !== undefined || cell.formula !== undefined);
    }).length;
    expect(await port.insert(tables, { kind: 'selection' })).toEqual({ kind: 'wouldOverwrite', cells: held });
    expect(sheetOf(wb, SHEET)!.cells).toEqual(before);
    expect([meter.syncs, port.canUndo()]).toEqual([1, false]);
    expect(await port.insert(tables, { kind: 'selection' }, { overwrite: true })).toMatchObject({ kind: 'inserted' });
    expect(cellOf(wb, SHEET, 'B1')?.value).toBe(tables[0].title);
    // The old merge A1:G1 lay across the area: it is gone, the new ones are in.
    expect(sheetOf(wb, SHEET)!.merges.some((m) => m.top === 0)).toBe(false);
  });

  it('links the cells of 점검 결과 to the cells they name', async () => {
    const { wb, port } = selectedAt('A1');
    const findings = tablesOf('findings', {
      findings: [
        {
          severity: 'error',
          rule: 't3.total',
          messageId: 'mismatch',
          ref: { sheet: 'X', row: 3, col: 1 },
          cells: [],
          message: { ko: '계', en: 'total' },
        },
      ],
    });
    await port.insert(findings, { kind: 'selection' });
    const links = findings
      .flatMap((t) => [...t.header, ...t.body].flat())
      .flatMap((c) => (c.hyperlink === undefined ? [] : [c.hyperlink]));
    const linked = [...sheetOf(wb, SHEET)!.cells.values()].filter((c) => c.hyperlink !== undefined);
    expect(links).toHaveLength(1);
    // Excel takes the place without the leading '#'.
    expect(linked.map((c) => [`#${c.hyperlink}`, c.underline])).toEqual([[links[0], 'Single']]);
  });
});

describe('OfficePort.insert on a new sheet', () => {
  it('adds a sheet with a free name, draws from B2 without grid lines, and activates it', async () => {
    const wb = fakeWorkbook([{ name: '예산현황', rows: [['x']] }]);
    const { port, meter } = selectedAt('A1', wb);
    const tables = tablesOf('t3');
    expect(await port.insert(tables, { kind: 'newSheet', name: '예산현황' })).toMatchObject({
      kind: 'inserted',
      sheet: '예산현황 (2)',
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(['예산현황', '예산현황 (2)']);
    expect(wb.active).toBe('예산현황 (2)');
    expect(sheetOf(wb, '예산현황 (2)')!.showGridlines).toBe(false);
    expect(cellOf(wb, '예산현황 (2)', 'B2')?.value).toBe(tables[0].title);
    expect(meter.syncs).toBe(2);
  });
});

describe('OfficePort.insert refusals', () => {
  it.each([
    [
      'a protected sheet',
      { sheets: [{ name: SHEET, rows: [], protected: true }] },
      { kind: 'selection' } as const,
      'protectedSheet',
    ],
    [
      'a read-only workbook',
      { sheets: [{ name: SHEET, rows: [] }], readOnly: true },
      { kind: 'newSheet', name: '표' } as const,
      'readOnly',
    ],
    [
      'cell-edit mode',
      { sheets: [{ name: SHEET, rows: [] }], cellEditMode: true },
      { kind: 'selection' } as const,
      'cellEditMode',
    ],
  ])(
    'refuses %s with its Korean message and writes nothing',
    async (_name, spec: { sheets: SheetSpec[]; readOnly?: boolean; cellEditMode?: boolean }, at, code) => {
      const wb = fakeWorkbook(spec.sheets, { readOnly: spec.readOnly ?? false, cellEditMode: spec.cellEditMode ?? false });
      const before = structuredClone(wb.sheets);
      const { port } = selectedAt('A1', wb);
      await expect(port.insert(tablesOf('t3'), at)).rejects.toMatchObject({
        problem: { code, ko: expect.stringMatching(/[가-힣]/) },
      });
      expect(wb.sheets).toEqual(before);
      expect(port.canUndo()).toBe(false);
    },
  );
});
