import { columnCount } from '../../../src/engine/reports/reportTable';
import { layoutReports, runsOf } from '../../../src/workbook/reportGrid';
import { freeSheetName } from '../../../src/workbook/sheetName';
import { standardTables, tablesOf } from './insertTableTables';

describe('layoutReports', () => {
  it('stacks the tables with their title, subject and caption lines and one blank row between two', () => {
    const tables = standardTables();
    const grid = layoutReports(tables);
    grid.placed.forEach(({ table, body }, i) => {
      const lines = [table.title, table.subject, table.caption].filter((x) => x !== undefined).length;
      const previousEnd = i === 0 ? -1 : grid.placed[i - 1].body.bottom + 1; // the blank row
      expect(body.top).toBe(previousEnd + 1 + lines);
      expect(body.bottom - body.top + 1).toBe(table.header.length + table.body.length);
      expect(body.right + 1).toBe(columnCount(table));
    });
    expect(grid.rows).toBe(grid.placed.at(-1)!.body.bottom + 1);
  });
});

describe('runsOf', () => {
  it.each([
    ['T2', 't2'],
    ['T4', 't4'],
    ['T6', 't6'],
  ] as const)('covers each cell of %s with a key exactly once, by rectangles of one key', (_name, id) => {
    const grid = layoutReports(tablesOf(id));
    const keyOf = (cell: (typeof grid.cells)[number][number]) => cell?.fill;
    const covered = new Map<string, number>();
    for (const { rect, key } of runsOf(grid, keyOf))
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          expect(keyOf(grid.cells[r][c])).toBe(key);
          covered.set(`${r},${c}`, (covered.get(`${r},${c}`) ?? 0) + 1);
        }
    const keyed = grid.cells.flatMap((line, r) => line.flatMap((cell, c) => (keyOf(cell) === undefined ? [] : [`${r},${c}`])));
    expect([...covered.keys()].sort()).toEqual(keyed.sort());
    expect([...covered.values()].every((n) => n === 1)).toBe(true);
    expect(runsOf(grid, keyOf).length).toBeLessThan(keyed.length);
  });
});

describe('freeSheetName', () => {
  it.each([
    ['a free name as it is', [], '예산현황', '예산현황'],
    ['a taken name numbered, case ignored', ['Report', 'report (2)'], 'REPORT', 'REPORT (3)'],
    ['forbidden characters replaced', [], '점검/결과:2024', '점검 결과 2024'],
    ['a blank name as 표', [], '  ', '표'],
  ])('gives %s', (_name, taken, wanted, expected) => expect(freeSheetName(taken, wanted)).toBe(expected));

  it('keeps a long name within 31 characters with its number', () => {
    const long = '가'.repeat(40);
    const first = freeSheetName([], long);
    const second = freeSheetName([first], long);
    expect([first.length, second.length, second.endsWith(' (2)')]).toEqual([31, 31, true]);
  });
});
