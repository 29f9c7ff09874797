import { isCaption, isSectionLine } from './labels';
import type { SheetIndex, TextAt } from './sheetIndex';

/** Where a table's header starts: its first row and the columns its first row spans. */
export type HeaderSpan = { readonly row: number; readonly left: number; readonly right: number };

/** Every header of a sheet by its first row: a body never runs into one over its own columns. */
export type HeaderRows = ReadonlyMap<number, ReadonlyArray<HeaderSpan>>;

export function headerRows(spans: ReadonlyArray<HeaderSpan>): HeaderRows {
  const rows = new Map<number, HeaderSpan[]>();
  for (const s of spans) rows.set(s.row, [...(rows.get(s.row) ?? []), s]);
  return rows;
}

/** A lone line (one cell in the whole row) that is a title, caption or section heading. */
export function isSectionRow(ix: SheetIndex, row: number): boolean {
  const cells = ix.cellsOf(row);
  return cells.length === 1 && isSectionLine(cells[0]);
}

/**
 * Whether row `r` ends a body over the columns left..right, judged on those columns only: a table beside this
 * one (side by side, its rows offset) has its own titles, captions and headers, and they must not cut this body.
 */
function endsBody(ix: SheetIndex, r: number, left: number, right: number, headers: HeaderRows): boolean {
  if ((headers.get(r) ?? []).some((h) => h.left <= right && h.right >= left)) return true;
  const own: TextAt[] = ix.cellsOf(r).filter((c) => c.col >= left && c.col <= right);
  return (own.length === 1 && isSectionLine(own[0])) || own.some((c) => isCaption(c.text));
}

/**
 * The body rows under a header: from the row after it until a row blank in the table's data columns,
 * a title or section line, a caption, or the next header within the table's columns. Never from a count
 * stated inside the table.
 */
export function bodyRows(ix: SheetIndex, after: number, dataCols: ReadonlyArray<number>, headers: HeaderRows): number[] {
  const cols = new Set(dataCols);
  const left = Math.min(...dataCols);
  const right = Math.max(...dataCols);
  const rows: number[] = [];
  for (let r = after + 1; ; r++) {
    if (endsBody(ix, r, left, right, headers)) break;
    if (!ix.cellsOf(r).some((c) => cols.has(c.col))) break;
    rows.push(r);
  }
  return rows;
}
