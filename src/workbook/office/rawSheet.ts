import type { XlScalar } from './excelApi';

/**
 * One worksheet (or one row block of it) exactly as Excel sent it, before any interpretation:
 * the used range's position and its three parallel matrices, plus merges and hidden rows/columns.
 */
export type RawBlock = {
  /** 0-based position of values[0][0] on the sheet. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: ReadonlyArray<ReadonlyArray<XlScalar>>;
  readonly numberFormat: ReadonlyArray<ReadonlyArray<XlScalar>>;
  readonly formulas: ReadonlyArray<ReadonlyArray<XlScalar>>;
  /** 0-based sheet rows of the block that are hidden. */
  readonly hiddenRows: ReadonlyArray<number>;
};

export type RawSheet = {
  readonly name: string;
  readonly protected: boolean;
  /** Row blocks in order; one block unless the workbook was read in pieces. Empty for an empty sheet. */
  readonly blocks: ReadonlyArray<RawBlock>;
  /** Merged areas as Excel addresses (`Sheet1!B2:C3`). */
  readonly merges: ReadonlyArray<string>;
  /** 0-based column indexes of hidden columns within the used range. */
  readonly hiddenCols: ReadonlyArray<number>;
  /** The sheet's own defined names, by what they refer to (`='표'!$B$2:$H$30`). */
  readonly names: ReadonlyArray<RawName>;
};

export type RawName = { readonly name: string; readonly formula: string };

/** What one read gives: every sheet, and whether the workbook itself can be written. */
export type RawWorkbook = {
  readonly sheets: ReadonlyArray<RawSheet>;
  readonly readOnly: boolean;
  /** The workbook-wide defined names (a report sheet written by the command line carries its mark there). */
  readonly names: ReadonlyArray<RawName>;
};

/** The block and offsets holding a cell, when the read covered it. */
export function rawAt(sheet: RawSheet, row: number, col: number): { block: RawBlock; r: number; c: number } | undefined {
  for (const block of sheet.blocks) {
    const r = row - block.rowIndex;
    const c = col - block.columnIndex;
    if (r >= 0 && r < block.values.length && c >= 0 && c < (block.values[r]?.length ?? 0)) return { block, r, c };
  }
  return undefined;
}
