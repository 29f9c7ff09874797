import ExcelJS from 'exceljs';
import type { CellRef } from '../../../src/engine/grid/cellRef';
import type { PlanData } from '../../fixtures/planData';
import { writeT4, writeT5, writeT6 } from './goalTables';
import { Pen, type Value, type Written } from './pen';
import type { AuthorStyle } from './style';
import { writeT1, writeT2, writeT3 } from './summaryTables';

export type Authored = {
  readonly bytes: Uint8Array;
  /** Every table written, in the order written. */
  readonly written: ReadonlyArray<Written>;
  /** Where each figure went, by key (`T3.정책사업.share`, `T5.0.1.2.total` …). */
  readonly places: ReadonlyMap<string, CellRef>;
};

type Sheets = { summary: ExcelJS.Worksheet; goals: ExcelJS.Worksheet; projects: ExcelJS.Worksheet };

function sheetsFor(pen: Pen, style: AuthorStyle, plan: PlanData): Sheets {
  if (style.layout === 'oneSheet') {
    const ws = pen.sheet('성과계획서');
    return { summary: ws, goals: ws, projects: ws };
  }
  if (style.layout === 'perDepartment') {
    const ws = pen.sheet(plan.department);
    return { summary: ws, goals: ws, projects: ws };
  }
  const prefix = style.layout === 'summary' ? '' : `${plan.department} `;
  return { summary: pen.sheet(`${prefix}총괄`), goals: pen.sheet(`${prefix}지표`), projects: pen.sheet(`${prefix}사업`) };
}

/** One department's chapter: 전략목표 and 소관실국 lines, T1–T3, then per goal its heading, T4 and 단위사업 sections. */
function writeDepartment(
  pen: Pen,
  style: AuthorStyle,
  plans: ReadonlyArray<PlanData>,
  d: number,
  rows: Map<ExcelJS.Worksheet, number>,
): void {
  const plan = plans[d];
  const ws = sheetsFor(pen, style, plan);
  const col = style.origin.col;
  const next = (s: ExcelJS.Worksheet) => rows.get(s) ?? style.origin.row;
  let row = next(ws.summary);
  pen.put(ws.summary, row, col, '전략목표');
  pen.put(ws.summary, row++, col + 1, plan.strategicGoal);
  pen.put(ws.summary, row, col, '[소관실국]');
  pen.put(ws.summary, row, col + 1, plan.department);
  row = writeT1(pen, ws.summary, style, { row: row + 2, col }, plan);
  if (!style.sharedT2) row = writeT2(pen, ws.summary, style, { row, col }, [plan]);
  else if (d === 0) row = writeT2(pen, ws.summary, style, { row, col }, plans);
  row = writeT3(pen, ws.summary, style, { row, col }, plan);
  rows.set(ws.summary, row + 1);
  let unit = plans.slice(0, d).reduce((n, p) => n + p.goals.reduce((m, g) => m + g.unitProjects.length, 0), 0);
  plan.goals.forEach((goal, g) => {
    let r = next(ws.goals);
    pen.put(ws.goals, r++, col, '정책사업목표');
    pen.put(ws.goals, r++, col, goal.name);
    rows.set(ws.goals, writeT4(pen, ws.goals, style, { row: r + 1, col }, plan, g) + 1);
    for (const u of goal.unitProjects) {
      let p = next(ws.projects);
      pen.put(ws.projects, p++, col, '단위사업');
      pen.put(ws.projects, p++, col, u.name);
      p = writeT5(pen, ws.projects, style, { row: p + 1, col }, plan, u, `T5.${d}.${unit++}`);
      rows.set(ws.projects, writeT6(pen, ws.projects, style, { row: p, col }, plan, u) + 1);
    }
  });
}

/** What a careful office adds around the tables: frozen panes, a print area, a hidden list sheet, a chart-data sheet. */
function addExtras(wb: ExcelJS.Workbook): void {
  const first = wb.worksheets[0];
  first.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  first.pageSetup.printArea = 'A1:L60';
  const lists = wb.addWorksheet('목록', { state: 'hidden' });
  ['일반회계', '특별회계', '기금'].forEach((t, i) => (lists.getCell(i + 1, 1).value = t));
  ['핵심', '일반'].forEach((t, i) => (lists.getCell(i + 1, 2).value = t));
  const chart = wb.addWorksheet('차트');
  chart.getCell('A1').value = '연도별 예산 추이';
  [
    ['연도', '예산'],
    [2014, 1804],
    [2015, 1723],
  ].forEach((r, i) => r.forEach((v, c) => (chart.getCell(i + 2, c + 1).value = v)));
}

/** One author's workbook of the given departments; `typos` replace figures by key. */
export async function authorWorkbook(
  plans: ReadonlyArray<PlanData>,
  style: AuthorStyle,
  typos: ReadonlyMap<string, Value> = new Map(),
): Promise<Authored> {
  const wb = new ExcelJS.Workbook();
  const pen = new Pen(wb, typos);
  const rows = new Map<ExcelJS.Worksheet, number>();
  plans.forEach((_, d) => writeDepartment(pen, style, plans, d, rows));
  if (style.extras) addExtras(wb);
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), written: pen.written, places: pen.places };
}
