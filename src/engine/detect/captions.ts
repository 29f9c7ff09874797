import { cellRef, type CellRef } from '../grid/cellRef';
import { moneyUnit, parseUnitCaption } from '../grid/units';
import type { TableKind, Unit } from '../model/plan';
import { isCaption, TITLE } from './labels';
import type { SheetIndex, TextAt } from './sheetIndex';

/** How far above a header its title may sit: a caption and blank lines may come between. */
const TITLE_REACH = 6;

/**
 * The rows just above a header, nearest first, up to the first row that holds something else
 * (the body of the table above): a caption or title never comes from another table.
 */
function rowsAbove(ix: SheetIndex, top: number, kind: TableKind): ReadonlyArray<TextAt>[] {
  const rows: ReadonlyArray<TextAt>[] = [];
  for (let r = top - 1; r >= 0 && r >= top - TITLE_REACH; r--) {
    const cells = ix.cellsOf(r);
    if (cells.length > 0 && !cells.some((c) => isCaption(c.text) || TITLE[kind].test(c.key))) break;
    rows.push(cells);
  }
  return rows;
}

export type Caption = { readonly at: TextAt; readonly unit?: Unit };

/**
 * The table's `(단위 …)` caption, left or right just above its header. Its unit is the money unit when it
 * names one (T1's `개, 백만원` → 백만원), else its only unit (T2's 명). No caption: no unit, nothing inherited.
 */
export function findCaption(ix: SheetIndex, top: number, kind: TableKind): Caption | undefined {
  for (const cells of rowsAbove(ix, top, kind)) {
    const at = cells.find((c) => isCaption(c.text));
    if (!at) continue;
    const units = parseUnitCaption(at.text) ?? [];
    const unit = moneyUnit(units) ?? (units.length > 0 ? units[0] : undefined);
    return unit ? { at, unit } : { at };
  }
  return undefined;
}

/** The title cell (`< 예산현황 >`, `□ 관련 예산사업 내역` …) above the header, when there is one. */
export function findTitle(ix: SheetIndex, top: number, kind: TableKind): CellRef | undefined {
  for (const cells of rowsAbove(ix, top, kind)) {
    const at = cells.find((c) => TITLE[kind].test(c.key));
    if (at) return cellRef(ix.sheet.name, at.row, at.col);
  }
  return undefined;
}
