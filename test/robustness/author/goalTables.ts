import type ExcelJS from 'exceljs';
import { a1 } from '../../../src/engine/grid/a1';
import type { GoalData, PlanData, UnitProjectData } from '../../fixtures/planData';
import { amount, count, summed } from './figures';
import { frame, labels, word } from './frame';
import type { Pen } from './pen';
import type { AuthorStyle } from './style';

type At = { row: number; col: number };

/** A year as this author heads a column: '14, 2014년, or the number 2014. */
const yearLabel = (style: AuthorStyle, year: number): string | number =>
  style.years === 'number' ? year : style.years === 'nyeon' ? `${year}년` : `'${String(year % 100).padStart(2, '0')}`;

/** T4 for one goal: 실적 및 목표치 merged over 구분 and the years in a two-row header. */
export function writeT4(pen: Pen, ws: ExcelJS.Worksheet, style: AuthorStyle, at: At, plan: PlanData, g: number): number {
  const goal: GoalData = plan.goals[g];
  const years = plan.indicatorYears;
  const top = frame(pen, ws, style, at, 'T4', 6 + years.length);
  const after = at.col + 4 + years.length;
  labels(pen, ws, top, at.col, [
    '성과지표(단위)',
    word(style, '지표 유형', '지표유형'),
    word(style, '가중치(%)', '가중치'),
    '실적 및 목표치',
  ]);
  labels(pen, ws, top, after, ['측정산식 또는 측정방법', '자료수집 방법/출처']);
  labels(pen, ws, top + 1, at.col + 3, ['구분', ...years.map((y) => yearLabel(style, y))]);
  for (const c of [0, 1, 2]) pen.merge(ws, top, at.col + c, top + 1, at.col + c);
  for (const c of [after, after + 1]) pen.merge(ws, top, c, top + 1, c);
  pen.merge(ws, top, at.col + 3, top, after - 1);
  goal.indicators.forEach((ind, i) => {
    const r = top + 2 + 2 * i;
    const key = `T4.${g}.${i}`;
    pen.put(ws, r, at.col, ind.name);
    pen.put(ws, r, at.col + 1, ind.type);
    pen.fig(ws, `${key}.weight`, r, at.col + 2, count(ind.weight).value);
    pen.put(ws, r, after, ind.formula);
    pen.put(ws, r, after + 1, ind.source);
    if (style.mergeNames)
      for (const c of [0, 1, 2, after - at.col, after - at.col + 1]) pen.merge(ws, r, at.col + c, r + 1, at.col + c);
    else pen.put(ws, r + 1, at.col, ind.name);
    pen.put(ws, r, at.col + 3, '목표');
    pen.put(ws, r + 1, at.col + 3, '실적');
    years.forEach((_, y) => {
      pen.fig(ws, `${key}.target.${y}`, r, at.col + 4 + y, ind.targets[y]);
      const actual = ind.actuals[y];
      if (actual !== null) pen.fig(ws, `${key}.actual.${y}`, r + 1, at.col + 4 + y, actual);
    });
  });
  pen.table({ kind: 'T4', sheet: ws.name, department: plan.department, goal: goal.name });
  return top + 2 + 2 * goal.indicators.length + 1;
}

/** T5 column headers: '14결산 / 2014(결산) / 2014 over 결산 (two rows); the current year as `2016 예산(A)` in the 년 style. */
function t5Years(pen: Pen, ws: ExcelJS.Worksheet, style: AuthorStyle, top: number, col: number, plan: PlanData): number {
  const cols = plan.projectColumns;
  cols.forEach((c, i) => {
    if (style.years === 'number') {
      pen.put(ws, top, col + i, c.year);
      pen.put(ws, top + 1, col + i, c.kind);
    } else if (style.years === 'nyeon')
      pen.put(ws, top, col + i, i === cols.length - 1 ? `${c.year} ${c.kind}(A)` : `${c.year}(${c.kind})`);
    else pen.put(ws, top, col + i, `'${String(c.year % 100).padStart(2, '0')}${style.spacedWords ? ' ' : ''}${c.kind}`);
  });
  return style.years === 'number' ? 2 : 1;
}

