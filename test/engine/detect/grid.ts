import type { RangeRef } from '../../../src/engine/grid/cellRef';
import type { Cell, CellValue, Sheet } from '../../../src/engine/grid/sheet';

/** A cell as a test writes it: a plain value, or a Cell for formats, errors and formulas. */
export type GridCell = CellValue | undefined | Cell;

const toCell = (v: GridCell): Cell | undefined =>
  v === undefined || v === null ? undefined : typeof v === 'object' ? v : { value: v };

/** An array of rows as a Sheet: the tiny grids detector tests are written in. */
export function sheetOf(
  rows: ReadonlyArray<ReadonlyArray<GridCell>>,
  extra: { name?: string; merges?: RangeRef[]; hiddenCols?: number[] } = {},
): Sheet {
  return {
    name: extra.name ?? 'Sheet1',
    rows: rows.map((r) => r.map(toCell)),
    merges: extra.merges ?? [],
    ...(extra.hiddenCols ? { hiddenCols: extra.hiddenCols } : {}),
  };
}

/** Shifts a grid down and right (tables at odd offsets). */
export const offset = (rows: ReadonlyArray<ReadonlyArray<GridCell>>, down: number, right: number): GridCell[][] => [
  ...Array.from({ length: down }, () => []),
  ...rows.map((r) => [...Array.from({ length: right }, () => undefined), ...r]),
];
