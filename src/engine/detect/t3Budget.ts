import type { BudgetRow, BudgetRowKey } from '../model/plan';
import { UNREAD_MESSAGES } from '../model/unreadMessages';
import type { Anchor } from './anchors';
import { headerBody } from './body';
import { budgetRowKey } from './budgetShape';
import { numAt, textOr } from './cells';
import { bodyRange, tableInfo, type DetectContext, type Detected } from './detected';
import { findCol, readHeader, type Header } from './headers';
import { is } from './labels';

/**
 * T3's columns by position within the header's groups: two columns are headed 구성비, and the first after
 * 예산액 is this year's, the one after 전년도예산액 the previous year's.
 */
function budgetColumns(header: Header, anchorCol: number) {
  const budget = findCol(header, (c) => is('budget', c.label));
  const prevBudget = findCol(header, (c) => is('prevBudget', c.label) || (is('prevBudget', c.group) && !is('share', c.label)));
  const shareAfter = (from: number | undefined) =>
    from === undefined ? undefined : findCol(header, (c) => is('share', c.label), from);
  const share = shareAfter(budget);
  return {
    구분: anchorCol,
    예산액: budget,
    구성비: share !== undefined && (prevBudget === undefined || share < prevBudget) ? share : undefined,
    전년도예산액: prevBudget,
    '구성비(전년도)': shareAfter(prevBudget),
    비교증감: findCol(header, (c) => is('change', c.label)),
    증감률: findCol(header, (c) => is('rate', c.label)),
  };
}

/** T3 예산현황: 계, 정책사업, 행정운영경비, 인력운영비, 기본경비, 재무활동 by their labels. */
export function detectT3(ctx: DetectContext, anchor: Anchor): Detected {
  const { ix } = ctx;
  const header = readHeader(ix, anchor.row, anchor.col, (key) => is('share', key));
  const cols = budgetColumns(header, anchor.col);
  const { unread, rows } = headerBody(ctx, header, cols);
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
      budget: numAt(ix, header, r, cols.예산액, unread),
      share: numAt(ix, header, r, cols.구성비, unread),
      prevBudget: numAt(ix, header, r, cols.전년도예산액, unread),
      prevShare: numAt(ix, header, r, cols['구성비(전년도)'], unread),
      change: numAt(ix, header, r, cols.비교증감, unread),
      rate: numAt(ix, header, r, cols.증감률, unread),
    };
  }
  return { kind: 'T3', info: tableInfo(ctx, 'T3', bodyRange(header, rows), unread), rows: budget };
}
