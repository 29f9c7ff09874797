import type { Cell, CellValue, RangeRef, Sheet } from '../../engine/edge';
import { cellAddress, rangeAddress, rowIndex } from './gridAddress';
import type { PackageParts, XmlHandler } from './packageParts';
import { stringItems } from './partReaders';
import { MAX_COLS } from './readLimits';
import { slideFormula } from './sharedFormula';
import type { CellFormats } from './stylesFormats';

/** What a worksheet part's cells are resolved against: the workbook's shared strings and cell formats. */
export type WorkbookContext = { readonly strings: ReadonlyArray<string>; readonly formats: CellFormats };

type At = { readonly row: number; readonly col: number };

/** One `<c>` as written, before it becomes a Cell. */
type RawCell = {
  row: number;
  col: number;
  type: string | undefined;
  style: number;
  value: string;
  formula: string;
  formulaType: string | undefined;
  formulaRef: string | undefined;
  shareId: string | undefined;
};

/**
 * exceljs merges clip to the cells the sheet holds when they are larger than this (prepareMerges): an
 * `A1:XFD1048576` merge covers nothing a table could read beyond them, and clipped merges keep the grid small.
 */
const MAX_MERGE_CELLS = 100_000;

const isOn = (value: string | undefined): boolean => value === '1' || value === 'true';

/** A cached value as the cell's type says; `text` is non-empty. */
function typedValue(
  type: string | undefined,
  text: string,
  strings: ReadonlyArray<string>,
): { value: CellValue; error?: string } {
  switch (type) {
    case 's':
      return { value: strings[parseInt(text, 10)] ?? null };
    case 'str':
    case 'inlineStr':
      return { value: text };
    case 'b':
      return { value: parseInt(text, 10) !== 0 };
    case 'e':
      return { value: null, error: text };
    default:
      return { value: parseFloat(text) };
  }
}

/** The Cell a `<c>` holds; undefined for a blank without a format. Shared formulas are resolved by the caller. */
function toCell(raw: RawCell, formula: string | undefined, ctx: WorkbookContext): Cell | undefined {
  const numFmt = ctx.formats(raw.style);
  let cell: { value: CellValue; error?: string; formula?: string; uncached?: boolean; numFmt?: string };
  if (formula !== undefined) {
    // Never read an uncalculated formula as 0: the file simply holds no result for it.
    if (raw.value === '') cell = { value: null, formula, uncached: true };
    else cell = typedValue(raw.type === 'inlineStr' ? 'str' : raw.type, raw.value, ctx.strings);
    if (raw.value !== '') cell.formula = formula;
  } else if (raw.value === '') {
    if (numFmt === undefined) return undefined;
    cell = { value: null };
  } else cell = typedValue(raw.type, raw.value, ctx.strings);
  if (numFmt !== undefined) cell.numFmt = numFmt;
  return cell;
}

const isFormula = (raw: RawCell): boolean => raw.formula !== '' || raw.formulaType !== undefined;

/** The columns `<col min max hidden>` hides, 0-based; ranges taken in order of `min`, each column once. */
function hiddenColumns(cols: ReadonlyArray<{ min: number; max: number; hidden: boolean }>): number[] {
  const hidden: number[] = [];
  let next = 1;
  for (const col of [...cols].sort((a, b) => a.min - b.min)) {
    const last = Math.min(col.max, MAX_COLS);
    for (let c = Math.max(next, col.min); c <= last; c++) if (col.hidden) hidden.push(c - 1);
    next = Math.max(next, last + 1);
  }
  return hidden;
}

/** A merge larger than MAX_MERGE_CELLS clipped to the last row and column that hold anything (1-based extents). */
function clipMerge(m: RangeRef, extent: { rows: number; cols: number }): RangeRef {
  if ((m.bottom - m.top + 1) * (m.right - m.left + 1) <= MAX_MERGE_CELLS) return m;
  return {
    ...m,
    right: Math.max(m.left, Math.min(m.right, extent.cols - 1)),
    bottom: Math.max(m.top, Math.min(m.bottom, extent.rows - 1)),
  };
}

/** Trailing holes cut, so a row or grid ends at its last cell. */
function trim<T>(list: T[]): void {
  let end = list.length;
  while (end > 0 && list[end - 1] === undefined) end--;
  list.length = end;
}

/**
 * Only the master (top-left) cell of a merge holds its value; anything written under the rest of it is not shown
 * by Excel and not read. Only rows and cells that exist are visited (the grid is sparse).
 */
function clearMerged(rows: (Cell | undefined)[][], merges: ReadonlyArray<RangeRef>): void {
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, rows.length - 1); r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = m.left; c <= Math.min(m.right, row.length - 1); c++) if (r !== m.top || c !== m.left) delete row[c];
      trim(row);
      if (row.length === 0) delete rows[r];
    }
  }
  trim(rows);
}

