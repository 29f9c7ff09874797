import ExcelJS from 'exceljs';
import type { Cell, CellValue } from '../../../../src/engine/edge';

/** exceljs turns numbers under a date format into Dates; the engine wants Excel's serial number back. */
const MS_PER_DAY = 24 * 3600 * 1000;
const UNIX_EPOCH_SERIAL = 25569;
const DATE1904_OFFSET = 1462;
export const dateSerial = (date: Date, date1904: boolean): number =>
  UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? DATE1904_OFFSET : 0);

type Plain = { value: CellValue; error?: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A cached value (a cell's own or a formula's result) as the engine holds it: rich text as plain text, errors apart. */
function plain(v: unknown, date1904: boolean): Plain {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: dateSerial(v, date1904) };
  if (isObject(v) && typeof v.error === 'string') return { value: null, error: v.error };
  if (isObject(v) && Array.isArray(v.richText))
    return { value: v.richText.map((run: { text?: string }) => run.text ?? '').join('') };
  if (isObject(v) && 'hyperlink' in v) return plain(v.text, date1904);
  return { value: null };
}

/** 'General' is the default: the Sheet contract says an absent numFmt means General. */
const formatOf = (cell: ExcelJS.Cell): string | undefined => {
  const code = cell.numFmt;
  return code && code.toLowerCase() !== 'general' ? code : undefined;
};

/**
 * One exceljs cell as the engine's Cell; undefined for a blank without a format and for every cell of a merge but
 * its top-left one (exceljs echoes the master's value into all of them).
 */
export function toCell(cell: ExcelJS.Cell, date1904: boolean): Cell | undefined {
  if (cell.type === ExcelJS.ValueType.Merge) return undefined;
  const numFmt = formatOf(cell);
  const format = numFmt === undefined ? {} : { numFmt };
  if (cell.type === ExcelJS.ValueType.Formula) {
    // `cell.value` drops a falsy cached result (0, FALSE): a =SUM that gives 0 would look uncalculated. `cell.result` keeps it.
    const result: unknown = cell.result;
    const formula = cell.formula ?? '';
    // Never read an uncalculated formula as 0: the file simply holds no result for it.
    if (result === undefined) return { value: null, formula, uncached: true, ...format };
    return { ...plain(result, date1904), formula, ...format };
  }
  const held = plain(cell.value, date1904);
  if (held.value === null && held.error === undefined && numFmt === undefined) return undefined;
  return { ...held, ...format };
}
