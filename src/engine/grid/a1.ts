import type { CellRef, RangeRef } from './cellRef';

/** 0-based column index → Excel letters (0 → A, 26 → AA). */
export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel letters → 0-based column index; -1 when not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export const a1 = (row: number, col: number): string => `${columnName(col)}${row + 1}`;

export const refA1 = (ref: CellRef): string => a1(ref.row, ref.col);

export const rangeA1 = (r: RangeRef): string =>
  r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;

/** 'D7' → {row: 6, col: 3}; undefined when it is not an A1 address. */
export function parseA1(text: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** 'B5:H12' (or a single cell) → RangeRef; undefined when malformed. */
export function parseRangeA1(text: string): RangeRef | undefined {
  const [from, to = from] = text.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