/** One worksheet part, streamed: cells (sparse rows), merges, hidden rows and columns. */
export function readWorksheet(parts: PackageParts, part: string, name: string, ctx: WorkbookContext): Sheet {
  const rows: (Cell | undefined)[][] = [];
  const hiddenRows = new Set<number>();
  const cols: { min: number; max: number; hidden: boolean }[] = [];
  const merges: RangeRef[] = [];
  const extent = { rows: 1, cols: 1 };
  /** Shared-formula masters by `si`, and the cells sharing them (resolved once the whole sheet is read). */
  const masters = new Map<string, { at: At; formula: string }>();
  const sharing: RawCell[] = [];
  let inSheetData = false;
  let row = -1;
  let lastCol = -1;
  /**
   * The `<c>` being read: one object refilled for every cell (a copy is kept only for a cell sharing a formula), since
   * a sheet may hold millions of cells and each would otherwise be one more object for the collector.
   */
  const cell: RawCell = {
    row: 0,
    col: 0,
    type: undefined,
    style: 0,
    value: '',
    formula: '',
    formulaType: undefined,
    formulaRef: undefined,
    shareId: undefined,
  };
  let inCell = false;
  let field: 'v' | 'f' | undefined;
  let inline: XmlHandler | undefined;

  const place = (raw: RawCell, formula: string | undefined) => {
    const value = toCell(raw, formula, ctx);
    if (value) (rows[raw.row] ??= [])[raw.col] = value;
  };

  const handler: XmlHandler = {
    open: (tag, a) => {
      if (inline) return inline.open(tag, a);
      if (inCell) {
        if (tag === 'v' || tag === 'f') field = tag;
        if (tag === 'f') [cell.formulaType, cell.formulaRef, cell.shareId] = [a.t, a.ref, a.si];
        if (tag === 'is') {
          inline = stringItems('is', (text) => void (cell.value += text));
          inline.open(tag, a);
        }
      } else if (tag === 'sheetData') inSheetData = true;
      else if (inSheetData && tag === 'row') {
        row = a.r === undefined ? row + 1 : rowIndex(a.r);
        lastCol = -1;
        extent.rows = Math.max(extent.rows, row + 1);
        if (isOn(a.hidden)) hiddenRows.add(row);
      } else if (inSheetData && tag === 'c') {
        const at = a.r === undefined ? { row: Math.max(row, 0), col: lastCol + 1 } : cellAddress(a.r);
        lastCol = at.col;
        extent.rows = Math.max(extent.rows, at.row + 1);
        extent.cols = Math.max(extent.cols, at.col + 1);
        const style = a.s === undefined ? 0 : parseInt(a.s, 10);
        inCell = true;
        cell.row = at.row;
        cell.col = at.col;
        cell.type = a.t;
        cell.style = Number.isNaN(style) ? 0 : style;
        cell.value = '';
        cell.formula = '';
        cell.formulaType = cell.formulaRef = cell.shareId = undefined;
      } else if (tag === 'col') {
        cols.push({ min: parseInt(a.min ?? '0', 10), max: parseInt(a.max ?? '0', 10), hidden: isOn(a.hidden) });
      } else if (tag === 'mergeCell') {
        const range = rangeAddress(a.ref ?? '');
        if (range) merges.push(range);
      }
    },
    text: (t) => {
      if (inline) inline.text(t);
      else if (inCell && field === 'v') cell.value += t;
      else if (inCell && field === 'f') cell.formula += t;
    },
    close: (tag) => {
      if (inline) {
        inline.close(tag);
        if (tag === 'is') inline = undefined;
        return;
      }
      if (tag === 'v' || tag === 'f') field = undefined;
      else if (tag === 'sheetData') inSheetData = false;
      else if (tag === 'c' && inCell) {
        inCell = false;
        if (!isFormula(cell)) return place(cell, undefined);
        if (cell.formulaType === 'shared' && cell.formulaRef === undefined) return void sharing.push({ ...cell });
        if (cell.formulaType === 'shared' && cell.shareId !== undefined)
          masters.set(cell.shareId, { at: { row: cell.row, col: cell.col }, formula: cell.formula });
        place(cell, cell.formula);
      }
    },
  };
  parts.parse(part, handler);
  for (const raw of sharing) {
    const master = masters.get(raw.shareId ?? '');
    place(raw, master ? slideFormula(master.formula, master.at, raw) : raw.formula);
  }
  const clipped = merges.map((m) => clipMerge(m, extent));
  clearMerged(rows, clipped);
  return {
    name,
    rows,
    merges: clipped,
    hiddenRows: [...hiddenRows].sort((a, b) => a - b),
    hiddenCols: hiddenColumns(cols),
  };
}
