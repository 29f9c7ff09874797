import { refA1 } from '../grid/a1';
import { josa } from '../findings/particle';
import type { Finding, Message } from '../findings/finding';
import type { RuleMessages } from '../findings/ruleRegistry';
import { TABLE_NAMES } from './messages';
import type { TextCell, UnitProject, YearColumn } from '../model/plan';
import { operand, sumRelation, type Checks, type Relation } from './relation';

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

const NO_UNIT_ROW_MESSAGES = {
  noUnitRow: (unit: UnitProject, first: TextCell): Message => {
    const name = TABLE_NAMES.T5;
    const at = `${first.ref.sheet}!${refA1(first.ref)}`;
    return {
      ko: `${name.ko} (단위사업 ${unit.name.text}): 첫 행 ${josa(`'${first.text}'(${at})`, '은/는')} 단위사업 행이 아닙니다. 단위사업 행(합계와 세부사업수)을 첫 행으로 넣으세요. 이 표의 합계는 확인하거나 다시 계산하지 않았습니다`,
      en: `${name.en} (unit project ${unit.name.text}): the first row '${first.text}' (${at}) is not the unit project's row. Add the unit project's row (totals and number of detailed projects) first; this table's totals were neither checked nor recomputed`,
    };
  },
} as const satisfies RuleMessages<'t5.noUnitRow'>;

/**
 * A table without its 단위사업 row: nothing states a total or a count to check, and recompute must write nothing
 * into its 세부사업. A warning, as for a blank derived cell: the figures may all be right, the row is missing.
 */
function noUnitRow(unit: UnitProject): Finding {
  const first = unit.details[0]?.name ?? unit.name;
  return {
    severity: 'warning',
    rule: 't5.noUnitRow',
    messageId: 'noUnitRow',
    ref: first.ref,
    cells: [first.ref],
    message: NO_UNIT_ROW_MESSAGES.noUnitRow(unit, first),
  };
}

/** 관련 예산사업 내역: the 단위사업 row = Σ its 세부사업 per year column; 세부사업수 = the 세부사업 rows. */
export function projectChecks(unit: UnitProject): Checks {
  if (unit.noUnitRow) return { relations: [], findings: [noUnitRow(unit)] };
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
  return { relations, findings: [] };
}
