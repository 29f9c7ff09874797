import type { DepartmentFacts, FactCell } from '../model/departmentFacts';
import { headerCell, labelCell, numberCell, textCell } from './cells';
import { makeTable, span } from './makeTable';
import type { ReportCell, ReportTable } from './reportTable';

/** The 총괄표 states money in 백만원. */
const MILLION = 1e6;

type Row = {
  readonly name: string;
  readonly strategic: number | null;
  readonly goals: number | null;
  readonly indicators: number | null;
  readonly units: number | null;
  readonly budget: number | null;
  readonly prevBudget: number | null;
  readonly change: number | null;
};

/** A sum of 천원-precise figures without its binary noise (5941.049999999999 is 5,941.05). */
const clean = (v: number | null): number | null => (v === null ? null : Number(v.toPrecision(15)));

/** Σ of what the cells hold (a blank derived cell was filled by regenerate); unknown when one does not read. */
const held = (cells: ReadonlyArray<FactCell>, scale = 1): number | null =>
  cells.some((c) => c.cell.value === null) ? null : clean(cells.reduce((acc, c) => acc + c.cell.value! * scale, 0));

const scaleOf = (factor: number | undefined): number => (factor ?? MILLION) / MILLION;

const minus = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : clean(a - b));

/**
 * A department's row from what its tables hold, so figures kept in 천원 behind 백만원 stay exact; 비교증감 is its
 * 예산현황's stated one (consistent after regenerate, computed from 천원 this table may not hold), else the difference.
 */
function rowOf(f: DepartmentFacts): Row {
  const budget = held(f.budget.cells, scaleOf(f.budget.factor));
  const prevScale = scaleOf(f.prevBudget?.factor);
  const prevBudget = f.prevBudget ? held([f.prevBudget.cell], prevScale) : null;
  const stated = f.change ? held([f.change], prevScale) : null;
  return {
    name: f.name,
    strategic: f.strategic ?? null,
    goals: f.goals,
    indicators: held(f.indicators),
    units: held(f.units),
    budget,
    prevBudget,
    change: stated ?? minus(budget, prevBudget),
  };
}

/** The 계 row: each column summed where every row knows it (전략목표수 over the rows that state one). */
function totalOf(rows: ReadonlyArray<Row>): Row {
  const sum = (pick: (r: Row) => number | null, skipBlank = false): number | null => {
    const values = rows.map(pick);
    if (skipBlank) return values.every((v) => v === null) ? null : clean(values.reduce<number>((a, v) => a + (v ?? 0), 0));
    return values.some((v) => v === null) ? null : clean(values.reduce<number>((a, v) => a + v!, 0));
  };
  const budget = sum((r) => r.budget);
  const prevBudget = sum((r) => r.prevBudget);
  return {
    name: '계',
    strategic: sum((r) => r.strategic, true),
    goals: sum((r) => r.goals),
    indicators: sum((r) => r.indicators),
    units: sum((r) => r.units),
    budget,
    prevBudget,
    change: minus(budget, prevBudget),
  };
}

/**
 * 성과계획 총괄표 as the city prints it: 실국명 over three header rows, 성과계획 over 전략목표수, 정책사업목표 (개수,
 * 지표수) and 단위사업수, 예산액 over 예산액, 전년도예산액 and 비교증감; the 계 row first, then one row per department in
 * the order given. Undefined without departments.
 */
export function summaryTable(departments: ReadonlyArray<DepartmentFacts>): ReportTable | undefined {
  if (departments.length === 0) return undefined;
  const rows = departments.map(rowOf);
  const h = headerCell;
  const header = [
    [h('실국명'), h('성과계획'), h(null), h(null), h(null), h('예산액'), h(null), h(null)],
    [h(null), h('전략목표수'), h('정책사업목표'), h(null), h('단위사업수'), h('예산액'), h('전년도예산액'), h('비교증감')],
    [h(null), h(null), h('개수'), h('지표수'), h(null), h(null), h(null), h(null)],
  ];
  const line = (r: Row, extra: Partial<ReportCell>): ReportCell[] => [
    ...[r.strategic, r.goals, r.indicators, r.units].map((v) => numberCell(v, 'count', extra)),
    ...[r.budget, r.prevBudget, r.change].map((v) => numberCell(v, 'amount', extra)),
  ];
  const body = [
    [labelCell('계'), ...line(totalOf(rows), { fill: 'total' })],
    ...rows.map((r) => [textCell(r.name, { align: 'center' }), ...line(r, {})]),
  ];
  const merges = [
    span(0, 0, 3, 1),
    span(0, 1, 1, 4),
    span(0, 5, 1, 3),
    span(1, 1, 2, 1),
    span(1, 2, 1, 2),
    span(1, 4, 2, 1),
    span(1, 5, 2, 1),
    span(1, 6, 2, 1),
    span(1, 7, 2, 1),
  ];
  return makeTable({ id: 'summary', title: '< 성과계획 총괄표 >', caption: '(단위:개, 백만원)', header, body, merges });
}
