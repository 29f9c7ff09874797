import { refA1, sameCell, type CellRef } from '../../engine/edge';
import type { XlHost, XlScalar } from './excelApi';
import { rawAt, type RawWorkbook } from './rawSheet';
import type { CellWrite } from './write';

/** What a recompute replaced and what it wrote, for exactly the cells it wrote. */
export type UndoRecord = { readonly previous: ReadonlyArray<CellWrite>; readonly written: ReadonlyArray<CellWrite> };

/**
 * The cells' contents and formats before the writes, from the read the writes were computed from: `formulas`
 * holds a constant as itself and a formula with its '=', so writing it back restores either.
 */
export function snapshot(raw: RawWorkbook, writes: ReadonlyArray<CellWrite>): UndoRecord {
  const previous = writes.map(({ ref }): CellWrite => {
    const sheet = raw.sheets.find((s) => s.name === ref.sheet);
    const at = sheet && rawAt(sheet, ref.row, ref.col);
    if (!at) return { ref, content: '', numFmt: 'General' };
    return {
      ref,
      content: at.block.formulas[at.r]?.[at.c] ?? '',
      numFmt: String(at.block.numberFormat[at.r]?.[at.c] ?? 'General'),
    };
  });
  return { previous, written: writes };
}

/** Excel may hand back a written 86.97 as 86.97000000000001; anything closer than that is what we wrote. */
export const sameContent = (a: XlScalar, b: XlScalar): boolean =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : a === b;

/** The written cells whose content the user has changed since: one sync, reading only those cells. */
export async function changedSince(host: XlHost, record: UndoRecord): Promise<CellRef[]> {
  return host.excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const ranges = record.written.map((w) => {
      const range = sheets.getItem(w.ref.sheet).getRange(refA1(w.ref));
      range.load('formulas');
      return { w, range };
    });
    await context.sync();
    return ranges.filter(({ w, range }) => !sameContent(range.formulas[0]?.[0] ?? '', w.content)).map(({ w }) => w.ref);
  });
}

/** The previous state of the cells, minus those the caller chose to keep. */
export const restoring = (record: UndoRecord, keep: ReadonlyArray<CellRef>): CellWrite[] =>
  record.previous.filter((p) => !keep.some((k) => sameCell(k, p.ref)));