/** 천원 behind the 백만원 data: details rounded to 천원, nudged (< 0.5 백만원 each) so the unit total still shows as stated. */
function thousands(unit: UnitProjectData, y: number): { details: number[]; total: number } {
  const details = unit.details.map((d) => Math.round(Number(d.amounts[y]) * 1000));
  const gap = Math.round(Number(unit.totals[y]) * 1000) - details.reduce((a, b) => a + b, 0);
  const nudge = Math.max(-499, Math.min(499, Math.trunc(gap / Math.max(1, details.length))));
  const nudged = details.map((d) => d + nudge);
  return { details: nudged, total: nudged.reduce((a, b) => a + b, 0) };
}

/** T5 for one 단위사업: its row (SUM formulas when the author uses them), then its 세부사업. */
export function writeT5(
  pen: Pen,
  ws: ExcelJS.Worksheet,
  style: AuthorStyle,
  at: At,
  plan: PlanData,
  u: UnitProjectData,
  key: string,
): number {
  const n = plan.projectColumns.length;
  const top = frame(pen, ws, style, at, 'T5', 3 + n, style.t5InThousands ? '(단위:개, 천원)' : '(단위:개, 백만원)');
  labels(pen, ws, top, at.col, ['사업명', '회계구분']);
  const rows = t5Years(pen, ws, style, top, at.col + 2, plan);
  pen.put(ws, top, at.col + 2 + n, style.spacedWords ? '비고 (세부사업수)' : '비고(세부사업수)');
  if (rows === 2) for (const c of [0, 1, 2 + n]) pen.merge(ws, top, at.col + c, top + 1, at.col + c);
  const first = top + rows;
  pen.put(ws, first, at.col, u.name);
  pen.put(ws, first, at.col + 1, u.account);
  pen.fig(ws, `${key}.count`, first, at.col + 2 + n, count(u.detailCount).value);
  plan.projectColumns.forEach((_, y) => {
    const col = at.col + 2 + y;
    const k = style.t5InThousands ? thousands(u, y) : undefined;
    const sum = `SUM(${a1(first, col - 1)}:${a1(first + u.details.length - 1, col - 1)})`;
    const total = summed(style, amount(style, k ? k.total : u.totals[y]), sum);
    pen.fig(ws, `${key}.total.${y}`, first, col, total.value, total.numFmt);
    u.details.forEach((d, i) => {
      const typed = amount(style, k ? k.details[i] : d.amounts[y]);
      pen.fig(ws, `${key}.${i}.${y}`, first + 1 + i, col, typed.value, typed.numFmt);
    });
  });
  u.details.forEach((d, i) => pen.put(ws, first + 1 + i, at.col, d.name));
  pen.table({ kind: 'T5', sheet: ws.name, department: plan.department, goal: goalOf(plan, u), project: u.name });
  return first + u.details.length + 2;
}

/** The goal a 단위사업 belongs to: tables of a 단위사업 and of its 세부사업 are listed under it. */
const goalOf = (plan: PlanData, u: UnitProjectData): string | undefined =>
  plan.goals.find((g) => g.unitProjects.includes(u))?.name;

const T6_LABELS = ['사업명', '사업내용', '사업기간', '지원형태', '지원조건', '시행주체'] as const;

/** T6 blocks of one 단위사업: label/value rows, values merged over three columns in the spaced style. */
export function writeT6(pen: Pen, ws: ExcelJS.Worksheet, style: AuthorStyle, at: At, plan: PlanData, u: UnitProjectData): number {
  let row = frame(pen, ws, style, at, 'T6', 4);
  for (const d of u.details) {
    const o = d.overview;
    const values = [o.name, o.content, o.period, o.supportType, o.supportTerms, o.implementer];
    T6_LABELS.forEach((label, i) => {
      pen.put(ws, row + i, at.col, label);
      pen.put(ws, row + i, at.col + 1, values[i]);
      if (style.spacedWords) pen.merge(ws, row + i, at.col + 1, row + i, at.col + 3);
    });
    pen.table({ kind: 'T6', sheet: ws.name, department: plan.department, goal: goalOf(plan, u), project: o.name });
    row += T6_LABELS.length + 1;
  }
  return row;
}
