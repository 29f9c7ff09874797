import type { RangeRef } from './cellRef';

/** What Excel caches for a cell: a number, text, a boolean, or nothing. */
export type CellValue = number | string | boolean | null;

export type Cell = {
  /** The cached value; null for a blank cell (and for an error or an uncached formula). */
  readonly value: CellValue;
  /** Excel's error literal (#DIV/0!, #REF!, #N/A …) when the cell holds an error. */
  readonly error?: string;
  /** The formula without its leading '=' when the cell holds one. */
  readonly formula?: string;
  /** True when the cell holds a formula that was never calculated (no cached result): never read as 0. */
  readonly uncached?: boolean;
  /** The number format code; absent means General. */
  readonly numFmt?: string;
};

/**
 * One worksheet as the engine sees it: adapters fill it, the engine never touches a workbook.
 * Only the master (top-left) cell of a merge holds the value; the others are blank.
 */
export type Sheet = {
  readonly name: string;
  /** rows[r][c]; missing rows and cells are blank. */
  readonly rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;
  readonly merges: ReadonlyArray<RangeRef>;
  readonly hiddenRows?: ReadonlyArray<number>;
  readonly hiddenCols?: ReadonlyArray<number>;
  /**
   * Areas perfplan drew its own report tables into, as the adapters find them marked in the workbook: their tables
   * are regenerated copies of the plan, so they are checked on their own and never joined to the plan's departments.
   */
  readonly reports?: ReadonlyArray<RangeRef>;
};

export const cellAt = (sheet: Sheet, row: number, col: number): Cell | undefined => sheet.rows[row]?.[col];
