import type { RangeRef } from '../grid/cellRef';

/**
 * A report table as data, independent of how it is drawn: the xlsx renderer, the task pane or a test reads
 * the same value. Positions are 0-based and relative to the table's first header row.
 */

export type Align = 'left' | 'center' | 'right';

/** What a cell's background means; each renderer picks its own colours. */
export type Fill = 'header' | 'label' | 'total' | 'error' | 'warning' | 'info';

export type ReportCell = {
  /** Numbers stay numeric: △ and % come from `numFmt`. Null is a blank cell (or a covered cell of a merge). */
  readonly value: number | string | null;
  readonly numFmt?: string;
  readonly align?: Align;
  readonly bold?: boolean;
  readonly fill?: Fill;
  /** A link inside the workbook, `#'시트'!D7`. */
  readonly hyperlink?: string;
  /** Long text (사업내용, messages) wraps instead of widening its column. */
  readonly wrap?: boolean;
};

export type ReportTable = {
  /** Which report this is (`t3`, `funding` …). */
  readonly id: string;
  /** As the documents title it: `< 예산현황 >`; absent for a block continuing the one above (T6). */
  readonly title?: string;
  /** What the table is about when the title alone does not say: `정책사업목표: …`, `단위사업: …`. */
  readonly subject?: string;
  /** The unit caption, right-aligned above the table: `(단위: 백만원, %)`. */
  readonly caption?: string;
  /** Header rows, top to bottom (none for T6's label/value rows). */
  readonly header: ReadonlyArray<ReadonlyArray<ReportCell>>;
  readonly body: ReadonlyArray<ReadonlyArray<ReportCell>>;
  /** Merged areas over header and body rows together (row 0 is the first header row). */
  readonly merges: ReadonlyArray<RangeRef>;
  /** Column widths in characters (Hangul counts two). */
  readonly widths: ReadonlyArray<number>;
};

/** Number of columns: the longest row. */
export const columnCount = (t: ReportTable): number => Math.max(0, ...[...t.header, ...t.body].map((r) => r.length));
