import { rangeA1 } from '../grid/a1';
import { josa } from '../findings/particle';
import { cellRef, type RangeRef } from '../grid/cellRef';
import { type Cell, type Sheet, cellAt } from '../grid/sheet';
import { readCell } from '../grid/readNumber';
import type { Reading } from '../grid/reading';
import { readingInterval } from '../grid/readingInterval';
import { point } from '../interval/interval';
import type { NumCell, Unread } from './plan';

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
      return { ko: `${josa(`'${reading.shown}'`, '은/는')} 숫자가 아닙니다`, en: `'${reading.shown}' is not a number` };
    case 'error':
      return { ko: `오류 값 ${josa(`'${reading.shown}'`, '이/가')} 있습니다`, en: `holds the error '${reading.shown}'` };
    case 'uncached':
      return {
        ko: `수식 '=${reading.formula}'의 계산 결과가 저장되지 않았습니다`,
        en: `the formula '=${reading.formula}' has no calculated value`,
      };
    default:
      return undefined;
  }
}

/** The merge covering a cell that is not its top-left (master) cell. */
function coveringMerge(sheet: Sheet, row: number, col: number): RangeRef | undefined {
  return sheet.merges.find(
    (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left),
  );
}

const mergedReason = (merge: RangeRef): { ko: string; en: string } => ({
  ko: `병합된 셀 ${rangeA1(merge)} 안에 가려져 있어 값을 읽거나 쓸 수 없습니다`,
  en: `hidden inside the merged cells ${rangeA1(merge)}, so it can be neither read nor written`,
});

/**
 * A cell where a number belongs, read with its shown precision. Anything that does not read
 * (words, an error, an uncached formula) is added to `unread` and keeps value and interval null: never 0.
 */
export function numCell(sheet: Sheet, row: number, col: number, unread: Unread[], options: NumOptions = {}): NumCell {
  const ref = cellRef(sheet.name, row, col);
  const merge = coveringMerge(sheet, row, col);
  // Inside a merge only its first cell shows (and holds) a value: a figure here is unknown, not a blank 0, and
  // nothing may be written where no one would see it.
  if (merge) {
    unread.push({ ref, merge, ...mergedReason(merge) });
    return { ref, reading: { kind: 'blank' }, value: null, interval: null };
  }
  const cell = cellAt(sheet, row, col) ?? BLANK;
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
