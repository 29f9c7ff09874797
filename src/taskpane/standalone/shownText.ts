import { format } from 'numfmt';
import type { Cell } from '../../engine/edge';

/** What Excel would print in the cell: a number through its format code (△ and decimals included), an error as its literal. */
export function shownText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  if (typeof cell.value === 'number') {
    try {
      return format(cell.numFmt ?? 'General', cell.value);
    } catch {
      return format('General', cell.value); // a code numfmt cannot parse: show the plain number rather than nothing
    }
  }
  return cell.value ?? '';
}
