import type { Department, StaffRow } from '../model/plan';
import { figureCell, headerCell, labelCell, textOf } from './cells';
import type { ReportContext } from './context';
import { makeTable, span } from './makeTable';
import type { ReportTable } from './reportTable';

/** T2 조직 및 인력현황: 정원 over its four grades, the other headings over both header rows; the 계 row first. */
export function staffingTable(dept: Department, ctx: ReportContext): ReportTable | undefined {
  const staffing = dept.staffing;
  if (!staffing) return undefined;
  const h = headerCell;
  const header = [
    [h('부서명'), h('정원'), h(null), h(null), h(null), h('현원'), h('계단위 직제명')],
    [h(null), h('계'), h('4급이상'), h('5급'), h('6급이하'), h(null), h(null)],
  ];
  const row = (s: StaffRow, total: boolean) => [
    total ? labelCell(s.name.text) : textOf(s.name, { align: 'center' }),
    ...[s.quota, s.grade4, s.grade5, s.grade6, s.current].map((n) =>
      figureCell(n, 'count', ctx.formats, total ? { fill: 'total' } : {}),
    ),
    textOf(s.teams, total ? { fill: 'total' } : {}),
  ];
  const body = [row(staffing.total, true), ...staffing.rows.map((r) => row(r, false))];
  const merges = [span(0, 0, 2, 1), span(0, 1, 1, 4), span(0, 5, 2, 1), span(0, 6, 2, 1)];
  return makeTable({ id: 't2', title: '< 조직 및 인력현황 >', caption: '(단위 : 명)', header, body, merges });
}
