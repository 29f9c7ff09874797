import type { CellRef, RangeRef } from '../grid/cellRef';
import { cellAt, type Sheet } from '../grid/sheet';
import { formatInfo, type FormatInfo } from '../interval/fromFormat';

/** Formats for a blank derived cell whose column has none: △ for negatives, the cell stays numeric. */
export const DEFAULT_AMOUNT_FMT = '#,##0;"△"#,##0;0';
export const DEFAULT_RATIO_FMT = '0.00;"△"0.00;0.00';

/** How a derived cell is written: what its format shows, and the format to set (absent keeps the cell's own). */
export type Representation = { readonly info: FormatInfo; readonly numFmt?: string };

/** A format that shows a number: not General and not the text format `@`. */
const showsNumbers = (code: string | undefined): boolean => !formatInfo(code).general && !formatInfo(code).text;

/** The format most numeric cells of the column (inside the table, other than `ref`) use; undefined when none shows numbers. */
function columnFormat(sheet: Sheet, range: RangeRef, ref: CellRef): string | undefined {
  const counts = new Map<string, number>();
  for (let row = range.top; row <= range.bottom; row += 1) {
    const cell = cellAt(sheet, row, ref.col);
    if (row === ref.row || typeof cell?.value !== 'number' || cell.numFmt === undefined || !showsNumbers(cell.numFmt)) continue;
    counts.set(cell.numFmt, (counts.get(cell.numFmt) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The representation a derived cell keeps: a number cell keeps its own format (General included), and so does a
 * cell whose content was deleted but whose number format stayed; a blank, text or word cell otherwise takes the
 * format of its column in the table, else the default for amounts or ratios.
 */
export function representation(sheet: Sheet, range: RangeRef, ref: CellRef, ratio: boolean): Representation {
  const cell = cellAt(sheet, ref.row, ref.col);
  if (typeof cell?.value === 'number' || showsNumbers(cell?.numFmt)) return { info: formatInfo(cell?.numFmt) };
  const numFmt = columnFormat(sheet, range, ref) ?? (ratio ? DEFAULT_RATIO_FMT : DEFAULT_AMOUNT_FMT);
  return { info: formatInfo(numFmt), numFmt };
}

/** What the cell holds for a figure the reader sees (86.97 under `0.00%` holds 0.8697), without float noise. */
export const heldValue = (shown: number, info: FormatInfo): number => Number((shown / info.scale).toPrecision(15));
