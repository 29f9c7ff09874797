import { parseYearHeader } from '../grid/years';
import type { DetailProject, YearColumn } from '../model/plan';
import type { Anchor } from './anchors';
import { headerBody } from './body';
import { numAt, textAt, textOr } from './cells';
import { bodyRange, tableInfo, type DetectContext, type Detected } from './detected';
import { findCol, readHeader, type Header } from './headers';
import { is } from './labels';
import type { SheetIndex } from './sheetIndex';
import { startsWithUnitRow, unitHeading } from './unitRow';
import { missingNum } from '../model/numCell';

const KINDS: ReadonlyArray<YearColumn['kind']> = ['결산', '예산', '추경'];

/** Year and kind in one cell, or (numeric years) a year over its kind in a second header row. */
const isKindLabel = (key: string): boolean => /^(결산|예산|본예산|추경)$/.test(key);

/**
 * The year columns ('14결산, '15예산, 2016 예산, or 2016 over 예산) in column order, each with the header
 * cell naming its year.
 */
function yearColumns(ix: SheetIndex, header: Header): { col: number; column: YearColumn }[] {
  return header.cols.flatMap((c) => {
    const parsed = parseYearHeader(c.top + c.sub);
    if (!parsed) return [];
    const kind = KINDS.find((k) => k === parsed.kind) ?? '기타';
    const headerCell = textOr(ix, c.top !== '' ? header.top : header.bottom, c.col);
    return [{ col: c.col, column: { year: parsed.year, kind, header: headerCell } }];
  });
}

/**
 * T5 관련 예산사업 내역: the 단위사업 row first, then its 세부사업 rows, amounts per year column. A body that starts
 * directly with its 세부사업 (see startsWithUnitRow) is read as 세부사업 only, named by its heading.
 */
export function detectT5(ctx: DetectContext, anchor: Anchor): Detected {
  const { ix } = ctx;
  const header = readHeader(ix, anchor.row, anchor.col, isKindLabel);
  const years = yearColumns(ix, header);
  const cols = {
    사업명: anchor.col,
    회계구분: findCol(header, (c) => is('account', c.label)),
    '비고(세부사업수)': findCol(header, (c) => is('detailCount', c.label)),
    연도: years.length > 0 ? years[0].col : undefined,
  };
  const { unread, rows } = headerBody(ctx, header, cols);
  const info = tableInfo(ctx, 'T5', bodyRange(header, rows), unread);
  if (rows.length === 0) return { kind: 'T5', info };
  const amounts = (r: number) => years.map((y) => numAt(ix, header, r, y.col, unread));
  const [first, ...rest] = rows;
  const details = (from: ReadonlyArray<number>): DetailProject[] =>
    from.map((r) => ({ name: textOr(ix, r, anchor.col), amounts: amounts(r) }));
  const columns = years.map((y) => y.column);
  const unit = info.unit ? { unit: info.unit } : {};
  const heading = unitHeading(ix, header, ctx.headers);
  const own = {
    name: textOr(ix, first, anchor.col),
    amounts: amounts(first),
    detailCount: numAt(ix, header, first, cols['비고(세부사업수)'], unread, { exact: true }),
  };
  const below = details(rest);
  if (
    heading &&
    !startsWithUnitRow(
      heading,
      own,
      below.map((d) => d.amounts),
    )
  ) {
    // No 단위사업 row: every body row is a 세부사업; the totals and count are blanks at the heading, never written.
    const blank = () => missingNum(ix.sheet, heading.ref.row, heading.ref.col);
    const project = {
      name: heading,
      columns,
      totals: years.map(blank),
      detailCount: blank(),
      details: details(rows),
      noUnitRow: true as const,
      ...unit,
    };
    return { kind: 'T5', info, project };
  }
  const account = textAt(ix, first, cols.회계구분);
  const project = {
    name: own.name,
    ...(account ? { account } : {}),
    columns,
    totals: own.amounts,
    detailCount: own.detailCount,
    details: below,
    ...unit,
  };
  return { kind: 'T5', info, project };
}
