import type { Plan, Sheet } from '../../../../src/engine';
import { withRowRemoved } from '../../recompute/sheets';
import { planCase, reports, type RuleCaseTable } from '../ruleTester';

const unit = (n: number) => (plan: Plan) => plan.departments[0].unitProjects[n];
const clean = planCase({ what: 'the seed: 327 ≈ 168 + 158 within rounding' });

/** The sheets with the first 관련 예산사업 내역's 단위사업 row taken out: its 세부사업 move up one row. */
function withoutFirstUnitRow(sheets: Sheet[], plan: Plan): Sheet[] {
  const t5 = plan.tables.find((t) => t.kind === 'T5')!;
  return withRowRemoved(sheets, t5.sheet, plan.departments[0].unitProjects[0].totals[0].ref.row, t5.range.bottom);
}

export const PROJECT_CASES: RuleCaseTable = {
  't5.total': {
    valid: [clean],
    invalid: [
      reports(
        'mismatch',
        planCase({
          what: 'a 단위사업 total off by 10',
          change: (p) => void (p.goals[0].unitProjects[2].totals[1] = (p.goals[0].unitProjects[2].totals[1] as number) + 10),
          at: (p) => unit(2)(p).totals[1].ref,
        }),
      ),
    ],
  },
  't5.count': {
    valid: [clean],
    invalid: [
      reports(
        'mismatch',
        planCase({
          what: '세부사업수 off by one',
          change: (p) => void (p.goals[0].unitProjects[0].detailCount = (p.goals[0].unitProjects[0].detailCount as number) + 1),
          at: (p) => unit(0)(p).detailCount.ref,
        }),
      ),
    ],
  },
  't5.noUnitRow': {
    valid: [clean],
    invalid: [
      reports('noUnitRow', planCase({ what: 'a 관련 예산사업 내역 starting with its 세부사업', sheets: withoutFirstUnitRow })),
    ],
  },
};
