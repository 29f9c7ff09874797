import { parseYearHeader } from '../grid/years';
import type { Indicator, Unread } from '../model/plan';
import { UNREAD_MESSAGES } from '../model/unreadMessages';
import type { Anchor } from './anchors';
import { headerBody } from './body';
import { numAt, textAt, textOr } from './cells';
import { bodyRange, tableInfo, type DetectContext, type Detected } from './detected';
import { findCol, readHeader, type Header } from './headers';
import { is } from './labels';
import type { SheetIndex } from './sheetIndex';
import { withBases } from './targetBasis';

/** The unit in the indicator name's last parentheses: `운영도 (%)` → `%`; '' when none. */
export const indicatorUnit = (name: string): string => /\(([^()]*)\)\s*$/.exec(name)?.[1].trim() ?? '';

/** Year columns: any number of them, each headed '14, 2014 or 14년. */
const yearCols = (header: Header) =>
  header.cols.flatMap((c) => {
    const year = parseYearHeader(c.label)?.year;
    return year === undefined ? [] : [{ col: c.col, year }];
  });

/**
 * Rows of one indicator: its named row and the rows after it that are unnamed (실적 under a merged name) or
 * repeat its name (a merge unmerged by copying the name down).
 */
function groupRows(ix: SheetIndex, rows: ReadonlyArray<number>, nameCol: number, unread: Unread[]): number[][] {
  const groups: number[][] = [];
  for (const r of rows) {
    const name = ix.textAt(r, nameCol)?.key;
    const last = groups[groups.length - 1];
    const repeats = last !== undefined && last.length === 1 && name === ix.textAt(last[0], nameCol)?.key;
    if (name !== undefined && !repeats) groups.push([r]);
    else if (last !== undefined) last.push(r);
    else {
      const ref = { sheet: ix.sheet.name, row: r, col: nameCol };
      unread.push({ ref, messageId: 'noIndicatorName', ...UNREAD_MESSAGES.noIndicatorName() });
    }
  }
  return groups;
}

/**
 * T4 성과지표별 목표치 설정: two rows per indicator, 목표 then 실적, over any number of year columns; each indicator
 * with the 목표치 설정 근거 the section after the table states for it.
 */
export function detectT4(ctx: DetectContext, anchor: Anchor): Detected {
  const { ix } = ctx;
  const header = readHeader(ix, anchor.row, anchor.col, (key) => is('category', key));
  const cols = {
    '성과지표(단위)': anchor.col,
    '지표 유형': findCol(header, (c) => is('indicatorType', c.label)),
    가중치: findCol(header, (c) => is('weight', c.label)),
    구분: findCol(header, (c) => is('category', c.label)),
  };
  const years = yearCols(header);
  const measureCol = findCol(header, (c) => is('measure', c.label));
  const sourceCol = findCol(header, (c) => is('source', c.label));
  const { unread, rows } = headerBody(ctx, header, { ...cols, 연도: years.length > 0 ? years[0].col : undefined });
  const values = (r: number) => years.map((y) => numAt(ix, header, r, y.col, unread, { blankIsNothing: true }));
  const read: Indicator[] = groupRows(ix, rows, anchor.col, unread).map((group) => {
    const label = (r: number) => ix.textAt(r, cols.구분 ?? -1)?.key ?? '';
    const targetRow = group.find((r) => is('target', label(r))) ?? group[0];
    const actualRow = group.find((r) => r !== targetRow && (is('actual', label(r)) || !is('target', label(r)))) ?? null;
    const name = textOr(ix, group[0], anchor.col);
    const formula = textAt(ix, group[0], measureCol);
    const source = textAt(ix, group[0], sourceCol);
    return {
      name,
      unit: indicatorUnit(name.text),
      type: cols['지표 유형'] === undefined ? { ref: name.ref, text: '' } : textOr(ix, group[0], cols['지표 유형']),
      weight: numAt(ix, header, group[0], cols.가중치, unread, { exact: true }),
      years: years.map((y) => y.year),
      targets: values(targetRow),
      actuals: actualRow === null ? [] : values(actualRow),
      ...(formula ? { formula } : {}),
      ...(source ? { source } : {}),
      targetRow,
      actualRow,
    };
  });
  const indicators = withBases(ix, ctx.headers, rows.length > 0 ? rows[rows.length - 1] : header.bottom, read);
  return { kind: 'T4', info: tableInfo(ctx, 'T4', bodyRange(header, rows), unread), indicators };
}
