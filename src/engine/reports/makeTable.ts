import type { RangeRef } from '../grid/cellRef';
import { displayWidth } from '../grid/displayWidth';
import { shownText } from './cells';
import type { ReportCell, ReportTable } from './reportTable';

const MIN_WIDTH = 6;
const MAX_WIDTH = 40;
/** Wrapped text needs only some width: its column stops growing here. */
const WRAP_WIDTH = 30;

/** A wide (Hangul, CJK) character in 맑은 고딕 is about 1.7 widths of the digit `0`, Excel's unit of column width. */
const WIDE_CHAR = 1.7;

/** How many of Excel's width units a line of text takes. */
export function textWidth(line: string): number {
  const chars = [...line].length;
  const wide = displayWidth(line) - chars;
  return chars - wide + WIDE_CHAR * wide;
}

/** A rectangle from its top-left corner and size. */
export const span = (top: number, left: number, rows: number, cols: number): RangeRef => ({
  top,
  left,
  bottom: top + rows - 1,
  right: left + cols - 1,
});

/** Column widths from the widest single-column cell (a cell merged across columns sizes none), within bounds. */
function widths(rows: ReadonlyArray<ReadonlyArray<ReportCell>>, merges: ReadonlyArray<RangeRef>): number[] {
  const wide = new Set(merges.filter((m) => m.right > m.left).map((m) => `${m.top},${m.left}`));
  const result: number[] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      result[c] ??= MIN_WIDTH;
      if (wide.has(`${r},${c}`)) return;
      const longest = Math.ceil(Math.max(0, ...shownText(cell).split('\n').map(textWidth))) + 2;
      result[c] = Math.max(result[c], Math.min(cell.wrap ? WRAP_WIDTH : MAX_WIDTH, longest));
    }),
  );
  return result;
}

export type TableParts = Omit<ReportTable, 'widths' | 'merges'> & { readonly merges?: ReadonlyArray<RangeRef> };

/** A report table with its widths measured from what its cells show. */
export function makeTable(parts: TableParts): ReportTable {
  const merges = parts.merges ?? [];
  return { ...parts, merges, widths: widths([...parts.header, ...parts.body], merges) };
}
