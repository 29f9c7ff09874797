import type { Finding, Message } from '../findings/finding';
import type { RuleMessages } from '../findings/ruleRegistry';
import type { NumCell, Summary, SummaryRow } from '../model/plan';
import { figure, placeText, say } from './messages';
import { operand, sumRelation, type Checks, type Operand, type Place, type Relation } from './relation';

export type SummaryColumn = 'strategic' | 'goals' | 'indicators' | 'units' | 'budget' | 'prevBudget' | 'change';

export const SUMMARY_COLUMNS: Readonly<Record<SummaryColumn, Message>> = {
  strategic: { ko: '전략목표수', en: 'strategic goals' },
  goals: { ko: '정책사업목표 개수', en: 'policy objectives' },
  indicators: { ko: '정책사업목표 지표수', en: 'indicators' },
  units: { ko: '단위사업수', en: 'unit projects' },
  budget: { ko: '예산액', en: 'budget' },
  prevBudget: { ko: '전년도예산액', en: 'previous-year budget' },
  change: { ko: '비교증감', en: 'change' },
};

/** The count columns: whole numbers of 개. */
export const COUNT_COLUMNS: ReadonlyArray<SummaryColumn> = ['strategic', 'goals', 'indicators', 'units'];

export const summaryPlace = (row: SummaryRow, col: SummaryColumn): Place => ({
  table: 'T0',
  row: row.name.text,
  col: SUMMARY_COLUMNS[col],
});

export const summaryOperand = (row: SummaryRow, col: SummaryColumn): Operand =>
  operand(row[col], summaryPlace(row, col), { amount: !COUNT_COLUMNS.includes(col) });

const COUNT_MESSAGES = {
  notWhole: (place: Place, v: number): Message =>
    say(
      placeText(place),
      `${figure(v, 2)}: 개수는 0 이상의 정수여야 합니다`,
      `${figure(v, 2)}: a count must be a whole number, 0 or more`,
    ),
} as const satisfies RuleMessages<'t0.count'>;

/** A count that is not a whole number of 개 (2.5, △1): said once per cell, with no arithmetic to judge. */
function notWhole(row: SummaryRow, col: SummaryColumn): Finding[] {
  const cell: NumCell = row[col];
  const v = cell.value;
  if (v === null || (Number.isInteger(v) && v >= 0)) return [];
  return [
    {
      severity: 'error',
      rule: 't0.count',
      messageId: 'notWhole',
      ref: cell.ref,
      cells: [cell.ref],
      message: COUNT_MESSAGES.notWhole(summaryPlace(row, col), v),
      stated: v,
    },
  ];
}

/**
 * 성과계획 총괄표: the 계 row = Σ 실국 rows for every column (`t0.total`); 비교증감 = 예산액 − 전년도예산액 on every
 * row (`t0.change`), judged by the interval rule since each 백만원 figure is rounded from 천원 on its own (a printed
 * 비교증감 1 off the difference is rounding); counts are whole numbers (`t0.count`).
 */
export function summaryChecks(summary: Summary): Checks {
  const { total, rows } = summary;
  const all = total ? [total, ...rows] : rows;
  const relations: Relation[] = [];
  // A column left blank throughout (no 전략목표 in a 구청's plan) is a column the table does not use: nothing to sum.
  const used = (col: SummaryColumn) => all.some((r) => r[col].reading.kind !== 'blank');
  if (total && rows.length > 0)
    for (const col of (Object.keys(SUMMARY_COLUMNS) as SummaryColumn[]).filter(used))
      relations.push(
        sumRelation(
          't0.total',
          summaryOperand(total, col),
          rows.map((r) => summaryOperand(r, col)),
        ),
      );
  for (const row of all)
    relations.push({
      rule: 't0.change',
      stated: summaryOperand(row, 'change'),
      expr: {
        kind: 'sum',
        terms: [
          { at: summaryOperand(row, 'budget'), coef: 1 },
          { at: summaryOperand(row, 'prevBudget'), coef: -1 },
        ],
      },
    });
  return { relations, findings: all.flatMap((row) => COUNT_COLUMNS.flatMap((col) => notWhole(row, col))) };
}
