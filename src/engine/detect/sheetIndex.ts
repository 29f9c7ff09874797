import type { RangeRef } from '../grid/cellRef';
import type { Cell, Sheet } from '../grid/sheet';
import { compactText, normalizeText } from '../grid/text';

/** A non-blank cell as text: `text` normalised, `key` with every space removed (what labels are matched on). */
export type TextAt = { readonly row: number; readonly col: number; readonly text: string; readonly key: string };

/**
 * One pass over a sheet's cells: every non-blank cell as matchable text, row by row, plus the merges
 * by their master and by their top row. Detectors look things up here instead of rescanning the sheet.
 */
export type SheetIndex = {
  readonly sheet: Sheet;
  /** Position of the sheet in the workbook: the first key of reading order. */
  readonly order: number;
  /** Rows that hold at least one non-blank cell, ascending. */
  readonly rowNumbers: ReadonlyArray<number>;
  readonly hidden: ReadonlySet<number>;
  /** Non-blank cells of a row, by column (empty when the row is blank). */
  cellsOf(row: number): ReadonlyArray<TextAt>;
  textAt(row: number, col: number): TextAt | undefined;
  /** The merge whose master (top-left) cell is at row, col. */
  mergeAt(row: number, col: number): RangeRef | undefined;
  /** Merges whose top row is `row`. */
  mergesFrom(row: number): ReadonlyArray<RangeRef>;
};

const NONE: ReadonlyArray<never> = [];

/** Blank means nothing to read: no value, no error, no formula; whitespace-only text is blank too. */
export function isBlankCell(cell: Cell | undefined): boolean {
  if (!cell) return true;
  if (cell.error !== undefined || cell.formula !== undefined || cell.uncached) return false;
  if (cell.value === null) return true;
  return typeof cell.value === 'string' && cell.value.trim() === '';
}

function cellText(cell: Cell): string {
  if (cell.value !== null) return normalizeText(String(cell.value));
  return cell.error ?? (cell.formula !== undefined ? `=${cell.formula}` : '');
}

const posKey = (row: number, col: number): string => `${row},${col}`;

export function indexSheet(sheet: Sheet, order: number): SheetIndex {
  const byRow = new Map<number, TextAt[]>();
  const byPos = new Map<string, TextAt>();
  sheet.rows.forEach((cells, row) => {
    if (!cells) return;
    const found: TextAt[] = [];
    cells.forEach((cell, col) => {
      if (isBlankCell(cell)) return;
      const text = cellText(cell as Cell);
      const at = { row, col, text, key: compactText(text) };
      found.push(at);
      byPos.set(posKey(row, col), at);
    });
    if (found.length > 0) byRow.set(row, found);
  });
  const masters = new Map<string, RangeRef>();
  const byTop = new Map<number, RangeRef[]>();
  for (const m of sheet.merges) {
    masters.set(posKey(m.top, m.left), m);
    const list = byTop.get(m.top) ?? [];
    list.push(m);
    byTop.set(m.top, list);
  }
  return {
    sheet,
    order,
    rowNumbers: [...byRow.keys()].sort((a, b) => a - b),
    hidden: new Set(sheet.hiddenCols ?? []),
    cellsOf: (row) => byRow.get(row) ?? NONE,
    textAt: (row, col) => byPos.get(posKey(row, col)),
    mergeAt: (row, col) => masters.get(posKey(row, col)),
    mergesFrom: (row) => byTop.get(row) ?? NONE,
  };
}
