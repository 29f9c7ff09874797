import { BUDGET_ROW_KEYS, type Department } from '../model/plan';
import { blankCell, figureCell, headerCell, labelCell, textCell } from './cells';
import type { ReportContext } from './context';
import { makeTable, span } from './makeTable';
import type { ReportTable } from './reportTable';

/** T3 예산현황: 구성비 under 예산액 and under 전년도예산액; rows 계 … 재무활동 in the documents' order. */
export function budgetTable(dept: Department, ctx: ReportContext): ReportTable | undefined {
  const budget = dept.budget;
  if (!budget) return undefined;
  const unit = ctx.plan.tables[budget.table]?.unit?.name ?? '백만원';
  const h = headerCell;
  const header = [
    [h('구분'), h('예산액'), h(null), h('전년도예산액'), h(null), h('비교증감'), h('증감률')],
    [h(null), h(null), h('구성비'), h(null), h('구성비'), h(null), h(null)],
  ];
  const body = BUDGET_ROW_KEYS.map((key) => {
    const row = budget.rows[key];
    const total = key === '계' ? { fill: 'total' as const } : {};
    const label = key === '계' ? labelCell(key) : textCell(row?.label.text ?? key);
    if (!row) return [label, ...Array<typeof blankCell>(6).fill(blankCell)];
    return [
      label,
      figureCell(row.budget, 'amount', ctx.formats, total),
      figureCell(row.share, 'ratio', ctx.formats, total),
      figureCell(row.prevBudget, 'amount', ctx.formats, total),
      figureCell(row.prevShare, 'ratio', ctx.formats, total),
      figureCell(row.change, 'amount', ctx.formats, total),
      figureCell(row.rate, 'ratio', ctx.formats, total),
    ];
  });
  const merges = [span(0, 0, 2, 1), span(0, 1, 1, 2), span(0, 3, 1, 2), span(0, 5, 2, 1), span(0, 6, 2, 1)];
  return makeTable({ id: 't3', title: '< 예산현황 >', caption: `(단위: ${unit}, %)`, header, body, merges });
}
