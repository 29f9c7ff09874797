import type { TableKind } from '../model/plan';
import { isBudgetHeader } from './budgetShape';
import { is, type LabelName } from './labels';
import { isMeasureHeader } from './measureHeader';
import type { SheetIndex, TextAt } from './sheetIndex';
import { targetsAsColumns } from './targetsAsColumns';

/** Where a table's first header label sits. */
export type Anchor = { readonly kind: TableKind; readonly row: number; readonly col: number };

/** '가', the first Hangul syllable. */
const HANGUL_FIRST = 0xac00;

/** Some label among `names` to the right of `at` in its row. */
const rowHas = (row: ReadonlyArray<TextAt>, at: TextAt, ...names: LabelName[]): boolean =>
  row.some((c) => c.col > at.col && names.some((n) => is(n, c.key)));

/**
 * What makes a cell the first label of a table's header: the label itself and a companion label in the same
 * row (or, for T6's label/value block, 사업내용 under 사업명), and for T3 what only a 예산현황 has. A lone
 * `정책사업목표` heading is no header.
 */
function kindAt(ix: SheetIndex, row: ReadonlyArray<TextAt>, at: TextAt): TableKind | undefined {
  const k = at.key;
  // Every first label below starts with a Hangul syllable: numbers and other text are passed at once (a sheet of
  // millions of number cells would otherwise run seven patterns on each).
  if (k.charCodeAt(0) < HANGUL_FIRST) return undefined;
  if (is('division', k) && rowHas(row, at, 'planGroup', 'strategicCount')) return 'T0';
  if (is('goal', k) && rowHas(row, at, 'indicatorCount', 'unitCount', 'budget')) return 'T1';
  if (is('department', k) && rowHas(row, at, 'quota', 'current')) return 'T2';
  if (is('category', k) && rowHas(row, at, 'budget') && rowHas(row, at, 'prevBudget', 'change', 'rate') && isBudgetHeader(ix, at))
    return 'T3';
  if (
    is('indicator', k) &&
    rowHas(row, at, 'weight', 'indicatorType') &&
    !targetsAsColumns(row.filter((c) => c.col > at.col).map((c) => c.key))
  )
    return 'T4';
  if (isMeasureHeader(ix, row, at)) return 'T4M';
  if (is('project', k) && rowHas(row, at, 'account', 'detailCount')) return 'T5';
  if (is('project', k) && is('content', ix.textAt(at.row + 1, at.col)?.key ?? '')) return 'T6';
  return undefined;
}

/** Every table anchor of a sheet, in reading order (row, then column): one pass over the indexed cells. */
export function findAnchors(ix: SheetIndex): Anchor[] {
  const anchors: Anchor[] = [];
  for (const r of ix.rowNumbers) {
    // Every first label starts with a Hangul syllable: the row's numbers are needed only once one does.
    const labels = ix.labelsOf(r).filter((at) => at.key.charCodeAt(0) >= HANGUL_FIRST);
    if (labels.length === 0) continue;
    const row = ix.cellsOf(r);
    for (const at of labels) {
      const kind = kindAt(ix, row, at);
      if (kind) anchors.push({ kind, row: r, col: at.col });
    }
  }
  return anchors;
}
