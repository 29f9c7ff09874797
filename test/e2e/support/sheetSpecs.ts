import { a1, rangeA1 } from '../../../src/engine/grid/a1';
import type { Cell, Sheet } from '../../../src/engine/grid/sheet';
import type { XlScalar } from '../../../src/workbook/office/excelApi';
import type { SheetSpec } from '../../fakes/excel';

const scalar = (cell: Cell | undefined): XlScalar | null => {
  if (!cell) return null;
  if (cell.formula !== undefined) return `=${cell.formula}`;
  return cell.error ?? cell.value;
};

/** The engine's sheets as the fake Excel's specs (plain JSON, so a test can hand them to a page). */
export function sheetSpecs(sheets: ReadonlyArray<Sheet>): SheetSpec[] {
  return sheets.map((sheet) => {
    const width = Array.from(sheet.rows, (r) => r?.length ?? 0).reduce((a, b) => Math.max(a, b), 0); // rows may be sparse
    const grid = Array.from({ length: sheet.rows.length }, (_, r) => Array.from({ length: width }, (_, c) => sheet.rows[r]?.[c]));
    const results: Record<string, XlScalar> = {};
    grid.forEach((row, r) =>
      row.forEach((cell, c) => cell?.formula !== undefined && cell.value !== null && (results[a1(r, c)] = cell.value)),
    );
    return {
      name: sheet.name,
      rows: grid.map((row) => row.map(scalar)),
      formats: grid.map((row) => row.map((cell) => cell?.numFmt ?? null)),
      results,
      merges: sheet.merges.map(rangeA1),
      hiddenRows: sheet.hiddenRows ?? [],
      hiddenCols: sheet.hiddenCols ?? [],
    };
  });
}
