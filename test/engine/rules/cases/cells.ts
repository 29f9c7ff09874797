import type { Plan, Sheet } from '../../../../src/engine';
import { variant } from '../../../fixtures/build';
import { INVENTED } from '../../../fixtures/invented';
import { withMerge } from '../../recompute/sheets';
import { planCase, reports, type RuleCaseTable } from '../ruleTester';

/** 정책사업 예산액 merged over its own 구성비: the 구성비 cell is still there, hidden under the merge. */
function mergedOverShare(sheets: Sheet[], plan: Plan): Sheet[] {
  const policy = plan.departments[0].budget!.rows.정책사업!;
  const { row, col, sheet } = policy.amount.ref;
  return withMerge(sheets, sheet, { top: row, bottom: row, left: col, right: policy.share.ref.col });
}

const renamed = (name: string) =>
  variant(INVENTED[1], (p) => {
    p.department = name;
    p.staffing.rows[0].name = name;
  });

export const CELL_CASES: RuleCaseTable = {
  'cell.unread': {
    valid: [planCase({ what: 'the seed' }), planCase({ what: '△81 as text', change: (p) => void (p.budget.계.change = '△81') })],
    invalid: [
      reports(
        'notNumber',
        planCase({
          what: 'a word in a budget cell',
          change: (p) => void (p.budget.기본경비.prevAmount = '미정'),
          at: (p) => p.departments[0].budget!.rows.기본경비!.prevAmount.ref,
        }),
      ),
    ],
  },
  'cell.merged': {
    valid: [planCase({ what: 'the seed' })],
    invalid: [
      reports(
        'hiddenInMerge',
        planCase({
          what: 'a 구성비 under the merge of its 예산액',
          layouts: ['document'],
          sheets: mergedOverShare,
          at: (p) => p.departments[0].budget!.rows.정책사업!.share.ref,
        }),
      ),
    ],
  },
  'plan.duplicateDepartment': {
    valid: [planCase({ what: 'two departments, two names', plans: INVENTED })],
    invalid: [
      reports(
        'sameName',
        planCase({ what: 'two departments with one name', plans: [INVENTED[0], renamed(INVENTED[0].department)] }),
      ),
    ],
  },
};
