/** A cell address inside the engine: 0-based row and column on a named sheet. A1 strings live at the edges only. */
export type CellRef = { readonly sheet: string; readonly row: number; readonly col: number };

/** A rectangle of cells, 0-based and inclusive on all sides. */
export type RangeRef = { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };

export const cellRef = (sheet: string, row: number, col: number): CellRef => ({ sheet, row, col });

export const sameCell = (a: CellRef, b: CellRef): boolean => a.sheet === b.sheet && a.row === b.row && a.col === b.col;
