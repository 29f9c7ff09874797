import { isCaption, isSectionLine } from './labels';
import type { SheetIndex } from './sheetIndex';

/** Rows of a sheet where some table's header starts: a body never runs into them. */
export type HeaderRows = ReadonlySet<number>;

/** A lone line (one cell in the whole row) that is a title, caption or section heading. */
export function isSectionRow(ix: SheetIndex, row: number): boolean {
  const cells = ix.cellsOf(row);
  return cells.length === 1 && isSectionLine(cells[0]);
}

/**
 * The body rows under a header: from the row after it until a row blank in the table's data columns,
 * a title or section line, a caption, or the next header. Never from a count stated inside the table.
 */
export function bodyRows(ix: SheetIndex, after: number, dataCols: ReadonlyArray<number>, headers: HeaderRows): number[] {
  const cols = new Set(dataCols);
  const rows: number[] = [];
  for (let r = after + 1; ; r++) {
    if (headers.has(r) || isSectionRow(ix, r)) break;
    const cells = ix.cellsOf(r);
    if (!cells.some((c) => cols.has(c.col)) || cells.some((c) => isCaption(c.text))) break;
    rows.push(r);
  }
  return rows;
}
