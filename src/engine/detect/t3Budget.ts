import type { BudgetRow, BudgetRowKey, Unread } from '../model/plan';
import { UNREAD_MESSAGES } from '../model/unreadMessages';
import type { Anchor } from './anchors';
import { bodyRows } from './bounds';
import { budgetRowKey } from './budgetShape';
import { numAt, reportMissing, textOr } from './cells';
import { bodyRange, tableInfo, type DetectContext, type Detected } from './detected';
import { findCol, readHeader, type Header } from './headers';
import { is } from './labels';

/**
 * T3's columns by position within the header's groups: two columns are headed 구성비, and the first after
 * 예산액 is this year's, the one after 전년도예산액 the previous year's.
 */
function budgetColumns(header: Header, anchorCol: number) {
  const amount = findCol(header, (c) => is('amount', c.label));
  const prevAmount = findCol(header, (c) => is('prevAmount', c.label) || (is('prevAmount', c.group) && !is('share', c.label)));
  const shareAfter = (from: number | undefined) =>
    from === undefined ? undefined : findCol(header, (c) => is('share', c.label), from);
  const share = shareAfter(amount);
  return {
    구분: anchorCol,
    예산액: amount,
    구성비: share !== undefined && (prevAmount === undefined || share < prevAmount) ? share : undefined,
    전년도예산액: prevAmount,
    '구성비(전년도)': shareAfter(prevAmount),
    비교증감: findCol(header, (c) => is('change', c.label)),
    증감률: findCol(header, (c) => is('rate', c.label)),
  };
}

/** T3 예산현황: 계, 정책사업, 행정운영경비, 인력운영비, 기본경비, 재무활동 by their labels. */
export function detectT3(ctx: DetectContext, anchor: Anchor): Detected {
  const { ix } = ctx;
  const header = readHeader(ix, anchor.row, anchor.col, (key) => is('share', key));
  const cols = budgetColumns(header, anchor.col);
  const unread: Unread[] = [];
  reportMissing(ix, header, cols, unread);
  const rows = bodyRows(
    ix,
    header.bottom,
    header.cols.map((c) => c.col),
    ctx.headers,
  );
  const budget: Partial<Record<BudgetRowKey, BudgetRow>> = {};
  for (const r of rows) {
    const label = textOr(ix, r, anchor.col);
    const key = budgetRowKey(label.text);
    if (key === undefined || budget[key]) {
      unread.push({
        ref: label.ref,
        messageId: 'notBudgetRow',
        ...UNREAD_MESSAGES.notBudgetRow(label.text),
      });
      continue;
    }
    budget[key] = {
      label,
      amount: numAt(ix, header, r, cols.예산액, unread),
      share: numAt(ix, header, r, cols.구성비, unread),
      prevAmount: numAt(ix, header, r, cols.전년도예산액, unread),
      prevShare: numAt(ix, header, r, cols['구성비(전년도)'], unread),
      change: numAt(ix, header, r, cols.비교증감, unread),
      rate: numAt(ix, header, r, cols.증감률, unread),
    };
  }
  return { kind: 'T3', info: tableInfo(ctx, 'T3', bodyRange(header, rows), unread), rows: budget };
}
