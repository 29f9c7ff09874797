import { cellRef } from '../grid/cellRef';
import type { NumCell, TextCell, Unread } from '../model/plan';
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

/** A number cell of a body row; a column the header lacks gives a blank reading at the row's first cell. */
export function numAt(ix: SheetIndex, header: Header, row: number, col: number | undefined, unread: Unread[], options?: NumOptions): NumCell {
  return col === undefined ? missingNum(ix.sheet, row, header.left) : numCell(ix.sheet, row, col, unread, options);
}

/** Reports each column the header should have but lacks, once, at the header's first cell. */
export function reportMissing(ix: SheetIndex, header: Header, wanted: Readonly<Record<string, number | undefined>>, unread: Unread[]): void {
  for (const [label, col] of Object.entries(wanted)) {
    if (col !== undefined) continue;
    unread.push({
      ref: cellRef(ix.sheet.name, header.top, header.left),
      ko: `'${label}' 열을 찾을 수 없습니다`,
      en: `no '${label}' column in the header`,
    });
  }
}
