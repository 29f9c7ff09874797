import type { RangeRef } from '../../engine/edge';
import { MAX_COLS, MAX_ROWS } from './readLimits';
import { refuse } from './readProblem';

/**
 * Addresses as a worksheet part writes them (`B7`, `B2:E3`, `<row r="7">`), 0-based, held to Excel's grid: beyond
 * row 1,048,576 or column XFD the file is refused at once (a row number in the billions would otherwise make a
 * reader walk that many rows), and what is no address at all is a damaged part.
 */

const A = 65;
const Z = 90;
const DOLLAR = 36;
const ZERO = 48;
const NINE = 57;

/**
 * A 1-based row number as text (from `from` on) → 0-based (digits only; more than 7 of them is past the grid,
 * whatever they say).
 */
export function rowIndex(text: string, from = 0): number {
  let row = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch < ZERO || ch > NINE) return refuse('unreadable');
    row = row * 10 + (ch - ZERO);
  }
  if (text.length - from > 7 || row > MAX_ROWS) return refuse('beyondGrid');
  if (row < 1) return refuse('unreadable');
  return row - 1;
}

/**
 * `B7`, `$B$7`, `b7` → 0-based; read by character codes, since a sheet has one of these per cell (a regex and
 * letter conversion per cell showed in profiles of city-sized plans).
 */
export function cellAddress(text: string): { row: number; col: number } {
  let i = text.charCodeAt(0) === DOLLAR ? 1 : 0;
  let col = 0;
  const start = i;
  for (let ch = text.charCodeAt(i) & ~32; ch >= A && ch <= Z; ch = text.charCodeAt(++i) & ~32) col = col * 26 + (ch - A + 1);
  if (i === start) return refuse('unreadable');
  if (i - start > 3 || col > MAX_COLS) return refuse('beyondGrid');
  if (text.charCodeAt(i) === DOLLAR) i++;
  return { row: rowIndex(text, i), col: col - 1 };
}

const CELL = /^\$?([A-Za-z]+)\$?(\d+)$/;

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
