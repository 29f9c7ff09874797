import type { RangeRef } from './cellRef';
import type { Sheet } from './sheet';

/** Merges taller than this are kept in one list and scanned: a hostile A1:XFD1048576 must not become a million rows. */
const TALL = 1024;

/** Positions in `sheet.merges`, by each row a merge spans, and the tall ones apart. */
type MergeIndex = { readonly byRow: ReadonlyMap<number, ReadonlyArray<number>>; readonly tall: ReadonlyArray<number> };

/** One index per sheet object: sheets are immutable values, and each detector asks about many cells of one sheet. */
const indexes = new WeakMap<Sheet, MergeIndex>();

function indexOf(sheet: Sheet): MergeIndex {
  const known = indexes.get(sheet);
  if (known) return known;
  const byRow = new Map<number, number[]>();
  const tall: number[] = [];
  sheet.merges.forEach((m, i) => {
    if (m.bottom - m.top >= TALL) return void tall.push(i);
    for (let r = m.top; r <= m.bottom; r++) {
      const row = byRow.get(r);
      if (row) row.push(i);
      else byRow.set(r, [i]);
    }
  });
  const index = { byRow, tall };
  indexes.set(sheet, index);
  return index;
}

/**
 * The merge covering a cell that is not its top-left (master) cell, the first in the sheet's list when (in a damaged
 * file) several do, found through a per-row index: a scan of every merge for every cell read made a one-sheet city
 * plan (thousands of merges) quadratic.
 */
export function coveringMerge(sheet: Sheet, row: number, col: number): RangeRef | undefined {
  const { byRow, tall } = indexOf(sheet);
  const hit = (i: number) => {
    const m = sheet.merges[i];
    return row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left);
  };
  const short = byRow.get(row)?.find(hit);
  const long = tall.length > 0 ? tall.find(hit) : undefined;
  const first = short === undefined ? long : long === undefined ? short : Math.min(short, long);
  return first === undefined ? undefined : sheet.merges[first];
}
