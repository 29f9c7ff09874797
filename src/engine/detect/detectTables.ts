import type { Sheet } from '../grid/sheet';
import type { TableKind } from '../model/plan';
import { findAnchors, type Anchor } from './anchors';
import { headerRows, type HeaderSpan } from './bounds';
import type { DetectContext, Detected } from './detected';
import { readHeader } from './headers';
import { findMarks, type Mark } from './marks';
import { indexSheet, type SheetIndex } from './sheetIndex';
import { detectT1 } from './t1Goals';
import { detectT2 } from './t2Staffing';
import { detectT3 } from './t3Budget';
import { detectT4 } from './t4Indicators';
import { detectT5 } from './t5Projects';
import { detectT6 } from './t6Overview';
import { detectT0, insideSummaryHeader, type DetectedSummary } from './t0Summary';
import { findStrategicLines } from './strategicLines';
import { detectT4M, type DetectedMeasures } from './t4Measures';

/** T0 (the 총괄표) and T4M (측정 자료) belong to no department: they are detected apart from the plan's tables. */
const DETECTORS: Readonly<Record<Exclude<TableKind, 'T0' | 'T4M'>, (ctx: DetectContext, anchor: Anchor) => Detected>> = {
  T1: detectT1,
  T2: detectT2,
  T3: detectT3,
  T4: detectT4,
  T5: detectT5,
  T6: detectT6,
};

/** Compares reading order: sheet, then row, then column. */
export const byReadingOrder = (a: { info: { order: readonly number[] } }, b: { info: { order: readonly number[] } }): number =>
  compareOrder(a.info.order, b.info.order);

export const compareOrder = (a: readonly number[], b: readonly number[]): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

export type Detection = {
  /** Every table of every sheet, in reading order. */
  readonly tables: ReadonlyArray<Detected>;
  readonly departmentLines: ReadonlyArray<Mark>;
  readonly loneLines: ReadonlyArray<Mark>;
  /** True when every sheet holding tables holds one kind only (one sheet per table kind). */
  readonly byKind: boolean;
  /** The 성과계획 총괄표 (T0), in reading order: apart from `tables`, since they belong to no department. */
  readonly summaries: ReadonlyArray<DetectedSummary>;
  /** `전략목표` lines, each with the goal it names. */
  readonly strategicLines: ReadonlyArray<Mark>;
  /** The 측정 자료 tables, in reading order: apart from `tables`, since they are linked to indicators by name. */
  readonly measures: ReadonlyArray<DetectedMeasures>;
};

/** The columns an anchor's header spans in its first row (merged and hidden columns included). */
function spanOf(ix: SheetIndex, anchor: Anchor): HeaderSpan {
  const header = readHeader(ix, anchor.row, anchor.col, () => false);
  return { row: anchor.row, left: anchor.col, right: Math.max(anchor.col, header.right) };
}

const within = (inner: Detected, outer: Detected): boolean => {
  const [a, b] = [inner.info.range, outer.info.range];
  return b.top <= a.top && a.bottom <= b.bottom && b.left <= a.left && a.right <= b.right;
};

/**
 * Tables found inside an earlier one of their kind are that table read again from a lower header row (an unmerged
 * two-row header repeating 부서명 and 현원 in both rows): only the outer one is the table.
 */
const outermost = (tables: ReadonlyArray<Detected>): Detected[] =>
  tables.filter((t, i) => !tables.some((o, j) => j !== i && o.kind === t.kind && within(t, o) && (!within(o, t) || j < i)));

/** Every table of every sheet, recognised by its header wherever it sits, plus the lines that link them. */
export function detectTables(sheets: ReadonlyArray<Sheet>): Detection {
  const perSheet = sheets.map((sheet, order) => {
    const ix = indexSheet(sheet, order);
    const found = findAnchors(ix);
    const summaryAnchors = found.filter((a) => a.kind === 'T0');
    const anchors = found.filter((a) => !insideSummaryHeader(summaryAnchors, a));
    const ctx: DetectContext = { ix, headers: headerRows(anchors.map((a) => spanOf(ix, a))) };
    const tables = anchors.flatMap((a) => (a.kind === 'T0' || a.kind === 'T4M' ? [] : [DETECTORS[a.kind](ctx, a)]));
    return {
      tables: outermost(tables).sort(byReadingOrder),
      summaries: summaryAnchors.map((a) => detectT0(ctx, a)),
      marks: findMarks(ix),
      strategic: findStrategicLines(ix),
      measures: anchors.flatMap((a) => (a.kind === 'T4M' ? [detectT4M(ctx, a)] : [])),
    };
  });
  const kindsPerSheet = perSheet.map((s) => new Set(s.tables.map((t) => t.kind))).filter((k) => k.size > 0);
  return {
    tables: perSheet.flatMap((s) => s.tables),
    departmentLines: perSheet.flatMap((s) => s.marks.departments),
    loneLines: perSheet.flatMap((s) => s.marks.lone),
    byKind: kindsPerSheet.length > 1 && kindsPerSheet.every((k) => k.size === 1),
    summaries: perSheet.flatMap((s) => s.summaries),
    strategicLines: perSheet.flatMap((s) => s.strategic),
    measures: perSheet.flatMap((s) => s.measures),
  };
}
