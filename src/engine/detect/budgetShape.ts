import { BUDGET_ROW_KEYS, type BudgetRowKey } from '../model/plan';
import { findTitle } from './captions';
import { is } from './labels';
import type { SheetIndex, TextAt } from './sheetIndex';

/** A row label as a BudgetRowKey: indents, bullets and `합계` tolerated. */
export function budgetRowKey(label: string): BudgetRowKey | undefined {
  const key = label.replace(/[^가-힣]/g, '');
  if (is('total', key)) return '계';
  return BUDGET_ROW_KEYS.find((k) => k === key);
}

/** How many rows under the header the row labels are looked for: a second header row and the six budget rows. */
const BODY_REACH = 8;

/** Whether the label column under the header names a row only a 예산현황 has (계 alone is any table's total). */
function hasOwnRowLabel(ix: SheetIndex, at: TextAt): boolean {
  for (let r = at.row + 1, started = false; r <= at.row + BODY_REACH; r++) {
    const label = ix.textAt(r, at.col);
    // The merged 구분 leaves the second header row blank; after the first label a blank ends the body.
    if (!label) {
      if (started) return false;
      continue;
    }
    started = true;
    const key = budgetRowKey(label.text);
    if (key !== undefined && key !== '계') return true;
  }
  return false;
}

/** A 구성비 label right of the anchor, in the header row or the one under it. */
const hasShareColumn = (ix: SheetIndex, at: TextAt): boolean =>
  [at.row, at.row + 1].some((r) => ix.cellsOf(r).some((c) => c.col > at.col && is('share', c.key)));

/**
 * Whether a `구분 | 예산액 | 전년도예산액 | 증감률` header is a 예산현황 (T3) and not some other comparison table
 * (회계별 세출, 세입현황) that happens to share its words. A real 예산현황 always shows what makes it one: its
 * 구성비 columns, its title, or its own rows (정책사업, 행정운영경비, 인력운영비, 기본경비, 재무활동). A template with
 * a blank body still has its 구성비 columns or title; a stray table has none of the three.
 */
export const isBudgetHeader = (ix: SheetIndex, at: TextAt): boolean =>
  hasShareColumn(ix, at) || findTitle(ix, at.row, 'T3') !== undefined || hasOwnRowLabel(ix, at);
