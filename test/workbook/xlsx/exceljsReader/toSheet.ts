import type ExcelJS from 'exceljs';
import { type RangeRef, type Cell, type Sheet } from '../../../../src/engine/edge';
import { toCell } from './toCell';

/** exceljs keeps its merges only in a private map of master address → range (1-based); `model` would rebuild every row. */
type MergeMap = Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;

const mergesOf = (ws: ExcelJS.Worksheet): RangeRef[] =>
  Object.values((ws as unknown as { _merges: MergeMap })._merges ?? {}).map(({ model }) => ({
    top: model.top - 1,
    left: model.left - 1,
    bottom: model.bottom - 1,
    right: model.right - 1,
  }));

/** One worksheet as the engine's 0-based grid (exceljs counts rows and columns from 1). */
export function toSheet(ws: ExcelJS.Worksheet, date1904: boolean): Sheet {
  const rows: (Cell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hiddenRows.push(r - 1);
    row.eachCell({ includeEmpty: false }, (excelCell, c) => {
      const cell = toCell(excelCell, date1904);
      if (cell) (rows[r - 1] ??= [])[c - 1] = cell;
    });
  });
  const hiddenCols = (ws.columns ?? []).flatMap((col, i) => (col.hidden ? [i] : []));
  return { name: ws.name, rows, merges: mergesOf(ws), hiddenRows, hiddenCols };
}

/** True when some cell holds something: a value, an error or a formula (formats alone do not count). */
export const hasCells = (sheet: Sheet): boolean =>
  sheet.rows.some((row) =>
    row?.some((cell) => cell !== undefined && (cell.value !== null || cell.error !== undefined || cell.formula !== undefined)),
  );
