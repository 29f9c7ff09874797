import { format } from 'numfmt';
import type { CellRef } from '../grid/cellRef';
import { cellAt, type Sheet } from '../grid/sheet';
import { formatInfo } from '../interval/fromFormat';
import type { NumCell, TextCell } from '../model/plan';
import { DEFAULT_AMOUNT_FMT, DEFAULT_RATIO_FMT, heldValue } from '../recompute/representation';
import type { ReportCell } from './reportTable';

/** The number format a plan cell has in the sheets it was read from (undefined: General or unknown). */
export type Formats = (ref: CellRef) => string | undefined;

export const noFormats: Formats = () => undefined;

export function formatsOf(sheets: ReadonlyArray<Sheet>): Formats {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  return (ref) => {
    const sheet = byName.get(ref.sheet);
    return sheet ? cellAt(sheet, ref.row, ref.col)?.numFmt : undefined;
  };
}

/** amount: 백만원/천원; ratio: 구성비, 증감률, 달성률; count: 명, 개, 가중치; measure: T4 목표/실적 as typed. */
export type Role = 'amount' | 'ratio' | 'count' | 'measure';

export const COUNT_FMT = '#,##0';
/** Figures a report computes itself: amounts and ratios with △, as the documents write them. */
export const ROLE_FMT: Readonly<Record<Role, string | undefined>> = {
  amount: DEFAULT_AMOUNT_FMT,
  ratio: DEFAULT_RATIO_FMT,
  count: COUNT_FMT,
  // 목표/실적 mix 96.6, 97 and 99.32 in one row: General shows each as typed (reads as General too), △ for negatives.
  measure: 'General;"△"General;0',
};

export const headerCell = (text: string | null): ReportCell => ({
  value: text,
  align: 'center',
  bold: true,
  fill: 'header',
  wrap: true,
});

/** A row label in a label/value table (T6) or a 계 row's first cell. */
export const labelCell = (text: string): ReportCell => ({ value: text, align: 'center', bold: true, fill: 'label' });

export const textCell = (text: string | undefined, extra: Partial<ReportCell> = {}): ReportCell => ({
  value: text === undefined || text === '' ? null : text,
  align: 'left',
  ...extra,
});

export const textOf = (cell: TextCell | undefined, extra: Partial<ReportCell> = {}): ReportCell => textCell(cell?.text, extra);

export const blankCell: ReportCell = { value: null };

/** A number the report computed, in the units the reader sees, with the role's format. */
export const numberCell = (value: number | null, role: Role, extra: Partial<ReportCell> = {}): ReportCell => ({
  value,
  ...(ROLE_FMT[role] !== undefined ? { numFmt: ROLE_FMT[role] } : {}),
  align: 'right',
  ...extra,
});

/** A format that shows a number: not General and not the text format `@`. */
const showsNumber = (code: string | undefined): code is string =>
  code !== undefined && !formatInfo(code).general && !formatInfo(code).text;

/**
 * A figure of the plan as the plan states it: the number with the format its cell has (a % fraction stays a
 * fraction under `0.00%`), or the role's format when the cell showed it as General or text (`△81` typed as text
 * becomes the number -81 shown as △81). Words and dashes stay as written; a blank stays blank.
 */
export function figureCell(num: NumCell | undefined, role: Role, formats: Formats, extra: Partial<ReportCell> = {}): ReportCell {
  const reading = num?.reading;
  if (!num || !reading || reading.kind === 'blank' || reading.kind === 'uncached') return { ...blankCell, ...extra };
  if (reading.kind !== 'number' || num.value === null) return { value: reading.shown, align: 'right', ...extra };
  const own = formats(num.ref);
  const numFmt = showsNumber(own) ? own : ROLE_FMT[role];
  return {
    value: heldValue(num.value, formatInfo(numFmt)),
    ...(numFmt !== undefined ? { numFmt } : {}),
    align: 'right',
    ...extra,
  };
}

/** What a cell shows, for sizing its column. */
export function shownText(cell: ReportCell): string {
  if (typeof cell.value !== 'number') return cell.value ?? '';
  try {
    return format(cell.numFmt ?? 'General', cell.value);
  } catch {
    return String(cell.value);
  }
}

/** An amount format showing `decimals` places (an amount in 천원 shown in 백만원 keeps three), △ for negatives. */
export function amountFormat(decimals: number): string {
  if (decimals <= 0) return ROLE_FMT.amount!;
  const body = `#,##0.${'0'.repeat(decimals)}`;
  return `${body};"△"${body};0`;
}
