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
  /**
   * The same without the number cells: for a pass over every row that looks for labels (no label is a number), which
   * on a sheet of millions of numbers would otherwise make each of them as text.
   */
  labelsOf(row: number): ReadonlyArray<TextAt>;
  /** How many non-blank cells the row holds, numbers included. */
  countOf(row: number): number;
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

/** A number or a boolean prints without spaces or full-width characters: its text is its own key. */
function cellText(cell: Cell): string {
  const value = cell.value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value !== null) return normalizeText(value);
  return cell.error ?? (cell.formula !== undefined ? `=${cell.formula}` : '');
}

/** compactText of a value's text, already normalised: only the spaces are left to remove. */
const withoutSpaces = (text: string): string => (text.includes(' ') ? text.replace(/ /g, '') : text);

function textAt(row: number, col: number, cell: Cell): TextAt {
  const text = cellText(cell);
  return { row, col, text, key: cell.value !== null ? withoutSpaces(text) : compactText(text) };
}

/** A number prints without spaces or full-width characters: its text is its own key. */
function numberAt(row: number, col: number, value: number): TextAt {
  const text = String(value);
  return { row, col, text, key: text };
}

const posKey = (row: number, col: number): string => `${row},${col}`;

/**
 * Number cells are not indexed up front: a row holding any is read again from the sheet when a detector asks for it,
 * and its number cells become TextAt for that call only. Every other cell is indexed once. A sheet of millions of
 * number cells (issue 17's 2-million-cell case) spent most of its check keeping an object for each of them, which
 * only the few rows around table headers are ever asked for as text.
 */
export function indexSheet(sheet: Sheet, order: number): SheetIndex {
  /** Non-blank cells that are not numbers, by row then column. */
  const texts = new Map<number, (TextAt | undefined)[]>();
  /** The same, as lists in column order. */
  const textRows = new Map<number, TextAt[]>();
  const numberRows = new Set<number>();
  const counts = new Map<number, number>();
  const rowNumbers: number[] = [];
  const rows = sheet.rows;
  for (let row = 0; row < rows.length; row++) {
    const cells = rows[row];
    if (!cells) continue;
    let at: (TextAt | undefined)[] | undefined;
    let found: TextAt[] | undefined;
    let numbers = false;
    let count = 0;
    for (let col = 0; col < cells.length; col++) {
      const cell = cells[col];
      if (cell === undefined || isBlankCell(cell)) continue;
      count++;
      if (typeof cell.value === 'number') {
        numbers = true;
        continue;
      }
      const item = textAt(row, col, cell);
      (at ??= [])[col] = item;
      (found ??= []).push(item);
    }
    if (!numbers && !found) continue;
    rowNumbers.push(row);
    counts.set(row, count);
    if (at) texts.set(row, at);
    if (found) textRows.set(row, found);
    if (numbers) numberRows.add(row);
  }
  const cellsOf = (row: number): ReadonlyArray<TextAt> => {
    if (!numberRows.has(row)) return textRows.get(row) ?? NONE;
    const cells = rows[row]!;
    const at = texts.get(row);
    const found: TextAt[] = [];
    for (let col = 0; col < cells.length; col++) {
      const value = cells[col]?.value;
      if (typeof value === 'number') found.push(numberAt(row, col, value));
      else if (at?.[col]) found.push(at[col]!);
    }
    return found;
  };
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
    rowNumbers,
    hidden: new Set(sheet.hiddenCols ?? []),
    cellsOf,
    labelsOf: (row) => textRows.get(row) ?? NONE,
    countOf: (row) => counts.get(row) ?? 0,
    textAt: (row, col) => {
      const value = rows[row]?.[col]?.value;
      return typeof value === 'number' ? numberAt(row, col, value) : texts.get(row)?.[col];
    },
    mergeAt: (row, col) => masters.get(posKey(row, col)),
    mergesFrom: (row) => byTop.get(row) ?? NONE,
  };
}
