import type { Finding, Message } from '../findings/finding';
import type { RuleMessages } from '../findings/ruleRegistry';
import type { DepartmentFacts } from '../model/departmentFacts';
import type { Plan, Summary, SummaryRow } from '../model/plan';
import { TABLE_NAMES } from '../model/tableNames';
import { matchSummaryRows } from '../relations/t0Departments';
import type { Checks } from './coverage';
import { tableAt } from './tableAt';

/** `t0.department`'s own messages; its relations say the relation messages. */
const DEPARTMENT_MESSAGES = {
  noDepartment: (row: SummaryRow): Message => ({
    ko: `${TABLE_NAMES.T0.ko} ${row.name.text}: 이 실국의 표(정책사업목표 현황)를 찾지 못해 대조하지 않았습니다`,
    en: `${TABLE_NAMES.T0.en} ${row.name.text}: no tables of this department were found, so the row was not compared`,
  }),
  noRow: (department: string): Message => ({
    ko: `${TABLE_NAMES.T0.ko}: ${department}의 행이 없습니다`,
    en: `${TABLE_NAMES.T0.en}: no row for ${department}`,
  }),
} as const satisfies RuleMessages<'t0.department'>;

const noDepartment = (row: SummaryRow): Finding => ({
  severity: 'warning',
  rule: 't0.department',
  messageId: 'noDepartment',
  ref: row.name.ref,
  cells: [row.name.ref],
  message: DEPARTMENT_MESSAGES.noDepartment(row),
});

const noRow = (facts: DepartmentFacts, plan: Plan, summary: Summary): Finding => {
  const ref = tableAt(plan.tables[summary.table]);
  return {
    severity: 'warning',
    rule: 't0.department',
    messageId: 'noRow',
    ref,
    cells: [ref, facts.at],
    message: DEPARTMENT_MESSAGES.noRow(facts.name),
  };
};

/**
 * 총괄표 rows against departments beyond their relations (relations/t0Departments.ts): a row with no department and a
 * department with no row are warnings. Nothing to compare when no department is at hand.
 */
export function summaryDepartmentChecks(plan: Plan, departments: ReadonlyArray<DepartmentFacts>): Checks {
  const findings = matchSummaryRows(plan, departments).flatMap(({ summary, rows, unnamed }) => [
    ...rows.flatMap(({ row, facts }) => (facts ? [] : [noDepartment(row)])),
    ...unnamed.map((d) => noRow(d, plan, summary)),
  ]);
  return { findings };
}
