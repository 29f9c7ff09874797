import { check } from '../../../src/engine';
import { refKey } from '../../../src/engine/relations/relation';
import type { BudgetRowKey } from '../../../src/engine/model/plan';
import { buildWorkbook, variant, type Layout } from '../../fixtures/build';
import type { PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';

/** The 예산현황 amount cell of a row, and the keys of the cells the check calls errors. */
function checked(plan: PlanData, layout: Layout) {
  const { plan: read, findings } = check(buildWorkbook([plan], layout).sheets);
  const amount = (key: BudgetRowKey) => refKey(read.departments[0].budget!.rows[key]!.budget.ref);
  const bySeverity = (severity: string) => findings.filter((f) => f.severity === severity).map((f) => refKey(f.ref));
  return { amount, errors: bySeverity('error'), warnings: bySeverity('warning') };
}

describe.each<Layout>(['document', 'byKind'])('one error per typo, beside blanks and other typos (%s)', (layout) => {
  test('a typo in 인력운영비 beside a blank 행정운영경비: the typo is the one error, the blank only a warning', () => {
    const plan = variant(SEED, (p) => {
      p.budget['인력운영비'].budget = (p.budget['인력운영비'].budget as number) + 100;
      p.budget['행정운영경비'].budget = '';
    });
    const { amount, errors, warnings } = checked(plan, layout);
    expect(errors).toEqual([amount('인력운영비')]);
    expect(warnings).toContain(amount('행정운영경비'));
  });

  test('typos in 인력운영비 and 기본경비: two errors, and 행정운영경비 (broken only through both) is their effect', () => {
    const plan = variant(SEED, (p) => {
      p.budget['인력운영비'].budget = (p.budget['인력운영비'].budget as number) + 100;
      p.budget['기본경비'].budget = (p.budget['기본경비'].budget as number) + 100;
    });
    const { amount, errors } = checked(plan, layout);
    expect(errors.sort()).toEqual([amount('인력운영비'), amount('기본경비')].sort());
  });
});
