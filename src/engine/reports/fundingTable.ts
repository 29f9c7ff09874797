import { excelRound } from '../interval/round';
import { parseSupportTerms } from '../model/funding';
import type { Department, DetailProject, UnitProject } from '../model/plan';
import { currentColumn } from '../model/unitTotal';
import { amountFormat, headerCell, labelCell, numberCell, textCell } from './cells';
import type { ReportContext } from './context';
import { fundingSplit, sourceOrder, type FundingPart } from './fundingSplit';
import { REPORT_NAMES } from './catalog';
import { makeTable, span } from './makeTable';
import type { ReportCell, ReportTable } from './reportTable';
import { titled, unitCaption, wordsIn } from './words';

type Row = { unit: string; detail: string; amount: number | null; decimals: number; terms: string; parts: FundingPart[] };

/** A 세부사업's current budget in the department's unit (a table in 천원 among 백만원 ones shows three more decimals). */
function row(dept: Department, unit: UnitProject, detail: DetailProject, factor: number): Row {
  const cell = detail.amounts[currentColumn(unit)];
  const scale = (unit.unit?.factor ?? factor) / factor;
  const shown = cell?.reading.kind === 'number' ? cell.reading.decimals : 0;
  const decimals = Math.max(0, shown + Math.round(-Math.log10(scale)));
  const amount = cell?.value === null || cell === undefined ? null : excelRound(cell.value * scale, decimals);
  const terms = detail.overview === undefined ? '' : (dept.overviews[detail.overview]?.supportTerms?.text ?? '');
  const parts = amount === null ? [] : fundingSplit(amount, decimals, parseSupportTerms(terms).shares);
  return { unit: unit.name.text, detail: detail.name.text, amount, decimals, terms, parts };
}

const partOf = (r: Row, source: string): number | null => r.parts.find((p) => p.source === source)?.amount ?? null;

/**
 * 재원별 예산 of one department: each 세부사업's current budget split by its 지원조건 into 국비, 시비, 구비 … (parts add up
 * exactly to the shown budget), 단위사업 merged over its 세부사업, and a 계 row.
 */
export function fundingTable(dept: Department, ctx: ReportContext, only?: (u: UnitProject) => boolean): ReportTable | undefined {
  const units = dept.unitProjects.filter((u) => u.details.length > 0 && (!only || only(u)));
  if (units.length === 0) return undefined;
  const factor = units[0].unit?.factor ?? 1e6;
  const rows = units.flatMap((u) => u.details.map((d) => row(dept, u, d, factor)));
  const sources = sourceOrder(rows.flatMap((r) => r.parts.map((p) => p.source)));
  const decimals = Math.max(0, ...rows.map((r) => r.decimals));
  const fmt = { numFmt: amountFormat(decimals) };
  const year = units[0].columns[currentColumn(units[0])]?.header.text ?? '';
  const w = wordsIn(ctx.lang);
  const header = [[w('unitProject'), w('detailProject'), `${w('budget')} (${year})`, ...sources, w('terms')].map(headerCell)];
  const merges = [];
  let top = 1;
  for (const u of units) {
    if (u.details.length > 1) merges.push(span(top, 0, u.details.length, 1));
    top += u.details.length;
  }
  // The 단위사업 name in its merge's first cell only: the covered cells stay blank.
  const body: ReportCell[][] = rows.map((r, i) => [
    textCell(i > 0 && rows[i - 1].unit === r.unit ? undefined : r.unit, { wrap: true }),
    textCell(r.detail),
    numberCell(r.amount, 'amount', fmt),
    ...sources.map((s) => numberCell(partOf(r, s), 'amount', fmt)),
    textCell(r.terms, { wrap: true }),
  ]);
  const sum = (pick: (r: Row) => number | null) =>
    excelRound(
      rows.reduce((a, r) => a + (pick(r) ?? 0), 0),
      decimals,
    );
  const total = { ...fmt, fill: 'total' as const };
  body.push([
    labelCell(w('total')),
    textCell(undefined, { fill: 'total' }),
    numberCell(
      sum((r) => r.amount),
      'amount',
      total,
    ),
    ...sources.map((s) =>
      numberCell(
        sum((r) => partOf(r, s)),
        'amount',
        total,
      ),
    ),
    textCell(undefined, { fill: 'total' }),
  ]);
  merges.push(span(top, 0, 1, 2));
  const caption = unitCaption(units[0].unit?.name ?? '백만원', ctx.lang);
  return makeTable({
    id: 'funding',
    title: titled(REPORT_NAMES.funding, ctx.lang),
    subject: `${w('department')}: ${dept.name}`,
    caption,
    header,
    body,
    merges,
  });
}
