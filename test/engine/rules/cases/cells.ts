import { MEASURED } from '../../../fixtures/measured';
import type { Plan, Sheet } from '../../../../src/engine';
import type { CellRef } from '../../../../src/engine/grid/cellRef';
import type { Cell } from '../../../../src/engine/grid/sheet';
import { variant } from '../../../fixtures/build';
import { INVENTED } from '../../../fixtures/invented';
import { withCells, withMerge } from '../../recompute/sheets';
import { planCase, reports, type RuleCaseTable } from '../ruleTester';

const basicPrev = (p: Plan): CellRef => p.departments[0].budget!.rows.기본경비!.prevBudget.ref;

/** The sheets with the cell `at` names replaced by `cell`. */
const cellAt =
  (at: (p: Plan) => CellRef, cell: Cell) =>
  (sheets: Sheet[], plan: Plan): Sheet[] =>
    withCells(sheets, [{ ref: at(plan), cell }]);

/** 정책사업 예산액 merged over its own 구성비: the 구성비 cell is still there, hidden under the merge. */
function mergedOverShare(sheets: Sheet[], plan: Plan): Sheet[] {
  const policy = plan.departments[0].budget!.rows.정책사업!;
  const { row, col, sheet } = policy.budget.ref;
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
          change: (p) => void (p.budget.기본경비.prevBudget = '미정'),
          at: (p) => p.departments[0].budget!.rows.기본경비!.prevBudget.ref,
        }),
      ),
      reports(
        'errorValue',
        planCase({ what: '#REF! in a budget cell', sheets: cellAt(basicPrev, { value: null, error: '#REF!' }), at: basicPrev }),
      ),
      reports(
        'uncachedFormula',
        planCase({
          what: 'a formula never calculated in a budget cell',
          sheets: cellAt(basicPrev, { value: null, formula: 'C23+C24', uncached: true }),
          at: basicPrev,
        }),
      ),
      reports(
        'notBudgetRow',
        planCase({
          what: 'a 예산현황 row labelled 기타경비',
          sheets: cellAt((p) => p.departments[0].budget!.rows.기본경비!.label.ref, { value: '기타경비' }),
        }),
      ),
      reports(
        'noIndicatorName',
        planCase({
          what: 'the first indicator row of a T4 without its name',
          layouts: ['document'],
          sheets: cellAt((p) => p.departments[0].goals[0].indicators[0].name.ref, { value: null }),
        }),
      ),
      reports(
        'noMeasureName',
        planCase({
          what: 'a 측정 자료 row without its 항목',
          plans: [MEASURED],
          sheets: cellAt((p) => p.measures![0].rows[0].item.ref, { value: null }),
        }),
      ),
      reports(
        'missingColumn',
        planCase({
          what: 'a 예산현황 without its 증감률 heading',
          layouts: ['document'],
          sheets: (sheets, plan) => {
            const t3 = plan.tables.find((t) => t.kind === 'T3')!;
            const rate = plan.departments[0].budget!.rows.계!.rate.ref;
            return withCells(sheets, [{ ref: { sheet: t3.sheet, row: t3.range.top, col: rate.col }, cell: { value: null } }]);
          },
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
