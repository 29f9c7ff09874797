import type { Finding } from './findings/finding';
import type { Sheet } from './grid/sheet';
import type { LinkChoice, Plan } from './model/plan';
import { readPlan } from './read/readPlan';
import { applyEdits } from './recompute/applyEdits';
import type { Edit } from './recompute/edit';
import { recomputeEdits, type Left } from './recompute/recompute';
import { rebalanceAll } from './recompute/rebalance';
import { blamedCells, checkRules, type Checked } from './rules';
import type { DepartmentFacts } from './model/departmentFacts';

export type { Choice, Finding, Lang, Message, Severity } from './findings/finding';
export { SEVERITIES, severityRank } from './findings/severity';
export type { MessageId, RuleId } from './findings/ruleRegistry';
export type { CellRef } from './grid/cellRef';
export type { Cell, Sheet } from './grid/sheet';
export type { LinkChoice, Plan, TableInfo } from './model/plan';
export type { Edit } from './recompute/edit';
export type { Left } from './recompute/recompute';
export type { Checked } from './rules';
export { departmentFacts, type DepartmentFacts, type FactCell } from './model/departmentFacts';
export { achievement, type Achievement, type GoalAchievement, type IndicatorAchievement } from './recompute/achievement';
export { rebalance, rebalanceAll, rebalanceAt, type GoalAt } from './recompute/rebalance';
export { targetEdits } from './recompute/targets';
export { shownText } from './reports/cells';
export {
  buildReport,
  regenerate,
  summaryTable,
  reportId,
  reportIds,
  REPORT_NAMES,
  type ReportCell,
  type ReportId,
  type ReportOptions,
  type ReportTable,
} from './reports';

/** The engine facade: the only engine import the shells (task pane, CLI) use. Pure: sheets in, values out. */

export type CheckOptions = {
  /** Where several goal ↔ 단위사업 splits fit equally well: the user's choice of goal for named 단위사업. */
  readonly links?: ReadonlyArray<LinkChoice>;
  /** Departments of other files checked together with this one: its 성과계획 총괄표 rows are compared with them too. */
  readonly departments?: ReadonlyArray<DepartmentFacts>;
};

/** Every table found, every finding of every rule, and how many tables were found and relations checked. */
export function check(
  sheets: ReadonlyArray<Sheet>,
  options: CheckOptions = {},
): { plan: Plan; findings: Finding[]; checked: Checked } {
  const plan = readPlan(sheets, options);
  return { plan, ...checkRules(plan, options.departments) };
}

export type RecomputeOptions = CheckOptions & {
  /** Live Excel formulas instead of values where the relation is expressible (the value still comes along). */
  readonly formulas?: boolean;
  /** Also propose 가중치 summing to exactly 100 for every goal whose weights do not (inputs: off by default). */
  readonly rebalanceWeights?: boolean;
};

/**
 * The derived cells to write, the cells left because their figure depends on a choice the workbook does not make,
 * and the check of the workbook as it will be once the edits are written: its errors are the input errors recompute
 * cannot fix (inputs are never changed).
 */
export function recompute(
  sheets: ReadonlyArray<Sheet>,
  options: RecomputeOptions = {},
): { plan: Plan; edits: Edit[]; left: Left[]; findings: Finding[]; checked: Checked } {
  const { plan, edits: derived, left } = recomputeEdits(sheets, options, blamedCells);
  const edits = options.rebalanceWeights ? [...derived, ...rebalanceAll(plan)] : derived;
  const after = check(applyEdits(sheets, edits), options.links ? { links: options.links } : {});
  return { plan, edits, left, findings: after.findings, checked: after.checked };
}
