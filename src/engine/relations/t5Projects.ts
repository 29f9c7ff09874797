import type { Message } from '../findings/finding';
import type { UnitProject, YearColumn } from '../model/plan';
import { operand, sumRelation, type Relation } from './relation';

const KIND_EN: Readonly<Record<YearColumn['kind'], string>> = {
  결산: 'settled',
  예산: 'budget',
  추경: 'supplementary budget',
  기타: '',
};

/** `'15예산` / `2015 budget`. */
export const yearColumnLabel = (c: YearColumn): Message => ({
  ko: `'${String(c.year % 100).padStart(2, '0')}${c.kind === '기타' ? '' : c.kind}`,
  en: `${c.year} ${KIND_EN[c.kind]}`.trim(),
});

const COUNT: Message = { ko: '비고(세부사업수)', en: 'number of detailed projects' };

/**
 * 관련 예산사업 내역: the 단위사업 row = Σ its 세부사업 per year column; 세부사업수 = the 세부사업 rows. A table without
 * its 단위사업 row states no total or count: it has none (rules/t5Projects.ts says so).
 */
export function projectRelations(unit: UnitProject): Relation[] {
  if (unit.noUnitRow) return [];
  const relations: Relation[] = unit.columns.flatMap((column, c) => {
    const place = (row: string) => ({ table: 'T5' as const, row, col: yearColumnLabel(column) });
    const total = unit.totals[c];
    const parts = unit.details.map((d) => d.amounts[c]);
    // A unit project without 세부사업 rows has nothing to add up; its 세부사업수 still says so.
    if (!total || parts.length === 0 || parts.some((p) => !p)) return [];
    return [
      sumRelation(
        't5.total',
        operand(total, place(unit.name.text), { amount: true }),
        unit.details.map((d, i) => operand(parts[i], place(d.name.text), { amount: true })),
      ),
    ];
  });
  relations.push({
    rule: 't5.count',
    stated: operand(unit.detailCount, { table: 'T5', row: unit.name.text, col: COUNT }),
    expr: { kind: 'count', value: unit.details.length },
  });
  return relations;
}
