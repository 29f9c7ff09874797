import { refA1 } from '../../../src/engine/grid/a1';
import type { Finding } from '../../../src/engine/findings/finding';
import { showNumber } from '../../../src/engine/interval/shown';
import type { BudgetRow, BudgetRowKey, Plan } from '../../../src/engine/model/plan';
import { runRules } from '../../../src/engine/rules';
import { refKey } from '../../../src/engine/relations/relation';
import type { BudgetRowData, Fig } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';
import { budgetPlan } from './cells';
import { SEED_BUDGET_NAIVE_DIFFERENCES } from './fixtures';

type Col = keyof Omit<BudgetRow, 'label'>;
const cellOf = (plan: Plan, row: BudgetRowKey, col: Col) => plan.departments[0].budget!.rows[row]![col].ref;
const bySeverity = (fs: Finding[], s: Finding['severity']) => fs.filter((f) => f.severity === s);

/** SEED's 예산현황 with one figure changed. */
function changed(row: BudgetRowKey, col: Col, to: (was: number) => Fig): Record<BudgetRowKey, BudgetRowData> {
  const rows = structuredClone(SEED.budget);
  rows[row][col] = to(rows[row][col] as number);
  return rows;
}

describe('예산현황 on the seed', () => {
  const plan = budgetPlan(SEED.budget);
  const findings = runRules(plan);

  it('has no error and no warning', () => {
    expect(bySeverity(findings, 'error')).toEqual([]);
    expect(bySeverity(findings, 'warning')).toEqual([]);
  });

  it.each(SEED_BUDGET_NAIVE_DIFFERENCES)('reports %s %s as exactly one rounding info', (row, col) => {
    const infos = findings.filter((f) => refKey(f.ref) === refKey(cellOf(plan, row, col)));
    expect(infos.map((f) => [f.severity, f.rule.startsWith('t3.'), f.messageId])).toEqual([['info', true, 'roundingOnly']]);
  });
  it('reports nothing else', () => expect(findings).toHaveLength(SEED_BUDGET_NAIVE_DIFFERENCES.length));
});

describe('예산현황 errors: one typo, one error', () => {
  const CASES: Array<{ what: string; row: BudgetRowKey; col: Col; to: (was: number) => Fig; rule: string }> = [
    { what: '구성비 off by 2 points', row: '정책사업', col: 'share', to: (v) => v + 2, rule: 't3.share' },
    { what: '계 off by 10', row: '계', col: 'budget', to: (v) => v + 10, rule: 't3.total' },
    { what: '전년도 계 off by 10', row: '계', col: 'prevBudget', to: (v) => v - 10, rule: 't3.total' },
    {
      what: '인력운영비 so 행정운영경비 no longer adds up',
      row: '인력운영비',
      col: 'budget',
      to: (v) => v + 10,
      rule: 't3.admin',
    },
    { what: '증감률 with the wrong sign', row: '계', col: 'rate', to: (v) => -v, rule: 't3.rate' },
    { what: '비교증감 wrong', row: '정책사업', col: 'change', to: (v) => v - 10, rule: 't3.change' },
    { what: 'a word in a budget cell', row: '기본경비', col: 'budget', to: () => '미정', rule: 'cell.unread' },
  ];
  it.each(CASES)('$what: one error at the changed cell ($rule)', ({ row, col, to, rule }) => {
    const plan = budgetPlan(changed(row, col, to));
    const findings = runRules(plan);
    const errors = bySeverity(findings, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].rule).toBe(rule);
    expect(refKey(errors[0].ref)).toBe(refKey(cellOf(plan, row, col)));
    expect(errors[0].cells.map(refKey)).toContain(refKey(cellOf(plan, row, col)));
    expect(bySeverity(findings, 'warning')).toEqual([]);
  });

  it('says the other relations a wrong 계 breaks follow from it', () => {
    const plan = budgetPlan(changed('계', 'budget', (v) => v + 10));
    const findings = runRules(plan);
    const consequences = findings.filter((f) => f.messageId === 'consequence');
    // The 계 sum, three 구성비 and 비교증감 and 증감률 of the 계 row, each checked against 1,733.
    expect(consequences.map((f) => f.rule).sort()).toEqual(['t3.change', 't3.rate', 't3.share', 't3.share', 't3.share']);
    expect(consequences.map((f) => [f.severity, f.cause && refKey(f.cause)])).toEqual(
      consequences.map(() => ['info', refKey(cellOf(plan, '계', 'budget'))]),
    );
  });

  it('names the table, the relation with its cells, the computed value and interval, and the stated figure in both languages', () => {
    const [error] = bySeverity(runRules(budgetPlan(changed('정책사업', 'share', () => 88.97))), 'error');
    const [lo, hi] = error.interval!.map((x) => showNumber(x, 2));
    const expected = showNumber(error.expected!, 2);
    const [share, amount, total] = error.cells.map((c) => refA1(c));
    expect(error.message.ko).toBe(
      `예산현황: 정책사업 구성비 ${share} = 정책사업 예산액 ${amount} / 계 예산액 ${total} × 100 = ${expected} (${lo}~${hi}), 표기 88.97`,
    );
    expect(error.message.en).toBe(
      `Budget table: 정책사업 share ${share} = 정책사업 budget ${amount} / 계 budget ${total} × 100 = ${expected} (${lo}–${hi}), stated 88.97`,
    );
    expect(error.stated).toBe(88.97);
    expect(error.interval![0]).toBeLessThan(error.expected!);
  });
});
