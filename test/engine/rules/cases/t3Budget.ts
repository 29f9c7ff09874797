import type { Plan } from '../../../../src/engine';
import type { BudgetRowKey } from '../../../../src/engine/model/plan';
import type { BudgetRowData, PlanData } from '../../../fixtures/planData';
import { planCase, reports, type RuleCaseTable } from '../ruleTester';

const bump = (v: number | string, by: number): number => (v as number) + by;
const row = (key: BudgetRowKey) => (plan: Plan) => plan.departments[0].budget!.rows[key]!;
const set = (key: BudgetRowKey, field: keyof BudgetRowData, by: number) => (p: PlanData) =>
  void (p.budget[key][field] = bump(p.budget[key][field], by));

const clean = planCase({ what: 'the seed (14 rounding differences, all consistent)' });

export const BUDGET_CASES: RuleCaseTable = {
  't3.total': {
    valid: [clean],
    invalid: [
      reports(
        'mismatch',
        planCase({ what: '계 off by 10', change: set('계', 'budget', 10), at: (p) => row('계')(p).budget.ref }),
      ),
      reports(
        { messageId: 'consequence', severity: 'info' },
        planCase({
          what: '재무활동 예산액 raised by 5, 계 not: the 계 sum follows from the error the 재무활동 row explains',
          change: set('재무활동', 'budget', 5),
          at: (p) => row('계')(p).budget.ref,
        }),
      ),
    ],
  },
  't3.admin': {
    valid: [clean],
    invalid: [
      reports(
        'culprit',
        planCase({
          what: '인력운영비 off by 10',
          change: set('인력운영비', 'budget', 10),
          at: (p) => row('인력운영비')(p).budget.ref,
        }),
      ),
    ],
  },
  't3.share': {
    valid: [clean, planCase({ what: '정책사업 구성비 86.97, not the naive 87.00' })],
    invalid: [
      reports(
        'mismatch',
        planCase({
          what: '구성비 off by 2 points',
          change: set('정책사업', 'share', 2),
          at: (p) => row('정책사업')(p).share.ref,
        }),
      ),
      reports(
        { messageId: 'roundingOnly', severity: 'info' },
        planCase({
          what: 'the seed: 정책사업 구성비 86.97, the shown figures give 87.00',
          at: (p) => row('정책사업')(p).share.ref,
        }),
      ),
      reports(
        { messageId: 'blank', severity: 'warning' },
        planCase({
          what: '정책사업 구성비 left blank',
          change: (p) => void (p.budget.정책사업.share = ''),
          at: (p) => row('정책사업')(p).share.ref,
        }),
      ),
    ],
  },
  't3.change': {
    valid: [clean],
    invalid: [
      reports(
        'mismatch',
        planCase({
          what: '비교증감 off by 10',
          change: set('행정운영경비', 'change', 10),
          at: (p) => row('행정운영경비')(p).change.ref,
        }),
      ),
    ],
  },
  't3.rate': {
    valid: [clean, planCase({ what: '재무활동 0 → 0 is 0.00 %' })],
    invalid: [
      reports(
        'mismatch',
        planCase({
          what: '증감률 with the wrong sign',
          change: (p) => void (p.budget.정책사업.rate = -(p.budget.정책사업.rate as number)),
          at: (p) => row('정책사업')(p).rate.ref,
        }),
      ),
      reports(
        { messageId: 'notComputable', severity: 'info' },
        planCase({
          what: '재무활동 from 0 to 5: no rate from 0',
          change: (p) => {
            p.budget.재무활동.prevBudget = 0;
            p.budget.재무활동.budget = 5;
          },
          at: (p) => row('재무활동')(p).rate.ref,
        }),
      ),
    ],
  },
};
