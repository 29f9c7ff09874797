import type { Sheet } from '../../engine/edge';

/** Rows a browser draws without a pause even on an old office PC; a larger sheet shows a window of them. */
export const MAX_ROWS = 500;
/** Plan tables are a dozen columns wide; anything past this is stray content far to the right. */
export const MAX_COLS = 40;

/**
 * One drawn cell: a merge's master spans the merge (clipped to the window), the cells it covers are not drawn.
 * `sourceRow` is the row holding the value: the master's, above the window when the merge starts there.
 */
export type GridCell = { readonly col: number; readonly sourceRow: number; readonly rowSpan: number; readonly colSpan: number };
export type GridRow = { readonly row: number; readonly cells: ReadonlyArray<GridCell> };

/** What the grid draws of a sheet: a window of rows, the first `cols` columns, and the sheet's full extent. */
export type GridLayout = {
  readonly rows: ReadonlyArray<GridRow>;
  readonly cols: number;
  readonly totalRows: number;
  readonly totalCols: number;
};

/** Rows and columns up to the last cell or merge; rows are sparse arrays (readers leave holes), so no spreading them. */
function extent(sheet: Sheet): { rows: number; cols: number } {
  let rows = sheet.rows.length;
  let cols = 0;
  sheet.rows.forEach((row) => (cols = Math.max(cols, row?.length ?? 0)));
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  return { rows, cols };
}

/** The first row of the window: 0, unless the row to show lies beyond it; then the window centres on that row. */
export function windowStart(totalRows: number, focusRow: number | undefined, maxRows = MAX_ROWS): number {
  if (focusRow === undefined || focusRow < maxRows || totalRows <= maxRows) return 0;
  return Math.max(0, Math.min(focusRow - Math.floor(maxRows / 2), totalRows - maxRows));
}

export function gridLayout(sheet: Sheet, focusRow?: number, maxRows = MAX_ROWS, maxCols = MAX_COLS): GridLayout {
  const total = extent(sheet);
  const first = windowStart(total.rows, focusRow, maxRows);
  const last = Math.min(total.rows, first + maxRows) - 1;
  const cols = Math.min(total.cols, maxCols);
  const covered = new Set<string>();
  const spans = new Map<string, Omit<GridCell, 'col'>>();
  for (const m of sheet.merges) {
    // A merge whose master is above the window starts at the window's first row.
    const top = Math.max(m.top, first);
    const bottom = Math.min(m.bottom, last);
    const right = Math.min(m.right, cols - 1);
    if (top > bottom || m.left > right) continue;
    spans.set(`${top},${m.left}`, { sourceRow: m.top, rowSpan: bottom - top + 1, colSpan: right - m.left + 1 });
    for (let r = top; r <= bottom; r++)
      for (let c = m.left; c <= right; c++) if (r !== top || c !== m.left) covered.add(`${r},${c}`);
  }
  const rows: GridRow[] = [];
  for (let row = first; row <= last; row++) {
    const cells: GridCell[] = [];
    for (let col = 0; col < cols; col++) {
      if (covered.has(`${row},${col}`)) continue;
      cells.push({ col, ...(spans.get(`${row},${col}`) ?? { sourceRow: row, rowSpan: 1, colSpan: 1 }) });
    }
    rows.push({ row, cells });
  }
  return { rows, cols, totalRows: total.rows, totalCols: total.cols };
}
