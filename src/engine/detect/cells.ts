import { cellRef } from '../grid/cellRef';
import type { NumCell, TextCell, Unread } from '../model/plan';
import { UNREAD_MESSAGES } from '../model/unreadMessages';
import { missingNum, numCell, type NumOptions } from '../model/numCell';
import type { Header } from './headers';
import type { SheetIndex } from './sheetIndex';

/** The text of a cell, or undefined when blank or when the column is missing. */
export function textAt(ix: SheetIndex, row: number, col: number | undefined): TextCell | undefined {
  const at = col === undefined ? undefined : ix.textAt(row, col);
  return at ? { ref: cellRef(ix.sheet.name, row, at.col), text: at.text } : undefined;
}

/** A text cell that must exist in the model (a name): blank reads as ''. */
export function textOr(ix: SheetIndex, row: number, col: number): TextCell {
  return textAt(ix, row, col) ?? { ref: cellRef(ix.sheet.name, row, col), text: '' };
}

/** A body cell as a reader names it: the row's first label and the column's header (with its group). */
function placeLabel(ix: SheetIndex, header: Header, row: number, col: number): string {
  const h = header.cols.find((c) => c.col === col);
  const column = h ? (h.group && h.group !== h.label ? `${h.group} ${h.label}` : h.label) : '';
  return [ix.textAt(row, header.left)?.text ?? '', column].filter(Boolean).join(' ');
}

/**
 * A number cell of a body row; a column the header lacks gives a blank reading at the row's first cell.
 * A cell that does not read is reported with its row and column labels, so the message says which figure it is.
 */
export function numAt(
  ix: SheetIndex,
  header: Header,
  row: number,
  col: number | undefined,
  unread: Unread[],
  options?: NumOptions,
): NumCell {
  if (col === undefined) return missingNum(ix.sheet, row, header.left);
  const before = unread.length;
  const cell = numCell(ix.sheet, row, col, unread, options);
  const label = unread.length > before ? placeLabel(ix, header, row, col) : '';
  if (label) unread[before] = { ...unread[before], label };
  return cell;
}

/** Reports each column the header should have but lacks, once, at the header's first cell. */
export function reportMissing(
  ix: SheetIndex,
  header: Header,
  wanted: Readonly<Record<string, number | undefined>>,
  unread: Unread[],
): void {
  for (const [label, col] of Object.entries(wanted)) {
    if (col !== undefined) continue;
    unread.push({
      ref: cellRef(ix.sheet.name, header.top, header.left),
      messageId: 'missingColumn',
      ...UNREAD_MESSAGES.missingColumn(label),
    });
  }
}
