import { OVERVIEW_LABELS, type Overview } from '../model/plan';
import { labelCell, textOf } from './cells';
import { makeTable } from './makeTable';
import type { ReportTable } from './reportTable';

const VALUE_WIDTH = 64;

/** T6 관련 예산사업 개요 of one 세부사업: label/value rows, no header row. `first`: the block that carries the title. */
export function overviewTable(o: Overview, first: boolean): ReportTable {
  const body = OVERVIEW_LABELS.map(([label, field]) => [labelCell(label), textOf(o[field], { wrap: true })]);
  const table = makeTable({ id: 't6', ...(first ? { title: '< 관련 예산사업 개요 >' } : {}), header: [], body });
  // 사업내용 is a paragraph: a wide value column keeps the block a few lines high.
  return { ...table, widths: [table.widths[0], VALUE_WIDTH] };
}
