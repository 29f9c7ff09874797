import { excelRound } from '../interval/round';
import type { Department, NumCell } from '../model/plan';
import { headerCell, labelCell, numberCell, textCell } from './cells';
import type { ReportContext } from './context';
import { REPORT_NAMES } from './catalog';
import { makeTable } from './makeTable';
import type { ReportCell, ReportTable } from './reportTable';
import { titled, unitCaption, wordsIn } from './words';

/** A department's figures; `change` and `rate` are its own 예산현황's stated ones where it states them. */
type Row = { name: string; budget: number | null; prevBudget: number | null; change?: number | null; rate?: number | null };

const held = (cell: NumCell | undefined, scale: number): number | null =>
  cell?.value === null || cell === undefined ? null : cell.value * scale;

/** 증감률 = 증감 / 전년도 × 100; 0 when both years are 0; not computable (blank) when only the previous year is 0. */
function changeRate(amount: number | null, prev: number | null): number | null {
  if (amount === null || prev === null) return null;
  if (prev === 0) return amount === 0 ? 0 : null;
  return excelRound(((amount - prev) / prev) * 100, 2);
}

const difference = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a - b);

/**
 * 부서별 예산 총괄: one row per department from its 예산현황 계 (this year and the last), 구성비 of the whole,
 * 증감 and 증감률, and a 계 row. Departments stating their budget in another unit are converted to the first one's.
 */
export function departmentsTable(depts: ReadonlyArray<Department>, ctx: ReportContext): ReportTable | undefined {
  const withBudget = depts.filter((d) => d.budget?.rows.계);
  if (withBudget.length === 0) return undefined;
  const unitOf = (d: Department) => ctx.plan.tables[d.budget!.table]?.unit;
  const base = unitOf(withBudget[0]);
  const rows: Row[] = withBudget.map((d) => {
    const scale = (unitOf(d)?.factor ?? base?.factor ?? 1) / (base?.factor ?? 1);
    const total = d.budget!.rows.계!;
    return {
      name: d.name,
      budget: held(total.budget, scale),
      prevBudget: held(total.prevBudget, scale),
      change: held(total.change, scale),
      rate: total.rate.value,
    };
  });
  const sum = (pick: (r: Row) => number | null) => rows.reduce((a, r) => a + (pick(r) ?? 0), 0);
  // One department is the whole: its stated figures are the whole's too (the seed's △4.50, not the naive △4.49).
  const whole: Row =
    rows.length === 1
      ? { ...rows[0], name: '' }
      : { name: '', budget: sum((r) => r.budget), prevBudget: sum((r) => r.prevBudget) };
  const share = (v: number | null) => (v === null || !whole.budget ? null : excelRound((v / whole.budget) * 100, 2));
  const line = (r: Row, extra: Partial<ReportCell>): ReportCell[] => [
    numberCell(r.budget, 'amount', extra),
    numberCell(share(r.budget), 'ratio', extra),
    numberCell(r.prevBudget, 'amount', extra),
    // The plan is regenerated before a report, so a stated 비교증감 or 증감률 is a consistent one: keep it, as the
    // department's own 예산현황 does (it was computed from 천원 figures this table does not hold).
    numberCell(r.change ?? difference(r.budget, r.prevBudget), 'amount', extra),
    numberCell(r.rate ?? changeRate(r.budget, r.prevBudget), 'ratio', extra),
  ];
  const w = wordsIn(ctx.lang);
  const header = [[w('department'), w('budget'), w('share'), w('prevBudget'), w('change'), w('changeRate')].map(headerCell)];
  const body = [
    [labelCell(w('total')), ...line(whole, { fill: 'total' })],
    ...rows.map((r) => [textCell(r.name), ...line(r, {})]),
  ];
  const caption = unitCaption(`${base?.name ?? '백만원'}, %`, ctx.lang);
  return makeTable({ id: 'departments', title: titled(REPORT_NAMES.departments, ctx.lang), caption, header, body });
}
