/**
 * The engine's second facade: the small, pure helpers the shells need at their edges (A1 text, cell refs, showing a
 * number, display width, report names) and the engine's types. The task pane imports it in its start bundle, so it
 * must never reach the rules, the detectors or the recompute stage: those come through `./index`, loaded on first use.
 */
export { a1, columnIndex, columnName, parseA1, parseRangeA1, rangeA1, refA1 } from './grid/a1';
export { cellRef, sameCell, type CellRef, type RangeRef } from './grid/cellRef';
export { cellAt, type Cell, type CellValue, type Sheet } from './grid/sheet';
export { alignColumns, displayWidth } from './grid/displayWidth';
export { showNumber } from './interval/shown';
export { compactText } from './grid/text';
export type { Choice, Finding, Lang, Message, Severity } from './findings/finding';
export { SEVERITIES, severityRank } from './findings/severity';
export type { MessageId, RuleId, RunRuleId } from './findings/ruleRegistry';
export { headline, isRounding, plural, tally, type CheckedScope, type Headline, type Tally } from './findings/headline';
export { GLOSSARY } from './findings/glossary';
export { josa, particle, type Particle } from './findings/particle';
export type { LinkChoice, Plan, TableInfo, TableKind } from './model/plan';
export { tableHolding } from './model/tableHolding';
export type { Checked } from './rules/coverage';
export type { Left } from './recompute/recompute';
export type { Edit } from './recompute/edit';
export type { DepartmentFacts, FactCell } from './model/departmentFacts';
export {
  achievement,
  judgedYear,
  type Achievement,
  type GoalAchievement,
  type IndicatorAchievement,
} from './recompute/achievement';
export { columnCount, type Align, type Fill, type ReportCell, type ReportTable } from './reports/reportTable';
export { textWidth } from './reports/makeTable';
export { reportIds, type ReportId } from './reports/catalog';
export type { ReportOptions } from './reports';
