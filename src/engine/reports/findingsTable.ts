import type { Finding, Lang } from '../findings/finding';
import { refA1 } from '../grid/a1';
import type { CellRef } from '../grid/cellRef';
import { severityRank } from '../findings/severity';
import { excelRound } from '../interval/round';
import type { Plan } from '../model/plan';
import { tableHolding } from '../model/tableHolding';
import { TABLE_NAMES } from '../model/tableNames';
import { headerCell, numberCell, textCell } from './cells';
import type { ReportContext } from './context';
import { REPORT_NAMES } from './catalog';
import { makeTable, span } from './makeTable';
import type { ReportCell, ReportTable } from './reportTable';
import { titled, wordsIn } from './words';

/** Interval bounds carry a 1e-9 widening: four decimals say everything a reader needs. */
const BOUND_DECIMALS = 4;
const MESSAGE_WIDTH = 50;

/** `'정보홍보실'!D7`: always quoted, so any sheet name (spaces, Hangul, digits first) links. */
export const cellAddress = (ref: CellRef): string => `'${ref.sheet.replace(/'/g, "''")}'!${refA1(ref)}`;

/** The table a finding's cell belongs to, as the documents title it, with its goal or project: `관련 예산사업 내역 (정보보안관리)`. */
function tableName(plan: Plan, ref: CellRef, lang: Lang): string {
  const t = tableHolding(plan.tables, ref);
  if (!t) return '';
  const about = t.project ?? t.goal;
  return about ? `${TABLE_NAMES[t.kind][lang]} (${about})` : TABLE_NAMES[t.kind][lang];
}

const bound = (v: number | undefined): number | null => (v === undefined ? null : excelRound(v, BOUND_DECIMALS));

/** A number format with `decimals` places, thousands grouped and △ for negatives: `#,##0.00;"△"#,##0.00;0.00`. */
export function decimalsFormat(decimals: number): string {
  const body = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  return `${body};"△"${body};${decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0'}`;
}

/** Errors first, then warnings, then rounding notes; within each, sheet by sheet in order of appearance, row by row. */
function sorted(findings: ReadonlyArray<Finding>): Finding[] {
  const sheets = [...new Set(findings.map((f) => f.ref.sheet))];
  return [...findings].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      sheets.indexOf(a.ref.sheet) - sheets.indexOf(b.ref.sheet) ||
      a.ref.row - b.ref.row ||
      a.ref.col - b.ref.col,
  );
}

/** 점검 결과: one row per finding, its cell a link to the cell itself (`#'시트'!D7`), the interval as two numbers. */
export function findingsTable(ctx: ReportContext): ReportTable {
  const w = wordsIn(ctx.lang);
  const h = headerCell;
  const header = [
    [
      h(w('severity')),
      h(w('table')),
      h(w('cell')),
      h(w('rule')),
      h(w('message')),
      h(w('stated')),
      h(w('expected')),
      h(w('interval')),
      h(null),
    ],
    [h(null), h(null), h(null), h(null), h(null), h(null), h(null), h(w('low')), h(w('high'))],
  ];
  const merges = [...[0, 1, 2, 3, 4, 5, 6].map((c) => span(0, c, 2, 1)), span(0, 7, 1, 2)];
  const body: ReportCell[][] = sorted(ctx.findings).map((f) => {
    // Figures as the stated cell shows them (△4.50, 1,723) when the rule says how; else as they are.
    const figure = (v: number | null): ReportCell =>
      f.decimals === undefined ? numberCell(v, 'measure') : { ...numberCell(v, 'measure'), numFmt: decimalsFormat(f.decimals) };
    return [
      textCell(w(f.severity), { align: 'center', fill: f.severity, bold: f.severity === 'error' }),
      textCell(tableName(ctx.plan, f.ref, ctx.lang), { wrap: true }),
      textCell(cellAddress(f.ref), { hyperlink: `#${cellAddress(f.ref)}` }),
      textCell(f.rule),
      textCell(f.message[ctx.lang], { wrap: true }),
      typeof f.stated === 'number' ? figure(f.stated) : textCell(f.stated ?? undefined, { align: 'right' }),
      figure(f.expected ?? null),
      figure(bound(f.interval?.[0])),
      figure(bound(f.interval?.[1])),
    ];
  });
  if (body.length === 0) {
    body.push([textCell(w('noFindings')), ...Array<ReportCell>(8).fill(textCell(undefined))]);
    merges.push(span(2, 0, 1, 9));
  }
  const table = makeTable({ id: 'findings', title: titled(REPORT_NAMES.findings, ctx.lang), header, body, merges });
  // Messages are sentences: a wide wrapping column reads better than a row several lines high.
  return { ...table, widths: table.widths.map((wd, c) => (c === 4 ? Math.max(wd, MESSAGE_WIDTH) : wd)) };
}
