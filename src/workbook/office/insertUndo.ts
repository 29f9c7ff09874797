import { rangeA1, cellRef, type CellRef } from '../../engine/edge';
import type { XlHost, XlScalar } from './excelApi';
import type { InsertRecord } from './insertTable';
import type { UndoOptions, UndoOutcome } from '../port';
import { sameContent } from './undo';
import { runAsOneUndo, suspendUntilSync } from './write';

/** Cells of the inserted area whose content is no longer what the insertion wrote: the user typed there since. */
function editedCells(record: InsertRecord, now: ReadonlyArray<ReadonlyArray<XlScalar>>): CellRef[] {
  return record.written.flatMap((line, r) =>
    line.flatMap((wrote, c) =>
      sameContent(now[r]?.[c] ?? '', wrote) ? [] : [cellRef(record.sheet, record.rect.top + r, record.rect.left + c)],
    ),
  );
}

/**
 * Take an insertion back in two syncs: read the area to find the user's edits since (and stop to ask, as a recompute's
 * undo does), then delete the new sheet, or put back the area's contents, number formats, merges and column widths.
 * With `changed: 'keep'` the cells the user edited keep their content and format; a new sheet then stays.
 */
export function undoInsert(host: XlHost, record: InsertRecord, options: UndoOptions): Promise<UndoOutcome> {
  return runAsOneUndo(host, async (context): Promise<UndoOutcome> => {
    const sheet = context.workbook.worksheets.getItem(record.sheet);
    const area = sheet.getRange(rangeA1(record.rect));
    area.load('formulas,numberFormat');
    const mark = sheet.names.getItemOrNullObject(record.mark);
    mark.load('name');
    await context.sync();
    const edited = editedCells(record, area.formulas);
    if (edited.length > 0 && options.changed === undefined) return { kind: 'changed', cells: edited };
    const keep = options.changed === 'keep' ? edited : [];
    const cells = record.written.length * (record.written[0]?.length ?? 0);
    suspendUntilSync(context, host);
    if (record.newSheet && keep.length === 0) {
      sheet.delete();
      await context.sync();
      return { kind: 'restored', count: cells };
    }
    const kept = new Set(keep.map((k) => `${k.row - record.rect.top},${k.col - record.rect.left}`));
    const pick = (before: ReadonlyArray<ReadonlyArray<XlScalar>>, now: ReadonlyArray<ReadonlyArray<XlScalar>>): XlScalar[][] =>
      before.map((line, r) => line.map((v, c) => (kept.has(`${r},${c}`) ? (now[r]?.[c] ?? '') : v)));
    // The area is the user's again: were it still marked, a check would read it apart from the plan.
    if (!mark.isNullObject) mark.delete();
    area.unmerge();
    area.clear('All');
    // The format first: a text cell (`@`) must be text before its digits come back, or Excel reads them as a number.
    area.numberFormat = pick(record.numberFormat, area.numberFormat);
    area.formulas = pick(record.formulas, area.formulas);
    for (const m of record.merges) sheet.getRange(rangeA1(m)).merge(false);
    record.widths.forEach((points, c) => (area.getColumn(c).format.columnWidth = points));
    await context.sync();
    return { kind: 'restored', count: cells - keep.length };
  });
}
