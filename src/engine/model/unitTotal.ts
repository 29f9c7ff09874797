import type { NumCell, UnitProject } from './plan';

/** A cell that makes up a 단위사업's total, with the name of its row. */
export type TotalPart = { readonly cell: NumCell; readonly row: string };

/**
 * What a 단위사업's total in year column `c` is made of: its own row's cell, or, for a table without a 단위사업 row,
 * its 세부사업's cells (their sum is the total the table leaves out). Goal budgets and the goal split read this.
 */
export const totalParts = (unit: Pick<UnitProject, 'name' | 'totals' | 'details' | 'noUnitRow'>, c: number): TotalPart[] =>
  unit.noUnitRow
    ? unit.details.map((d) => ({ cell: d.amounts[c], row: d.name.text }))
    : [{ cell: unit.totals[c], row: unit.name.text }];

/** The current year of a 내역: its last 예산 column (else its last column). */
export function currentColumn(unit: Pick<UnitProject, 'columns'>): number {
  const budgets = unit.columns.flatMap((c, i) => (c.kind === '예산' ? [i] : []));
  return budgets.length > 0 ? budgets[budgets.length - 1] : unit.columns.length - 1;
}
