import { shortYear } from '../grid/years';
import type { Goal, Indicator } from '../model/plan';
import { figureCell, headerCell, textCell, textOf } from './cells';
import type { ReportContext } from './context';
import { makeTable, span } from './makeTable';
import type { ReportCell, ReportTable } from './reportTable';

export { shortYear } from '../grid/years';

/** The goal's year columns: every year any indicator has, in order. */
const yearsOf = (goal: Goal): number[] => [...new Set(goal.indicators.flatMap((i) => i.years))].sort((a, b) => a - b);

/**
 * T4 성과지표별 목표치 설정 of one goal: 실적 및 목표치 over 구분 and the years; two rows per indicator (목표, then
 * 실적) with its name, type, weight, 측정산식 and 출처 merged over both.
 */
export function indicatorsTable(goal: Goal, ctx: ReportContext): ReportTable {
  const years = yearsOf(goal);
  const last = 4 + years.length; // 측정산식; 출처 follows it
  const h = headerCell;
  const header = [
    [
      h('성과지표(단위)'),
      h('지표 유형'),
      h('가중치'),
      h('실적 및 목표치'),
      ...years.map(() => h(null)),
      h('측정산식 또는 측정방법'),
      h('자료수집 방법/출처'),
    ],
    [h(null), h(null), h(null), h('구분'), ...years.map((y) => h(shortYear(y))), h(null), h(null)],
  ];
  const merges = [
    span(0, 0, 2, 1),
    span(0, 1, 2, 1),
    span(0, 2, 2, 1),
    span(0, 3, 1, 1 + years.length),
    span(0, last, 2, 1),
    span(0, last + 1, 2, 1),
  ];
  const byYear = (ind: Indicator, cells: Indicator['targets']): ReportCell[] =>
    years.map((y) => figureCell(cells[ind.years.indexOf(y)], 'measure', ctx.formats));
  const body = goal.indicators.flatMap((ind, i) => {
    const top = 2 + 2 * i;
    merges.push(...[0, 1, 2, last, last + 1].map((c) => span(top, c, 2, 1)));
    const covered = textCell(undefined);
    return [
      [
        textOf(ind.name, { wrap: true }),
        textOf(ind.type, { align: 'center' }),
        figureCell(ind.weight, 'count', ctx.formats, { align: 'center' }),
        textCell('목표', { align: 'center' }),
        ...byYear(ind, ind.targets),
        textOf(ind.formula, { wrap: true }),
        textOf(ind.source, { wrap: true }),
      ],
      [covered, covered, covered, textCell('실적', { align: 'center' }), ...byYear(ind, ind.actuals), covered, covered],
    ];
  });
  return makeTable({
    id: 't4',
    title: '< 성과지표별 목표치 설정 >',
    subject: `정책사업목표: ${goal.name.text}`,
    header,
    body,
    merges,
  });
}
