import type ExcelJS from 'exceljs';
import type { TableKind } from '../../../src/engine/model/plan';
import type { Pen } from './pen';
import type { AuthorStyle } from './style';

const TITLES: Readonly<Record<TableKind, string>> = {
  T0: '성과계획 총괄표',
  T1: '정책사업목표 현황',
  T2: '조직 및 인력현황',
  T3: '예산현황',
  T4: '성과지표별 목표치 설정',
  T4M: '측정 자료',
  T5: '관련 예산사업 내역',
  T6: '관련 예산사업 개요',
};

const NUMBER: Readonly<Record<TableKind, string>> = {
  T0: '',
  T1: '1.',
  T2: '2.',
  T3: '3.',
  T4: '(2)',
  T4M: '',
  T5: '□',
  T6: '□',
};

/**
 * The title and `(단위 …)` caption above a table, as this author places them; returns the header's row.
 * `width` is the table's column count, so a right caption sits over its last column.
 */
export function frame(
  pen: Pen,
  ws: ExcelJS.Worksheet,
  style: AuthorStyle,
  at: { row: number; col: number },
  kind: TableKind,
  width: number,
  caption?: string,
): number {
  let row = at.row;
  const title = TITLES[kind];
  const text = { angle: `< ${title} >`, square: `□ ${title}`, numbered: `${NUMBER[kind]} ${title}`, none: '' }[style.title];
  if (text !== '') pen.put(ws, row++, at.col, text);
  if (caption && style.caption !== 'none') {
    const col = style.caption === 'right' ? at.col + width - 1 : at.col;
    const inner = caption.slice(1, -1);
    const spaced = style.brackets === '<>' ? inner.replace(/:/, ' : ').replace('천원', '천 원') : inner;
    pen.put(ws, row, col, `${style.brackets[0]}${spaced}${style.brackets[1]}`);
    if (style.caption === 'right') ws.getCell(row, col).alignment = { horizontal: 'right' };
    row++;
  }
  return row;
}

/** A header label: spaced the way a typist centres short words (`예 산 액`), or compact. */
export const word = (style: AuthorStyle, spaced: string, compact: string): string => (style.spacedWords ? spaced : compact);

/** Writes header labels in a row; `null` leaves the cell for a merge to cover. */
export function labels(
  pen: Pen,
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  texts: ReadonlyArray<string | number | null>,
): void {
  texts.forEach((t, i) => t !== null && pen.put(ws, row, col + i, t));
}
