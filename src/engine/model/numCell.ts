import { cellRef } from '../grid/cellRef';
import type { Cell, Sheet } from '../grid/sheet';
import { cellAt } from '../grid/sheet';
import { readCell } from '../grid/readNumber';
import type { Reading } from '../grid/reading';
import { readingInterval } from '../interval/shown';
import { point } from '../interval/interval';
import type { NumCell, TextCell, Unread } from './plan';

export type NumOptions = {
  /** Counts (개, 명, 건) and weights: exact integers, no rounding interval. */
  readonly exact?: boolean;
  /** Where a blank means "nothing yet" (a future 실적) rather than an amount of 0. */
  readonly blankIsNothing?: boolean;
};

const BLANK: Cell = { value: null };

/** Why a cell that should hold a number does not, in both languages; undefined when it reads. */
export function unreadReason(reading: Reading): { ko: string; en: string } | undefined {
  switch (reading.kind) {
    case 'word':
      return { ko: `'${reading.shown}'은(는) 숫자가 아닙니다`, en: `'${reading.shown}' is not a number` };
    case 'error':
      return { ko: `오류 값 '${reading.shown}'이(가) 있습니다`, en: `holds the error '${reading.shown}'` };
    case 'uncached':
      return {
        ko: `수식 '=${reading.formula}'의 계산 결과가 저장되지 않았습니다`,
        en: `the formula '=${reading.formula}' has no calculated value`,
      };
    default:
      return undefined;
  }
}

/**
 * A cell where a number belongs, read with its shown precision. Anything that does not read
 * (words, an error, an uncached formula) is added to `unread` and keeps value and interval null: never 0.
 */
export function numCell(sheet: Sheet, row: number, col: number, unread: Unread[], options: NumOptions = {}): NumCell {
  const cell = cellAt(sheet, row, col) ?? BLANK;
  const ref = cellRef(sheet.name, row, col);
  const reading = readCell(cell);
  const why = unreadReason(reading);
  if (why) unread.push({ ref, ...why });
  const formula = cell.formula !== undefined ? { formula: cell.formula } : {};
  if (reading.kind === 'blank' && options.blankIsNothing) return { ref, reading, value: null, interval: null, ...formula };
  // DOMAIN: a blank or `-` amount is exactly 0.
  if (reading.kind === 'blank' || reading.kind === 'dash') return { ref, reading, value: 0, interval: point(0), ...formula };
  if (reading.kind !== 'number') return { ref, reading, value: null, interval: null, ...formula };
  return { ref, reading, value: reading.value, interval: readingInterval(reading, { exact: options.exact }), ...formula };
}

/** A column the header lacks: a blank reading at the row's first cell, reported once per table by the detector. */
export function missingNum(sheet: Sheet, row: number, col: number): NumCell {
  return { ref: cellRef(sheet.name, row, col), reading: { kind: 'blank' }, value: null, interval: null };
}

/** The text of a cell (normalised), or undefined when blank. */
export function textCell(sheet: Sheet, row: number, col: number | undefined, text: string | undefined): TextCell | undefined {
  if (col === undefined || text === undefined || text === '') return undefined;
  return { ref: cellRef(sheet.name, row, col), text };
}
