import type { CellRef } from '../grid/cellRef';
import type { TableInfo } from '../model/plan';

/** Where a finding about a whole table points: its title, else its header's first cell. */
export const tableAt = (table: TableInfo): CellRef =>
  table.title ?? { sheet: table.sheet, row: table.range.top, col: table.range.left };
