import { check, departmentFacts } from '../../../src/engine';
import { a1 } from '../../../src/engine/grid/a1';
import type { Sheet } from '../../../src/engine/grid/sheet';
import { buildWorkbook, variant } from '../../fixtures/build';
import { summarySheet } from '../../fixtures/build/t0';
import { TAX, WELFARE } from '../../fixtures/invented';
import type { PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';
import { summaryOfPlans, type SummaryData } from '../../fixtures/summary';
import { line, severityOf } from './fixtures';

const PLANS: PlanData[] = [SEED, TAX, WELFARE];
const SUMMARY = summaryOfPlans(PLANS);

const at = (f: { ref: { sheet: string; row: number; col: number } }) => `${f.ref.sheet}!${a1(f.ref.row, f.ref.col)}`;
const changed = (edit: (s: SummaryData) => void): SummaryData => {
  const copy = structuredClone(SUMMARY);
  edit(copy);
  return copy;
};

/** Each department as its own file's sheets. */
const departmentFiles: Sheet[][] = PLANS.map((p) => buildWorkbook([p], 'document').sheets);

/** The 총괄표 file checked with the department files, as `perfplan check` does with the facts the workers return. */
const checkTogether = (summary: SummaryData) =>
  check([summarySheet(summary)], { departments: departmentFiles.flatMap((sheets) => departmentFacts(check(sheets).plan)) });

describe('총괄표 rows against their departments (t0.department)', () => {
  it('three department files and their 총괄표 given together: no error, no warning', () => {
    const { findings } = checkTogether(SUMMARY);
    expect(findings.filter((f) => f.severity !== 'info').map(line)).toEqual([]);
  });

  it('one row’s 단위사업수 changed: one t0.department error, at it', () => {
    const units = SUMMARY.rows[1].units as number;
    const { findings } = checkTogether(changed((s) => (s.rows[1].units = units + 1)));
    const errors = severityOf(findings, 'error');
    // 계 on sheet row 6: 세무과 (the second row) is row 8; 단위사업수 is column E.
    expect(errors.map((f) => [f.rule, at(f), f.stated, f.expected])).toEqual([['t0.department', '총괄표!E8', units + 1, units]]);
  });

  it('the same in one workbook holding the 총괄표 and the departments', () => {
    const sheets = [summarySheet(SUMMARY), ...buildWorkbook(PLANS, 'document').sheets];
    const { plan, findings } = check(sheets);
    expect(plan.departments.map((d) => [d.name, d.strategicGoals])).toEqual(PLANS.map((p) => [p.department, 1]));
    expect(findings.filter((f) => f.severity !== 'info').map(line)).toEqual([]);
    const broken = check([
      summarySheet(changed((s) => (s.rows[0].budget = (s.rows[0].budget as number) + 7))),
      ...sheets.slice(1),
    ]);
    expect(severityOf(broken.findings, 'error').map((f) => [f.rule.startsWith('t0.'), at(f)])).toEqual([[true, '총괄표!F7']]);
  });

  it('a row with no department and a department with no row are warnings', () => {
    const renamed = changed((s) => (s.rows[2].name = '문화관광국'));
    const { findings } = checkTogether(renamed);
    expect(findings.filter((f) => f.severity !== 'info').map((f) => [f.severity, f.rule, f.messageId, at(f)])).toEqual([
      ['warning', 't0.department', 'noDepartment', '총괄표!A9'],
      ['warning', 't0.department', 'noRow', '총괄표!A1'],
    ]);
  });

  it('names match whatever their spacing', () => {
    const spaced = changed((s) => (s.rows[0].name = [...SEED.department].join(' ')));
    expect(
      checkTogether(spaced)
        .findings.filter((f) => f.severity !== 'info')
        .map(line),
    ).toEqual([]);
  });

  it('a 전략목표수 is checked against the department’s 전략목표 lines', () => {
    const { findings } = checkTogether(changed((s) => ((s.rows[0].strategic = 2), (s.total.strategic = 4))));
    expect(severityOf(findings, 'error').map((f) => [f.rule, at(f)])).toEqual([['t0.department', '총괄표!B7']]);
  });

  it('without a 전략목표 line the department gives no 전략목표수 to compare', () => {
    const noLine = check(buildWorkbook([variant(TAX, (p) => (p.strategicGoal = ''))], 'document').sheets).plan;
    expect(noLine.departments[0].strategicGoals).toBeUndefined();
  });
});
