import type { Finding } from '../findings/finding';
import type { DepartmentFacts } from '../model/departmentFacts';
import type { Plan, Summary, SummaryRow } from '../model/plan';
import { TABLE_NAMES } from '../model/tableNames';
import { matchSummaryRows } from '../relations/t0Departments';
import type { Checks } from './coverage';
import { tableAt } from './tableAt';

const noDepartment = (row: SummaryRow): Finding => ({
  severity: 'warning',
  rule: 't0.department',
  ref: row.name.ref,
  cells: [row.name.ref],
  message: {
    ko: `${TABLE_NAMES.T0.ko} ${row.name.text}: 이 실국의 표(정책사업목표 현황)를 찾지 못해 대조하지 않았습니다`,
    en: `${TABLE_NAMES.T0.en} ${row.name.text}: no tables of this department were found, so the row was not compared`,
  },
});

const noRow = (facts: DepartmentFacts, plan: Plan, summary: Summary): Finding => {
  const ref = tableAt(plan.tables[summary.table]);
  return {
    severity: 'warning',
    rule: 't0.department',
    ref,
    cells: [ref, facts.at],
    message: {
      ko: `${TABLE_NAMES.T0.ko}: ${facts.name}의 행이 없습니다`,
      en: `${TABLE_NAMES.T0.en}: no row for ${facts.name}`,
    },
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
