import type { RuleCaseTable } from '../ruleTester';
import { BUDGET_CASES } from './budgetT3';
import { CELL_CASES } from './cells';
import { FUNDING_CASES } from './fundingT6';
import { GOAL_CASES } from './goalsT1';
import { INDICATOR_CASES } from './indicatorsT4';
import { PROJECT_CASES } from './projectsT5';
import { RUN_CASES } from './run';
import { STAFF_CASES } from './staffingT2';
import { SUMMARY_CASES } from './summaryT0';

/** Every rule's valid and invalid cases, by rule id; ruleCases.test.ts checks that no rule of the registry lacks them. */
export const CASES: RuleCaseTable = {
  ...SUMMARY_CASES,
  ...GOAL_CASES,
  ...STAFF_CASES,
  ...BUDGET_CASES,
  ...INDICATOR_CASES,
  ...PROJECT_CASES,
  ...FUNDING_CASES,
  ...CELL_CASES,
  ...RUN_CASES,
};
