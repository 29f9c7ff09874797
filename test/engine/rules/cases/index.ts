import type { RuleCaseTable } from '../ruleTester';
import { BUDGET_CASES } from './t3Budget';
import { CELL_CASES } from './cells';
import { FUNDING_CASES } from './t6Overview';
import { GOAL_CASES } from './t1Goals';
import { INDICATOR_CASES } from './t4Indicators';
import { PROJECT_CASES } from './t5Projects';
import { RUN_CASES } from './run';
import { STAFF_CASES } from './t2Staffing';
import { ACTUAL_CASES } from './t4Actual';
import { SUMMARY_CASES } from './t0Summary';

/** Every rule's valid and invalid cases, by rule id; ruleCases.test.ts checks that no rule of the registry lacks them. */
export const CASES: RuleCaseTable = {
  ...SUMMARY_CASES,
  ...GOAL_CASES,
  ...STAFF_CASES,
  ...BUDGET_CASES,
  ...INDICATOR_CASES,
  ...ACTUAL_CASES,
  ...PROJECT_CASES,
  ...FUNDING_CASES,
  ...CELL_CASES,
  ...RUN_CASES,
};
