import type { CellRef } from '../grid/cellRef';
import type { Message } from '../findings/finding';

/** One derived cell to write; adapters apply a batch of these. */
export type Edit = {
  readonly ref: CellRef;
  /** The new value, numeric wherever the cell is a number. */
  readonly value: number | string;
  /** A live formula (without '=') written instead of the value with `--formulas`. */
  readonly formula?: string;
  /** The number format to set; absent keeps the cell's own. */
  readonly numFmt?: string;
  readonly reason: Message;
};
