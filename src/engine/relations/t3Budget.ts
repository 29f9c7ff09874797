import type { Message } from '../findings/finding';
import type { BudgetRow, BudgetRowKey, Department } from '../model/plan';
import { operand, sumRelation, type Operand, type Relation } from './relation';

type Column = 'budget' | 'share' | 'prevBudget' | 'prevShare' | 'change' | 'rate';

const COLUMNS: Readonly<Record<Column, Message>> = {
  budget: { ko: '예산액', en: 'budget' },
  share: { ko: '구성비', en: 'share' },
  prevBudget: { ko: '전년도예산액', en: 'previous-year budget' },
  prevShare: { ko: '전년도 구성비', en: 'previous-year share' },
  change: { ko: '비교증감', en: 'change' },
  rate: { ko: '증감률', en: 'rate of change' },
};

/** The two years: each 예산액 column with the 구성비 column computed from it. */
const YEARS = [
  { budget: 'budget', share: 'share' },
  { budget: 'prevBudget', share: 'prevShare' },
] as const;

const at = (key: BudgetRowKey, row: BudgetRow, col: Column): Operand =>
  operand(
    row[col],
    { table: 'T3', row: key, col: COLUMNS[col] },
    { amount: col !== 'share' && col !== 'prevShare' && col !== 'rate' },
  );

/**
 * 예산현황: 계 = 정책사업 + 행정운영경비 + 재무활동 and 행정운영경비 = 인력운영비 + 기본경비 (both years);
 * 구성비 = amount / 계 × 100 (both years); 비교증감 = 예산액 − 전년도예산액;
 * 증감률 = (예산액 − 전년도예산액) / 전년도예산액 × 100, from the amounts so a wrong 비교증감 stays one error.
 */
export function budgetRelations(dept: Pick<Department, 'budget'>): Relation[] {
  const rows = dept.budget?.rows ?? {};
  const present = (Object.keys(rows) as BudgetRowKey[]).map((key) => ({ key, row: rows[key]! }));
  const relations: Relation[] = [];
  const total = rows['계'];
  const admin = rows['행정운영경비'];
  for (const y of YEARS) {
    const parts = (keys: BudgetRowKey[]) => keys.filter((k) => rows[k]).map((k) => at(k, rows[k]!, y.budget));
    if (total)
      relations.push(sumRelation('t3.total', at('계', total, y.budget), parts(['정책사업', '행정운영경비', '재무활동'])));
    if (admin && rows['인력운영비'] && rows['기본경비'])
      relations.push(sumRelation('t3.admin', at('행정운영경비', admin, y.budget), parts(['인력운영비', '기본경비'])));
    if (total)
      for (const { key, row } of present)
        relations.push({
          rule: 't3.share',
          stated: at(key, row, y.share),
          expr: {
            kind: 'percent',
            num: [{ at: at(key, row, y.budget), coef: 1 }],
            den: [{ at: at('계', total, y.budget), coef: 1 }],
          },
        });
  }
  for (const { key, row } of present) {
    const now = { at: at(key, row, 'budget'), coef: 1 };
    const before = (coef: number) => ({ at: at(key, row, 'prevBudget'), coef });
    relations.push({ rule: 't3.change', stated: at(key, row, 'change'), expr: { kind: 'sum', terms: [now, before(-1)] } });
    relations.push({
      rule: 't3.rate',
      stated: at(key, row, 'rate'),
      expr: { kind: 'percent', num: [now, before(-1)], den: [before(1)] },
    });
  }
  return relations;
}
