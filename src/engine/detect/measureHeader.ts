import { parseYearHeader } from '../grid/years';
import { findTitle } from './captions';
import { is } from './labels';
import type { SheetIndex, TextAt } from './sheetIndex';

/** A column of measured values: a year ('23, 2023, 23년) or a year's 실적 ('23년 실적); a 목표 or 예산 column is none. */
export function isMeasureYear(key: string): boolean {
  const year = parseYearHeader(key);
  return year !== undefined && (year.kind === undefined || year.kind === '실적');
}

/**
 * Whether `at` starts the header of a 측정 자료 (measurement data) table: 지표명 (성과지표, 성과지표명) with a year column
 * to its right (in its row, or in the row below under a merged `실적`), no 가중치 or 지표 유형 (a T4), and either an
 * `항목` column or, under a `측정 자료` title, a `구분` column naming the quantities.
 */
export function isMeasureHeader(ix: SheetIndex, row: ReadonlyArray<TextAt>, at: TextAt): boolean {
  if (!is('measureIndicator', at.key)) return false;
  const right = (cells: ReadonlyArray<TextAt>) => cells.filter((c) => c.col > at.col);
  const labels = right(row);
  if (labels.some((c) => is('weight', c.key) || is('indicatorType', c.key))) return false;
  // The row below is a second header row only where nothing stands under 지표명: else it is the first body row,
  // and a figure there (2,023 people) is no year.
  const below = ix.textAt(at.row + 1, at.col) === undefined ? right(ix.cellsOf(at.row + 1)) : [];
  const years = [...labels, ...below].some((c) => isMeasureYear(c.key));
  if (!years) return false;
  if (labels.some((c) => is('measureItem', c.key))) return true;
  return labels.some((c) => is('category', c.key)) && findTitle(ix, at.row, 'T4M') !== undefined;
}
