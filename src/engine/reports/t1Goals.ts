import type { Department } from '../model/plan';
import { figureCell, headerCell, textOf } from './cells';
import type { ReportContext } from './context';
import { makeTable } from './makeTable';
import type { ReportTable } from './reportTable';

export const T1_HEADER = ['정책사업목표', '성과 지표수', '단위 사업수', '예산액'];

/** T1 정책사업목표 현황 of one department: one row per goal. */
export function goalsTable(dept: Department, ctx: ReportContext): ReportTable {
  const unit = ctx.plan.tables[dept.t1]?.unit?.name ?? '백만원';
  const body = dept.goals.map((g) => [
    textOf(g.name),
    figureCell(g.indicatorCount, 'count', ctx.formats),
    figureCell(g.unitCount, 'count', ctx.formats),
    figureCell(g.budget, 'amount', ctx.formats),
  ]);
  return makeTable({
    id: 't1',
    title: '< 정책사업목표 현황 >',
    caption: `(단위:개, ${unit})`,
    header: [T1_HEADER.map(headerCell)],
    body,
  });
}
