import { compactText } from '../grid/text';
import { intersects, sum, widen } from '../interval/ops';
import type { NumCell, TextCell } from '../model/plan';
import type { HeaderRows } from './bounds';
import { textOr } from './cells';
import type { Header } from './headers';
import { isSectionLine } from './labels';
import type { SheetIndex, TextAt } from './sheetIndex';

/** How far above a T5's header its `단위사업` heading may sit: the seed puts 목적 및 주요내용 prose between. */
const HEADING_REACH = 20;

/** `단위사업` alone (its name in the next cell or on the next line) or followed by its name; never `단위사업수`. */
const HEADING = /^단위사업(?!수)[:：]?/;

/** The first line under a bare `단위사업` heading, above the header, that is no title or caption: the name. */
function lineBelow(ix: SheetIndex, row: number, header: Header): TextAt | undefined {
  for (let r = row + 1; r < header.top; r++) {
    const first = ix.cellsOf(r).find((c) => c.col >= header.left && c.col <= header.right);
    if (first) return isSectionLine(first) ? undefined : first;
  }
  return undefined;
}

/**
 * The 단위사업 a T5 is under, named by the `단위사업` heading above it (over its columns), before any other
 * table's header: `단위사업 | 도시계획 수립 관리`, `단위사업: …`, or `단위사업` with the name on a line below.
 */
export function unitHeading(ix: SheetIndex, header: Header, headers: HeaderRows): TextCell | undefined {
  for (let r = header.top - 1; r >= 0 && r >= header.top - HEADING_REACH; r--) {
    if (headers.has(r)) return undefined;
    const cells = ix.cellsOf(r).filter((c) => c.col >= header.left && c.col <= header.right);
    const at = cells.find((c) => HEADING.test(c.key));
    if (!at) continue;
    const rest = at.text.replace(/^단위\s*사업\s*[:：]?\s*/, '');
    if (rest !== '') return { ref: { sheet: ix.sheet.name, row: r, col: at.col }, text: rest };
    const name = cells.find((c) => c.col > at.col) ?? lineBelow(ix, r, header);
    return name && textOr(ix, name.row, name.col);
  }
  return undefined;
}

/** Whether the stated totals could be the sum of the parts in every year column (unread cells refute nothing). */
function sumsUp(totals: ReadonlyArray<NumCell>, parts: ReadonlyArray<ReadonlyArray<NumCell>>): boolean {
  return totals.every((t, c) => {
    const cells = parts.map((p) => p[c]);
    if (t.interval === null || cells.some((p) => p.interval === null)) return true;
    return intersects(widen(sum(cells.map((p) => p.interval!))), t.interval);
  });
}

export type FirstRow = { readonly name: TextCell; readonly amounts: ReadonlyArray<NumCell>; readonly detailCount: NumCell };

/**
 * Whether a T5's first body row is its 단위사업 row (DOMAIN: it always comes first), or the table starts directly
 * with its 세부사업. Taking a 세부사업 for the total would report its true figures as errors and let recompute
 * overwrite them, so the first row is judged not the total only when everything says so together: the heading
 * above names another 단위사업, the row states no 세부사업수, and its amounts are not the sum of the rows below
 * (within their rounding) in some year column. A single-row table, a table without a heading, a row named as the
 * heading, a stated 세부사업수 or a row that adds up keeps the first row as the total: a typo in a real total
 * stays an error at that cell.
 */
export function startsWithUnitRow(
  heading: TextCell | undefined,
  first: FirstRow,
  rest: ReadonlyArray<ReadonlyArray<NumCell>>,
): boolean {
  if (heading === undefined || rest.length === 0) return true;
  const [named, own] = [compactText(heading.text), compactText(first.name.text)];
  if (named === own || own === '') return true;
  if (first.detailCount.reading.kind !== 'blank') return true;
  return sumsUp(first.amounts, rest);
}
