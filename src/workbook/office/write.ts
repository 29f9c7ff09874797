import { refA1, type CellRef } from '../../engine/edge';
import type { XlContext, XlHost, XlScalar } from './excelApi';
import { packBlocks, writeBytes } from './payload';
import { errorCode } from './problems';

/** One cell to write: its content (a constant, or a formula starting with '=') and, when given, its format. */
export type CellWrite = { readonly ref: CellRef; readonly content: XlScalar; readonly numFmt?: string };

/** Excel reads a string starting with '=' as a formula; constants go through `values` so text stays text. */
const isFormula = (content: XlScalar): content is string => typeof content === 'string' && content.startsWith('=');

/** Calculation and (where the host can) screen updating wait until the writes of this sync are done. */
export function suspendUntilSync(context: XlContext, host: XlHost): void {
  context.application.suspendApiCalculationUntilNextSync();
  if (host.isSetSupported('ExcelApi', '1.9')) context.application.suspendScreenUpdatingUntilNextSync();
}

function queueBlock(context: XlContext, host: XlHost, block: ReadonlyArray<CellWrite>): void {
  suspendUntilSync(context, host);
  const sheets = context.workbook.worksheets;
  // Values first, then formats: a format set before its value can be reset by Excel's own type guessing.
  for (const w of block) {
    const range = sheets.getItem(w.ref.sheet).getRange(refA1(w.ref));
    if (isFormula(w.content)) range.formulas = [[w.content]];
    else range.values = [[w.content]];
  }
  for (const w of block)
    if (w.numFmt !== undefined) sheets.getItem(w.ref.sheet).getRange(refA1(w.ref)).numberFormat = [[w.numFmt]];
}

/**
 * Run a batch merged into one undo step where Excel supports it (ExcelApi 1.20); a host that refuses the merge gets
 * the same batch without it.
 */
export async function runAsOneUndo<T>(host: XlHost, batch: (context: XlContext) => Promise<T>): Promise<T> {
  if (!host.isSetSupported('ExcelApi', '1.20')) return host.excel.run(batch);
  try {
    return await host.excel.run({ mergeUndoGroup: true }, batch);
  } catch (error) {
    if (errorCode(error) !== 'UndoNotSupported') throw error;
  }
  return host.excel.run(batch);
}

/** Write cells in one sync per block (one block below the payload budget) inside one batch, as one undo step. */
export async function writeCells(host: XlHost, writes: ReadonlyArray<CellWrite>, budget: number): Promise<void> {
  if (writes.length === 0) return;
  const blocks = packBlocks(writes, (w) => writeBytes(w.content, w.numFmt), budget);
  await runAsOneUndo(host, async (context) => {
    for (const block of blocks) {
      queueBlock(context, host, block);
      await context.sync();
    }
  });
}
