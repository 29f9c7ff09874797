import { cellRef } from '../grid/cellRef';
import { coveringMerge } from '../grid/mergeIndex';
import { type Cell, type Sheet, cellAt } from '../grid/sheet';
import { readCell } from '../grid/readNumber';
import type { Reading } from '../grid/reading';
import { readingInterval } from '../grid/readingInterval';
import { point } from '../interval/interval';
import type { Message } from '../findings/finding';
import type { NumCell, Unread } from './plan';
import { UNREAD_MESSAGES, type UnreadId } from './unreadMessages';

export type NumOptions = {
  /** Counts (개, 명, 건) and weights: exact integers, no rounding interval. */
  readonly exact?: boolean;
  /** Where a blank means "nothing yet" (a future 실적) rather than an amount of 0. */
  readonly blankIsNothing?: boolean;
};

const BLANK: Cell = { value: null };

/** Why a cell that should hold a number does not: its message id and words; undefined when it reads. */
export function unreadReason(reading: Reading): ({ messageId: UnreadId } & Message) | undefined {
  switch (reading.kind) {
    case 'word':
      return { messageId: 'notNumber', ...UNREAD_MESSAGES.notNumber(reading.shown) };
    case 'error':
      return { messageId: 'errorValue', ...UNREAD_MESSAGES.errorValue(reading.shown) };
    case 'uncached':
      return { messageId: 'uncachedFormula', ...UNREAD_MESSAGES.uncachedFormula(reading.formula) };
    default:
      return undefined;
  }
}

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
    unread.push({ ref, merge, messageId: 'hiddenInMerge', ...UNREAD_MESSAGES.hiddenInMerge(merge) });
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
