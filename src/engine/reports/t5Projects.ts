import type { UnitProject } from '../model/plan';
import { blankCell, figureCell, headerCell, textOf } from './cells';
import type { ReportContext } from './context';
import { makeTable } from './makeTable';
import type { ReportTable } from './reportTable';

/** T5 관련 예산사업 내역 of one 단위사업: its own row (with 회계구분 and 세부사업수), then its 세부사업. */
export function projectsTable(unit: UnitProject, ctx: ReportContext): ReportTable {
  const header = [['사업명', '회계구분', ...unit.columns.map((c) => c.header.text), '비고 (세부사업수)'].map(headerCell)];
  const total = { fill: 'total' as const };
  const body = [
    [
      textOf(unit.name, { bold: true, fill: 'total' }),
      textOf(unit.account, { align: 'center', fill: 'total' }),
      ...unit.totals.map((t) => figureCell(t, 'amount', ctx.formats, total)),
      figureCell(unit.detailCount, 'count', ctx.formats, { align: 'center', fill: 'total' }),
    ],
    ...unit.details.map((d) => [
      textOf(d.name),
      blankCell,
      ...d.amounts.map((a) => figureCell(a, 'amount', ctx.formats)),
      blankCell,
    ]),
  ];
  const caption = `(단위:개, ${unit.unit?.name ?? '백만원'})`;
  return makeTable({ id: 't5', title: '< 관련 예산사업 내역 >', subject: `단위사업: ${unit.name.text}`, caption, header, body });
}
