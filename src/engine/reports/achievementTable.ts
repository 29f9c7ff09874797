import { excelRound } from '../interval/round';
import type { Department } from '../model/plan';
import { achievement, judgedYear } from '../recompute/achievement';
import { headerCell, numberCell, textCell } from './cells';
import type { ReportContext } from './context';
import { REPORT_NAMES } from './catalog';
import { shortYear } from './t4Indicators';
import { makeTable, span } from './makeTable';
import type { ReportCell, ReportTable } from './reportTable';
import { titled, wordsIn } from './words';

const ratio = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : excelRound(v, 2));

/**
 * 성과지표 달성도 현황 of one department: per goal and indicator, for the latest year with 실적, 목표, 실적,
 * 달성률 (실적/목표×100, or 목표/실적×100 when lower is better), 가중치, and the goal's 달성도 = Σ 가중치 × 달성률 / 100.
 */
export function achievementTable(
  dept: Department,
  ctx: ReportContext,
  goalIndexes: ReadonlyArray<number>,
): ReportTable | undefined {
  const goals = achievement({ tables: ctx.plan.tables, departments: [dept] }).filter((_, i) => goalIndexes.includes(i));
  if (goals.every((g) => g.indicators.length === 0)) return undefined;
  const w = wordsIn(ctx.lang);
  const header = [
    [w('goal'), w('year'), w('indicator'), w('direction'), w('weight'), w('target'), w('actual'), w('rate'), w('score')].map(
      headerCell,
    ),
  ];
  const merges = [];
  const body: ReportCell[][] = [];
  for (const goal of goals.filter((g) => g.indicators.length > 0)) {
    const year = judgedYear(goal);
    const score = goal.years.find((y) => y.year === year)?.score;
    const top = header.length + body.length;
    if (goal.indicators.length > 1) merges.push(...[0, 1, 8].map((c) => span(top, c, goal.indicators.length, 1)));
    goal.indicators.forEach((ind, i) => {
      const at = ind.years.find((y) => y.year === year);
      const first = i === 0;
      body.push([
        textCell(first ? goal.goal : undefined, { wrap: true }),
        textCell(first && year !== undefined ? shortYear(year) : undefined, { align: 'center' }),
        textCell(ind.name),
        textCell(w(ind.direction), { align: 'center' }),
        numberCell(ind.weight, 'count', { align: 'center' }),
        numberCell(at?.target ?? null, 'measure'),
        numberCell(at?.actual ?? null, 'measure'),
        numberCell(ratio(at?.rate), 'ratio'),
        numberCell(first ? ratio(score) : null, 'ratio', { bold: true }),
      ]);
    });
  }
  return makeTable({
    id: 'achievement',
    title: titled(REPORT_NAMES.achievement, ctx.lang),
    subject: `${w('department')}: ${dept.name}`,
    caption: w('achievementUnits'),
    header,
    body,
    merges,
  });
}
