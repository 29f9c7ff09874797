import type { RangeRef } from '../grid/cellRef';
import type {
  BudgetRow,
  BudgetRowKey,
  Indicator,
  NumCell,
  Overview,
  StaffRow,
  TableInfo,
  TableKind,
  TextCell,
  UnitProject,
  Unread,
} from '../model/plan';
import type { HeaderRows } from './bounds';
import { findCaption, findTitle } from './captions';
import type { Header } from './headers';
import type { SheetIndex } from './sheetIndex';

/** What a detector needs: the sheet's index and where headers start (bodies stop there). */
export type DetectContext = { readonly ix: SheetIndex; readonly headers: HeaderRows };

/** A table as detected, before linking fills in department, goal and project. */
export type Info = Omit<TableInfo, 'department' | 'goal' | 'project'> & {
  /** Reading order: sheet position, then row, then column. */
  readonly order: readonly [number, number, number];
};

export type GoalRow = {
  readonly name: TextCell;
  readonly indicatorCount: NumCell;
  readonly unitCount: NumCell;
  readonly budget: NumCell;
};

export type Detected =
  | { readonly kind: 'T1'; readonly info: Info; readonly goals: ReadonlyArray<GoalRow> }
  | { readonly kind: 'T2'; readonly info: Info; readonly total?: StaffRow; readonly rows: ReadonlyArray<StaffRow> }
  | { readonly kind: 'T3'; readonly info: Info; readonly rows: Partial<Record<BudgetRowKey, BudgetRow>> }
  | { readonly kind: 'T4'; readonly info: Info; readonly indicators: ReadonlyArray<Indicator> }
  /** `project` is absent for a header with no body. */
  | { readonly kind: 'T5'; readonly info: Info; readonly project?: Omit<UnitProject, 'table'> }
  | { readonly kind: 'T6'; readonly info: Info; readonly overview: Omit<Overview, 'table'> };

/** The table's info: range, title and caption unit found around its header. */
export function tableInfo(ctx: DetectContext, kind: TableKind, range: RangeRef, unread: ReadonlyArray<Unread>): Info {
  const { ix } = ctx;
  const title = findTitle(ix, range.top, kind);
  const unit = findCaption(ix, range.top, kind)?.unit;
  return {
    kind,
    sheet: ix.sheet.name,
    range,
    ...(title ? { title } : {}),
    ...(unit ? { unit } : {}),
    unread,
    order: [ix.order, range.top, range.left],
  };
}

/** The range of a header and its body rows over the data columns. */
export const bodyRange = (header: Header, rows: ReadonlyArray<number>): RangeRef => ({
  top: header.top,
  left: header.left,
  bottom: rows.length > 0 ? rows[rows.length - 1] : header.bottom,
  right: header.right,
});
