import { a1, rangeA1 } from '../../src/engine/grid/a1';
import type { Sheet } from '../../src/engine/grid/sheet';
import type { XlScalar } from '../../src/workbook/office/excelApi';
import type { SheetSpec } from './excelWorkbook';

/** An engine Sheet (a fixture's) as the fake Excel's spec: values, formulas with their results, formats, merges. */
export function specOf(sheet: Sheet): SheetSpec {
  const results: Record<string, XlScalar> = {};
  const rows = sheet.rows.map((line, r) =>
    Array.from(line ?? [], (cell, c): XlScalar | null => {
      if (cell?.formula === undefined) return cell?.value ?? null;
      if (cell.value !== null) results[a1(r, c)] = cell.value;
      return `=${cell.formula}`;
    }),
  );
  const formats = sheet.rows.map((line) => Array.from(line ?? [], (cell) => cell?.numFmt ?? null));
  return { name: sheet.name, rows, formats, results, merges: sheet.merges.map(rangeA1) };
}
