import { columnIndex, type RangeRef } from '../../engine/edge';
import { MAX_COLS, MAX_ROWS } from './readLimits';
import { refuse } from './readProblem';

/**
 * Addresses as a worksheet part writes them (`B7`, `B2:E3`, `<row r="7">`), 0-based, held to Excel's grid: beyond
 * row 1,048,576 or column XFD the file is refused at once (a row number in the billions would otherwise make a
 * reader walk that many rows), and what is no address at all is a damaged part.
 */

const CELL = /^\$?([A-Za-z]+)\$?(\d+)$/;

/** A 1-based row number as text → 0-based. */
export function rowIndex(text: string): number {
  if (!/^\d+$/.test(text)) return refuse('unreadable');
  if (text.length > 7 || Number(text) > MAX_ROWS) return refuse('beyondGrid');
  if (Number(text) < 1) return refuse('unreadable');
  return Number(text) - 1;
}

export function cellAddress(text: string): { row: number; col: number } {
  const m = CELL.exec(text);
  if (!m) return refuse('unreadable');
  if (m[1].length > 3 || columnIndex(m[1]) >= MAX_COLS) return refuse('beyondGrid');
  return { row: rowIndex(m[2]), col: columnIndex(m[1]) };
}

/** `B2:E3` or a single cell; undefined when malformed (such a merge is skipped, as Excel repairs it away). */
export function rangeAddress(text: string): RangeRef | undefined {
  const [from, to = from, extra] = text.split(':');
  if (extra !== undefined || !CELL.test(from) || !CELL.test(to)) return undefined;
  const a = cellAddress(from);
  const b = cellAddress(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
