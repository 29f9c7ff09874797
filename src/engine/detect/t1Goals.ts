import type { Anchor } from './anchors';
import { headerBody } from './body';
import { numAt, textOr } from './cells';
import { bodyRange, tableInfo, type DetectContext, type Detected, type GoalRow } from './detected';
import { findCol, readHeader } from './headers';
import { is } from './labels';

/** T1 정책사업목표 현황: one row per goal with 성과지표수, 단위사업수 (exact counts) and 예산액. */
export function detectT1(ctx: DetectContext, anchor: Anchor): Detected {
  const { ix } = ctx;
  const header = readHeader(ix, anchor.row, anchor.col, () => false);
  const cols = {
    정책사업목표: anchor.col,
    성과지표수: findCol(header, (c) => is('indicatorCount', c.label)),
    단위사업수: findCol(header, (c) => is('unitCount', c.label)),
    예산액: findCol(header, (c) => is('budget', c.label)),
  };
  const { unread, rows } = headerBody(ctx, header, cols);
  // A 계/합계 row some authors add is no goal.
  const goalRows = rows.filter((r) => !is('total', ix.textAt(r, anchor.col)?.key ?? ''));
  const goals: GoalRow[] = goalRows.map((r) => ({
    name: textOr(ix, r, anchor.col),
    indicatorCount: numAt(ix, header, r, cols.성과지표수, unread, { exact: true }),
    unitCount: numAt(ix, header, r, cols.단위사업수, unread, { exact: true }),
    budget: numAt(ix, header, r, cols.예산액, unread),
  }));
  const range = bodyRange(header, rows);
  return { kind: 'T1', info: tableInfo(ctx, 'T1', range, unread), goals };
}
