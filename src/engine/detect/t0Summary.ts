import type { RangeRef } from '../grid/cellRef';
import type { SummaryRow } from '../model/plan';
import type { Anchor } from './anchors';
import { headerBody } from './body';
import { numAt, textOr } from './cells';
import { bodyRange, tableInfo, type DetectContext, type Info } from './detected';
import type { Header, HeaderCol } from './headers';
import { is, type LabelName } from './labels';
import type { SheetIndex } from './sheetIndex';

/** A 성과계획 총괄표 as detected: the 계 row apart from the 실국 rows. */
export type DetectedSummary = {
  readonly kind: 'T0';
  readonly info: Info;
  readonly total?: SummaryRow;
  readonly rows: ReadonlyArray<SummaryRow>;
};

/** How many rows under 실국명 the header may take: 성과계획 / 정책사업목표 / 개수·지표수 in the official form. */
const HEADER_REACH = 3;

/**
 * The last header row: the row above the first body row (계, always first), else the bottom of a merged 실국명,
 * else the row under it (성과계획 and 예산액 are groups: their labels are one row down).
 */
function headerBottom(ix: SheetIndex, anchor: Anchor): number {
  for (let r = anchor.row + 1; r <= anchor.row + HEADER_REACH; r++)
    if (is('total', ix.textAt(r, anchor.col)?.key ?? '')) return r - 1;
  return ix.mergeAt(anchor.row, anchor.col)?.bottom ?? anchor.row + 1;
}

/** The merges whose master sits in the header rows, for the labels they carry over the cells they cover. */
function headerMerges(ix: SheetIndex, top: number, bottom: number): RangeRef[] {
  const merges: RangeRef[] = [];
  for (let r = top; r <= bottom; r++) merges.push(...ix.mergesFrom(r));
  return merges;
}

/**
 * The header over two or three rows, each column named by the labels under its group joined (`정책사업목표` over
 * `개수` reads `정책사업목표개수`, a merged `예산액` over two rows reads once); a column with nothing under the first
 * row takes the first row's label.
 */
function readSummaryHeader(ix: SheetIndex, anchor: Anchor): Header {
  const top = anchor.row;
  const bottom = headerBottom(ix, anchor);
  const merges = headerMerges(ix, top, bottom);
  const labelAt = (r: number, c: number): string => {
    const own = ix.textAt(r, c)?.key;
    if (own !== undefined) return own;
    const m = merges.find((g) => g.top <= r && r <= g.bottom && g.left <= c && c <= g.right);
    return m ? (ix.textAt(m.top, m.left)?.key ?? '') : '';
  };
  const cols: HeaderCol[] = [];
  const rows = Array.from({ length: bottom - top + 1 }, (_, k) => top + k);
  for (let c = anchor.col + 1; rows.some((r) => labelAt(r, c) !== '') || ix.hidden.has(c); c++) {
    const lower = rows.slice(1).map((r) => labelAt(r, c));
    const parts = lower.filter((l, k) => l !== '' && l !== lower[k - 1]);
    const group = labelAt(top, c);
    const label = parts.length > 0 ? parts.join('') : group;
    if (ix.hidden.has(c) || label === '' || is('notes', label)) continue;
    cols.push({ col: c, top: group, sub: parts.join(''), group, label });
  }
  const right = cols.length > 0 ? cols[cols.length - 1].col : anchor.col;
  return { top, bottom, cols, left: anchor.col, right };
}

const colOf = (header: Header, name: LabelName, not?: LabelName): number | undefined =>
  header.cols.find((c) => is(name, c.label) && !(not && is(not, c.label)))?.col;

/** T0 성과계획 총괄표: 실국명, 전략목표수, 정책사업목표 {개수, 지표수}, 단위사업수, 예산액, 전년도예산액, 비교증감; 계 first. */
export function detectT0(ctx: DetectContext, anchor: Anchor): DetectedSummary {
  const { ix } = ctx;
  const header = readSummaryHeader(ix, anchor);
  const cols = {
    실국명: anchor.col,
    전략목표수: colOf(header, 'strategicCount'),
    '정책사업목표 개수': colOf(header, 'goalCount'),
    '정책사업목표 지표수': colOf(header, 'indicatorTotal'),
    단위사업수: colOf(header, 'unitCount'),
    예산액: colOf(header, 'budget'),
    전년도예산액: colOf(header, 'prevBudget'),
    비교증감: colOf(header, 'change'),
  };
  const { unread, rows } = headerBody(ctx, header, cols, [anchor.col]);
  const count = (r: number, col: number | undefined) => numAt(ix, header, r, col, unread, { exact: true });
  const amount = (r: number, col: number | undefined) => numAt(ix, header, r, col, unread);
  const read: SummaryRow[] = rows.map((r) => ({
    name: textOr(ix, r, anchor.col),
    strategic: count(r, cols.전략목표수),
    goals: count(r, cols['정책사업목표 개수']),
    indicators: count(r, cols['정책사업목표 지표수']),
    units: count(r, cols.단위사업수),
    budget: amount(r, cols.예산액),
    prevBudget: amount(r, cols.전년도예산액),
    change: amount(r, cols.비교증감),
  }));
  const info = tableInfo(ctx, 'T0', bodyRange(header, rows), unread);
  const totalAt = read.findIndex((s) => is('total', s.name.text.replace(/\s/g, '')));
  if (totalAt < 0) return { kind: 'T0', info, rows: read };
  return { kind: 'T0', info, total: read[totalAt], rows: read.filter((_, i) => i !== totalAt) };
}

/**
 * Whether an anchor lies in a 총괄표's header (its `정책사업목표` over 개수 and 지표수 has 단위사업수 and 예산액 beside
 * it, as a 정책사업목표 현황's header does): it is part of the 총괄표, not a table of its own.
 */
export const insideSummaryHeader = (summaries: ReadonlyArray<Anchor>, a: Anchor): boolean =>
  a.kind !== 'T0' && summaries.some((s) => a.row > s.row && a.row <= s.row + HEADER_REACH - 1 && a.col > s.col);
