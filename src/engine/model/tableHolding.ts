import type { CellRef } from '../grid/cellRef';
import type { TableInfo } from './plan';

/** The first table whose range holds the cell (a finding's table, department and goal); undefined outside every table. */
export const tableHolding = (tables: ReadonlyArray<TableInfo>, ref: CellRef): TableInfo | undefined =>
  tables.find(
    (t) =>
      t.sheet === ref.sheet &&
      ref.row >= t.range.top &&
      ref.row <= t.range.bottom &&
      ref.col >= t.range.left &&
      ref.col <= t.range.right,
  );
