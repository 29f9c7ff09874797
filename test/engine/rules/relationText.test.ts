import { check } from '../../../src/engine';
import { refA1 } from '../../../src/engine/grid/a1';
import type { Finding } from '../../../src/engine/findings/finding';
import { buildWorkbook, variant } from '../../fixtures/build';
import type { PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';

const errorOf = (plan: PlanData): Finding => {
  const errors = check(buildWorkbook([plan], 'document').sheets).findings.filter((f) => f.severity === 'error');
  expect(errors).toHaveLength(1);
  return errors[0];
};

describe('an error says the relation in the user’s words with its cells', () => {
  it('정원 계 = 4급이상 + 5급 + 6급이하, the department once in front', () => {
    const error = errorOf(variant(SEED, (p) => void (p.staffing.rows[0].quota = 18)));
    const [quota, g4, g5, g6] = error.cells.map(refA1);
    expect(error.rule).toBe('t2.quota');
    expect(error.message.ko).toBe(
      `조직 및 인력현황 ${SEED.staffing.rows[0].name}: 정원 계 ${quota} = 4급이상 ${g4} + 5급 ${g5} + 6급이하 ${g6} = 17, 표기 18`,
    );
    expect(error.message.en).toMatch(new RegExp(`^Staffing table .*: authorised total ${quota} = grade 4 .* = 17, stated 18$`));
  });

  it('a difference shows its minus sign: 비교증감 = 예산액 − 전년도예산액', () => {
    const error = errorOf(variant(SEED, (p) => void (p.budget.계.change = 99)));
    const [change, amount, previous] = error.cells.map(refA1);
    expect(error.rule).toBe('t3.change');
    expect(error.message.ko).toMatch(
      new RegExp(`^예산현황 계: 비교증감 ${change} = 예산액 ${amount} − 전년도예산액 ${previous} = `),
    );
  });

  it('a wrong input says it is the one input to check', () => {
    const error = errorOf(variant(SEED, (p) => void (p.budget['인력운영비'].budget = 500)));
    expect(error.message.ko).toContain('입력값을 확인하세요');
    expect(error.message.en).toContain('check this input');
  });
});
