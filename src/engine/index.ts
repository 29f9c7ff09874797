import type { Finding } from './findings/finding';
import type { Sheet } from './grid/sheet';
import type { Plan } from './model/plan';
import { readPlan } from './model/readPlan';
import { applyEdits } from './recompute/applyEdits';
import type { Edit } from './recompute/edit';
import { recomputeEdits } from './recompute/recompute';
import { rebalanceAll } from './recompute/rebalance';
import { runRules } from './rules';

export type { Finding, Lang, Message, Severity } from './findings/finding';
export type { CellRef } from './grid/cellRef';
export type { Cell, Sheet } from './grid/sheet';
export type { Plan, TableInfo } from './model/plan';
export type { Edit } from './recompute/edit';
export { achievement, type Achievement, type GoalAchievement, type IndicatorAchievement } from './recompute/achievement';
export { rebalance, rebalanceAll, rebalanceAt, type GoalAt } from './recompute/rebalance';
export { targetEdits } from './recompute/targets';
export { shownText } from './reports/cells';
export {
  buildReport,
  regenerate,
  reportId,
  reportIds,
  REPORT_NAMES,
  type ReportCell,
  type ReportId,
  type ReportOptions,
  type ReportTable,
} from './reports';

/** The engine facade: the only engine import the shells (task pane, CLI) use. Pure: sheets in, values out. */

/** Every table found, and every finding of every rule. */
export function check(sheets: ReadonlyArray<Sheet>): { plan: Plan; findings: Finding[] } {
  const plan = readPlan(sheets);
  return { plan, findings: runRules(plan) };
}

export type RecomputeOptions = {
  /** Live Excel formulas instead of values where the relation is expressible (the value still comes along). */
  readonly formulas?: boolean;
  /** Also propose 가중치 summing to exactly 100 for every goal whose weights do not (inputs: off by default). */
  readonly rebalanceWeights?: boolean;
};

/**
 * The derived cells to write, and the check of the workbook as it will be once they are written: its errors are
 * the input errors recompute cannot fix (inputs are never changed).
 */
export function recompute(
  sheets: ReadonlyArray<Sheet>,
  options: RecomputeOptions = {},
): { plan: Plan; edits: Edit[]; findings: Finding[] } {
  const { plan, edits: derived } = recomputeEdits(sheets, options);
  const edits = options.rebalanceWeights ? [...derived, ...rebalanceAll(plan)] : derived;
  return { plan, edits, findings: check(applyEdits(sheets, edits)).findings };
}
