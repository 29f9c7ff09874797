import { type RangeRef, columnCount, type ReportCell, type ReportTable } from '../engine/edge';

/** A table as placed in the grid; every position is relative to the grid's top-left cell. */
export type Placed = {
  readonly table: ReportTable;
  /** Header and body rows: what gets borders, merges and the vertical centring. */
  readonly body: RangeRef;
};

/** Several report tables laid out one under another, as cells, before any of it touches a workbook. */
export type ReportGrid = {
  readonly rows: number;
  readonly cols: number;
  /** Row-major; undefined is a cell the grid leaves blank (the row between tables, the rest of a title line). */
  readonly cells: ReadonlyArray<ReadonlyArray<ReportCell | undefined>>;
  readonly placed: ReadonlyArray<Placed>;
};

/**
 * The lines above a table, as the documents print them: the bold title and the subject at the left, the unit caption
 * at the table's right edge, right-aligned.
 */
function linesAbove(table: ReportTable, width: number): Array<Array<ReportCell | undefined>> {
  const lines: Array<Array<ReportCell | undefined>> = [];
  if (table.title !== undefined) lines.push([{ value: table.title, bold: true, align: 'left' }]);
  if (table.subject !== undefined) lines.push([{ value: table.subject, align: 'left' }]);
  if (table.caption !== undefined) {
    const line: Array<ReportCell | undefined> = Array.from({ length: width });
    line[width - 1] = { value: table.caption, align: 'right' };
    lines.push(line);
  }
  return lines;
}

/** The tables one under another, a blank row between two, each with its title, subject and caption lines. */
export function layoutReports(tables: ReadonlyArray<ReportTable>): ReportGrid {
  const cells: Array<Array<ReportCell | undefined>> = [];
  const placed: Placed[] = [];
  tables.forEach((table, i) => {
    if (i > 0) cells.push([]);
    const width = columnCount(table);
    cells.push(...linesAbove(table, width));
    const top = cells.length;
    for (const row of [...table.header, ...table.body])
      cells.push(Array.from({ length: width }, (_, c) => row[c] ?? { value: null }));
    placed.push({ table, body: { top, left: 0, bottom: cells.length - 1, right: Math.max(0, width - 1) } });
  });
  const cols = Math.max(1, ...tables.map(columnCount));
  return { rows: cells.length, cols, cells, placed };
}

/** A rectangle of the grid whose cells share one value of some property (a fill, bold, an alignment). */
export type Run<K> = { readonly rect: RangeRef; readonly key: K };

/**
 * The grid cut into rectangles of equal `keyOf` (undefined keys are skipped): runs along each row, stacked with the
 * identical run of the row above. One Excel call per rectangle instead of one per cell; a two-row header is one.
 */
export function runsOf<K extends string | boolean>(
  grid: ReportGrid,
  keyOf: (cell: ReportCell | undefined) => K | undefined,
): Run<K>[] {
  const done: Run<K>[] = [];
  let open: Run<K>[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const row: Run<K>[] = [];
    for (let c = 0; c < grid.cols; c++) {
      const key = keyOf(grid.cells[r]?.[c]);
      if (key === undefined) continue;
      const last = row.at(-1);
      if (last && last.key === key && last.rect.right === c - 1) row[row.length - 1] = { key, rect: { ...last.rect, right: c } };
      else row.push({ key, rect: { top: r, left: c, bottom: r, right: c } });
    }
    const next: Run<K>[] = [];
    for (const run of row) {
      const above = open.find((o) => o.key === run.key && o.rect.left === run.rect.left && o.rect.right === run.rect.right);
      next.push(above ? { key: run.key, rect: { ...above.rect, bottom: r } } : run);
    }
    done.push(
      ...open.filter((o) => !next.some((n) => n.rect.top === o.rect.top && n.rect.left === o.rect.left && n.key === o.key)),
    );
    open = next;
  }
  return [...done, ...open];
}
