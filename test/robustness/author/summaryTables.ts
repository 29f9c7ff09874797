import type ExcelJS from 'exceljs';
import { a1 } from '../../../src/engine/grid/a1';
import { BUDGET_ROW_KEYS, type BudgetRowKey } from '../../../src/engine/model/plan';
import type { BudgetRowData, PlanData, StaffData } from '../../fixtures/planData';
import { amount, count, ratio, summed } from './figures';
import { frame, labels, word } from './frame';
import type { Pen } from './pen';
import type { AuthorStyle } from './style';

type At = { row: number; col: number };

/** T1 정책사업목표 현황; returns the row after a blank line. */
export function writeT1(pen: Pen, ws: ExcelJS.Worksheet, style: AuthorStyle, at: At, plan: PlanData): number {
  const top = frame(pen, ws, style, at, 'T1', 4, '(단위:개, 백만원)');
  labels(pen, ws, top, at.col, [
    '정책사업목표',
    word(style, '성과지표 수', '성과지표수'),
    word(style, '단위사업 수', '단위사업수'),
    word(style, '예 산 액', '예산액'),
  ]);
  plan.goals.forEach((g, n) => {
    const r = top + 1 + n;
    pen.put(ws, r, at.col, g.name);
    pen.fig(ws, `T1.${n}.indicatorCount`, r, at.col + 1, count(g.indicatorCount).value);
    pen.fig(ws, `T1.${n}.unitCount`, r, at.col + 2, count(g.unitCount).value);
    const b = amount(style, g.budget);
    pen.fig(ws, `T1.${n}.budget`, r, at.col + 3, b.value, b.numFmt);
  });
  pen.table({ kind: 'T1', sheet: ws.name, department: plan.department });
  return top + plan.goals.length + 2;
}

const STAFF_COLS = ['quota', 'grade4', 'grade5', 'grade6', 'current'] as const;

/** T2 조직 및 인력현황 over the given departments: 정원 merged over its grades (spaced style) or `정원(계)` in one row. */
export function writeT2(pen: Pen, ws: ExcelJS.Worksheet, style: AuthorStyle, at: At, plans: ReadonlyArray<PlanData>): number {
  const top = frame(pen, ws, style, at, 'T2', 7, '(단위 : 명)');
  let body = top + 1;
  if (style.spacedWords) {
    labels(pen, ws, top, at.col, ['부 서 명', '정 원', null, null, null, '현 원', '계단위 직제명']);
    labels(pen, ws, top + 1, at.col + 1, ['계', '4급이상', '5급', '6급이하']);
    for (const c of [0, 5, 6]) pen.merge(ws, top, at.col + c, top + 1, at.col + c);
    pen.merge(ws, top, at.col + 1, top, at.col + 4);
    body = top + 2;
  } else labels(pen, ws, top, at.col, ['부서명', '정원(계)', '4급이상', '5급', '6급이하', '현원', '계단위 직제명']);
  const rows: StaffData[] = plans.flatMap((p) => p.staffing.rows);
  const total: StaffData =
    plans.length === 1
      ? plans[0].staffing.total
      : ({
          name: '계',
          teams: '',
          ...Object.fromEntries(STAFF_COLS.map((c) => [c, rows.reduce((s, r) => s + Number(r[c]), 0)])),
        } as StaffData);
  [total, ...rows].forEach((s, k) => {
    const r = body + k;
    pen.put(ws, r, at.col, s.name);
    STAFF_COLS.forEach((c, i) => {
      const col = at.col + 1 + i;
      const first = a1(body, col - 1);
      const sum =
        k === 0
          ? `SUM(${first}:${a1(body + rows.length - 1, col - 1)})`
          : c === 'quota'
            ? `SUM(${a1(r - 1, col)}:${a1(r - 1, col + 2)})`
            : '';
      const typed = sum === '' ? count(s[c]) : summed(style, count(s[c]), sum);
      pen.fig(ws, `T2.${k}.${c}`, r, col, typed.value);
    });
    if (s.teams) pen.put(ws, r, at.col + 6, s.teams);
  });
  pen.table({ kind: 'T2', sheet: ws.name, department: plans[0].department });
  return body + rows.length + 2;
}

const T3_COLS = ['budget', 'share', 'prevBudget', 'prevShare', 'change', 'rate'] as const satisfies ReadonlyArray<
  keyof BudgetRowData
>;

/** How this author labels the T3 rows: 계 as 합계/총계, the 행정운영경비 parts indented. */
const t3Label = (style: AuthorStyle, key: BudgetRowKey): string =>
  key === '계' ? style.t3Total : key === '인력운영비' || key === '기본경비' ? `  - ${key}` : key;

/** T3 예산현황: a two-row header (구성비 under its amount) with vertical merges, or the seed's unmerged one. */
export function writeT3(pen: Pen, ws: ExcelJS.Worksheet, style: AuthorStyle, at: At, plan: PlanData): number {
  const top = frame(pen, ws, style, at, 'T3', 7, '(단위: 백만원, %)');
  const heads = [
    word(style, '구 분', '구분'),
    word(style, '예 산 액', '예산액'),
    null,
    word(style, '전년도 예산액', '전년도예산액'),
    null,
    word(style, '비교 증감', '비교증감'),
    word(style, '증감률(%)', '증감률'),
  ];
  labels(pen, ws, top, at.col, heads);
  labels(pen, ws, top + 1, at.col + 2, ['구성비', null, '구성비']);
  if (style.spacedWords) for (const c of [0, 1, 3, 5, 6]) pen.merge(ws, top, at.col + c, top + 1, at.col + c);
  const rowOf = (key: BudgetRowKey) => top + 2 + BUDGET_ROW_KEYS.indexOf(key);
  const ref = (key: BudgetRowKey, c: number) => a1(rowOf(key) - 1, at.col + c - 1);
  BUDGET_ROW_KEYS.forEach((key) => {
    const r = rowOf(key);
    pen.put(ws, r, at.col, t3Label(style, key));
    T3_COLS.forEach((c, i) => {
      const col = at.col + 1 + i;
      const raw = plan.budget[key][c];
      let typed = c === 'share' || c === 'prevShare' || c === 'rate' ? ratio(style, raw) : amount(style, raw);
      if ((key === '계' || key === '행정운영경비') && (c === 'budget' || c === 'prevBudget')) {
        const parts: BudgetRowKey[] = key === '계' ? ['정책사업', '행정운영경비', '재무활동'] : ['인력운영비', '기본경비'];
        typed = summed(style, typed, parts.map((p) => ref(p, i + 1)).join('+'));
      }
      if (c === 'change') typed = summed(style, typed, `${ref(key, 1)}-${ref(key, 3)}`);
      pen.fig(ws, `T3.${key}.${c}`, r, col, typed.value, typed.numFmt);
    });
  });
  pen.table({ kind: 'T3', sheet: ws.name, department: plan.department });
  return rowOf('재무활동') + 2;
}
