import type { Cell, Sheet } from '../../../src/engine/grid/sheet';
import { numCell } from '../../../src/engine/model/numCell';
import {
  BUDGET_ROW_KEYS,
  type BudgetRow,
  type BudgetRowKey,
  type Department,
  type NumCell,
  type Plan,
  type TableInfo,
} from '../../../src/engine/model/plan';
import type { BudgetRowData, Fig } from '../../fixtures/planData';

/**
 * A tiny NumCell factory: one cell on its own row of sheet `R`, read by the model's own `numCell`, so the
 * interval is the one the rounding rule gives. A number shows `decimals` places (General's when omitted);
 * text reads as the plan writes it (`△4.50%`, `미정`); null is a blank cell.
 */
let nextRow = 0;
export function num(fig: Fig | null, decimals?: number, opts: { exact?: boolean } = {}): NumCell {
  const row = nextRow++;
  const numFmt = decimals === undefined ? undefined : decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  const cell: Cell = { value: fig, ...(numFmt && typeof fig === 'number' ? { numFmt } : {}) };
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  rows[row] = [cell];
  const sheet: Sheet = { name: 'R', rows, merges: [] };
  return numCell(sheet, row, 0, [], opts);
}

const text = (t: string) => ({ ref: { sheet: 'R', row: nextRow++, col: 0 }, text: t });

/** A 예산현황 row: amounts as General, ratios to 2 dp as the plans show them. */
export const budgetRow = (label: string, d: BudgetRowData): BudgetRow => ({
  label: text(label),
  budget: num(d.budget),
  share: num(d.share, 2),
  prevBudget: num(d.prevBudget),
  prevShare: num(d.prevShare, 2),
  change: num(d.change),
  rate: num(d.rate, 2),
});

/** Column A of sheet `R`, where every cell these factories make lies (each on its own row), so checks reach the table. */
const t3Info: TableInfo = { kind: 'T3', sheet: 'R', range: { top: 0, left: 0, bottom: 2 ** 14, right: 0 }, unread: [] };

/** A plan of one department holding only a 예산현황 (linked, no goals: the cross-table relations stay silent). */
export function budgetPlan(data: Record<BudgetRowKey, BudgetRowData>): Plan {
  const rows = Object.fromEntries(BUDGET_ROW_KEYS.map((k) => [k, budgetRow(k, data[k])]));
  const dept: Department = {
    name: '부서',
    t1: 0,
    goals: [],
    budget: { table: 0, rows },
    unitProjects: [],
    overviews: [],
    linked: true,
  };
  return { tables: [t3Info], departments: [dept] };
}
