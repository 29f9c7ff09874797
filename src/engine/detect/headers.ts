import { is } from './labels';
import type { SheetIndex } from './sheetIndex';

/**
 * One data column of a header: `top` is the label in the first header row, `sub` the one below it (two-row
 * headers), `group` the label spanning it from above (a merged `정원` over 계/4급이상/…, or the last label to
 * its left when the group is not merged). `label` is what names the column itself.
 */
export type HeaderCol = {
  readonly col: number;
  readonly top: string;
  readonly sub: string;
  readonly group: string;
  readonly label: string;
};

export type Header = {
  readonly top: number;
  /** The last header row (top + 1 for a two-row header). */
  readonly bottom: number;
  /** Data columns only, left to right: hidden columns and notes columns are left out. */
  readonly cols: ReadonlyArray<HeaderCol>;
  readonly left: number;
  readonly right: number;
};

/**
 * Reads the header whose first label is at (row, col). `isSubLabel` says which labels mark a second header
 * row for this kind of table; the header spans rightwards over labelled, merged or hidden columns.
 */
export function readHeader(ix: SheetIndex, row: number, col: number, isSubLabel: (key: string) => boolean): Header {
  const twoRows = ix.cellsOf(row + 1).some((c) => c.col >= col && isSubLabel(c.key));
  // A merged group label (정원, 예산액, 실적 및 목표치) covers the columns to the right of its master.
  const coveredBy = new Map<number, string>();
  for (const m of ix.mergesFrom(row)) {
    const key = ix.textAt(m.top, m.left)?.key ?? '';
    for (let c = m.left + 1; c <= m.right; c++) coveredBy.set(c, key);
  }
  const labelled = (c: number): boolean =>
    ix.textAt(row, c) !== undefined || (twoRows && ix.textAt(row + 1, c) !== undefined) || coveredBy.has(c) || ix.hidden.has(c);

  const cols: HeaderCol[] = [];
  let carry = '';
  for (let c = col; labelled(c); c++) {
    const top = ix.textAt(row, c)?.key ?? '';
    const sub = twoRows ? (ix.textAt(row + 1, c)?.key ?? '') : '';
    const covering = coveredBy.get(c);
    if (top !== '') carry = top;
    else if (covering === undefined && sub === '') carry = '';
    const group = top !== '' ? top : (covering ?? carry);
    const label = sub !== '' ? sub : top !== '' ? top : '';
    if (ix.hidden.has(c) || is('notes', label) || label === '') continue;
    cols.push({ col: c, top, sub, group, label });
  }
  const left = cols.length > 0 ? cols[0].col : col;
  const right = cols.length > 0 ? cols[cols.length - 1].col : col;
  return { top: row, bottom: twoRows ? row + 1 : row, cols, left, right };
}

/** The first column (at or after `from`) whose label matches, optionally within a group. */
export function findCol(header: Header, test: (c: HeaderCol) => boolean, from = -1): number | undefined {
  return header.cols.find((c) => c.col > from && test(c))?.col;
}
