import { check, departmentFacts } from '../../../../src/engine';
import { buildWorkbook } from '../../../fixtures/build';
import { summarySheet } from '../../../fixtures/build/t0';
import { TAX, WELFARE } from '../../../fixtures/invented';
import { SEED } from '../../../fixtures/seed';
import { CITY_SUMMARY, summaryOfPlans, type SummaryData } from '../../../fixtures/summary';
import { sheetsCase, reports, type RuleCaseTable } from '../ruleTester';

const PLANS = [SEED, TAX, WELFARE];

/** A fixture 총괄표 with one change, as a fresh copy. */
const changed = (summary: SummaryData, edit: (s: SummaryData) => void): SummaryData => {
  const copy = structuredClone(summary);
  edit(copy);
  return copy;
};

/** A 총괄표 file checked together with its departments' files, as `perfplan check <folder>` does. */
const withDepartments = (summary: SummaryData) => ({
  sheets: () => [summarySheet(summary)],
  options: { departments: PLANS.flatMap((p) => departmentFacts(check(buildWorkbook([p], 'document').sheets).plan)) },
});

/** The third 실국 row renamed: a row with no department here, and that department without a row. */
const renamedRow = withDepartments(changed(summaryOfPlans(PLANS), (s) => void (s.rows[2].name = '문화관광국')));

const clean = sheetsCase({
  what: 'a 총괄표 printed from 천원 (1-off 비교증감 both ways)',
  sheets: () => [summarySheet(CITY_SUMMARY)],
});

export const SUMMARY_CASES: RuleCaseTable = {
  't0.total': {
    valid: [clean],
    invalid: [
      reports(
        'mismatch',
        sheetsCase({
          what: 'the 계 단위사업수 off by 3',
          sheets: () => [summarySheet(changed(CITY_SUMMARY, (s) => void (s.total.units = (s.total.units as number) + 3)))],
          at: '총괄표!E6',
        }),
      ),
    ],
  },
  't0.change': {
    valid: [clean],
    invalid: [
      reports(
        'mismatch',
        sheetsCase({
          what: 'one 비교증감 off by 10',
          sheets: () => [summarySheet(changed(CITY_SUMMARY, (s) => void (s.rows[1].change = (s.rows[1].change as number) + 10)))],
          at: '총괄표!H8',
        }),
      ),
    ],
  },
  't0.count': {
    valid: [clean],
    invalid: [
      reports(
        'notWhole',
        sheetsCase({
          what: 'a 전략목표수 of 1.5',
          sheets: () => [
            summarySheet(changed(CITY_SUMMARY, (s) => void ((s.rows[2].strategic = 1.5), (s.total.strategic = 8.5)))),
          ],
          at: '총괄표!B9',
        }),
      ),
    ],
  },
  't0.department': {
    valid: [sheetsCase({ what: 'three departments and their 총괄표', ...withDepartments(summaryOfPlans(PLANS)) })],
    invalid: [
      reports(
        'mismatch',
        sheetsCase({
          what: 'one row’s 단위사업수 changed',
          ...withDepartments(changed(summaryOfPlans(PLANS), (s) => void (s.rows[1].units = (s.rows[1].units as number) + 1))),
          at: '총괄표!E8',
        }),
      ),
      reports(
        { messageId: 'noDepartment', severity: 'warning' },
        sheetsCase({ what: 'a row naming no department here', ...renamedRow, at: '총괄표!A9' }),
      ),
      reports({ messageId: 'noRow', severity: 'warning' }, sheetsCase({ what: 'a department without its row', ...renamedRow })),
    ],
  },
};
