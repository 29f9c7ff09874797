import { parseRangeA1, refA1, type CellRef, type Sheet, type Edit, type ReportTable } from '../../engine/edge';
import {
  PortProblemError,
  type InsertOptions,
  type InsertOutcome,
  type InsertTarget,
  type PanePort,
  type UndoOptions,
  type UndoOutcome,
} from '../port';
import type { XlHost } from './excelApi';
import { paint, unpaint, type FillMemo } from './highlight';
import { insertTables, type InsertRecord } from './insertTable';
import { undoInsert } from './insertUndo';
import { PAYLOAD_BUDGET } from './payload';
import { problem, problemOf } from './problems';
import type { RawWorkbook } from './rawSheet';
import { readWorkbook } from './read';
import { toSheets } from './toSheet';
import { changedSince, restoring, snapshot, type UndoRecord } from './undo';
import { writeCells, type CellWrite } from './write';

/** One change the port can take back: the cells an apply wrote, or the tables an insertion drew. */
type Written =
  { readonly kind: 'cells'; readonly record: UndoRecord } | { readonly kind: 'insert'; readonly record: InsertRecord };

export type OfficePortOptions = { readonly payloadBudget?: number };

const toWrite = (edit: Edit): CellWrite => ({
  ref: edit.ref,
  content: edit.formula !== undefined ? `=${edit.formula}` : edit.value,
  ...(edit.numFmt === undefined ? {} : { numFmt: edit.numFmt }),
});

/** Run an Excel call; whatever Excel rejects with becomes an PortProblemError holding a Korean/English message. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // The original error stays as the cause, for a developer's console; the user sees the problem's message.
    throw error instanceof PortProblemError ? error : new PortProblemError(problemOf(error), error);
  }
}

/** The WorkbookPort over Office.js: one sync to load, one to write (more only above the payload budget). */
export class OfficePort implements PanePort {
  private lastRead: RawWorkbook | undefined;
  /** What each apply and insertion replaced, newest last: undo takes them back one at a time, in reverse order. */
  private readonly history: Written[] = [];
  private fills: FillMemo = [];
  private readonly budget: number;
  /** The A1 addresses the last apply or undo wrote: Excel reports those writes as changes too, and they are not news. */
  private ownCells = new Set<string>();

  constructor(
    private readonly host: XlHost,
    options: OfficePortOptions = {},
  ) {
    this.budget = options.payloadBudget ?? PAYLOAD_BUDGET;
  }

  read(): Promise<Sheet[]> {
    return guarded(async () => {
      this.lastRead = await readWorkbook(this.host, this.budget);
      return toSheets(this.lastRead);
    });
  }

  /** Writes the edits and keeps what they replaced (from the latest read) so `undo` can put it back. */
  apply(edits: ReadonlyArray<Edit>): Promise<void> {
    return guarded(async () => {
      if (edits.length === 0) return; // nothing to write, and nothing a later undo should claim to restore
      const raw = this.lastRead ?? (await readWorkbook(this.host, this.budget));
      if (raw.readOnly) throw new PortProblemError(problem('readOnly'));
      const locked = raw.sheets.find((s) => s.protected && edits.some((e) => e.ref.sheet === s.name));
      if (locked) throw new PortProblemError(problem('protectedSheet', locked.name));
      const writes = edits.map(toWrite);
      const record = snapshot(raw, writes);
      this.ownCells = new Set(writes.map((w) => refA1(w.ref)));
      await writeCells(this.host, writes, this.budget);
      this.history.push({ kind: 'cells', record });
      this.lastRead = undefined; // the workbook changed: the next apply must come from a fresh read
    });
  }

  selectCell(ref: CellRef): Promise<void> {
    return guarded(() =>
      this.host.excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(ref.sheet);
        sheet.activate();
        sheet.getRange(refA1(ref)).select();
        await context.sync();
      }),
    );
  }

  /** Draws the tables (after a read of the target, in the same batch) and keeps what they replaced for `undo`. */
  insert(tables: ReadonlyArray<ReportTable>, at: InsertTarget, options: InsertOptions = {}): Promise<InsertOutcome> {
    return guarded(async () => {
      const { outcome, record } = await insertTables(this.host, tables, at, options);
      if (record) {
        this.history.push({ kind: 'insert', record });
        this.lastRead = undefined;
      }
      return outcome;
    });
  }

  canUndo(): boolean {
    return this.history.length > 0;
  }

  undo(options: UndoOptions = {}): Promise<UndoOutcome> {
    return guarded(async () => {
      const last = this.history.at(-1);
      if (!last) return { kind: 'nothing' };
      const outcome =
        last.kind === 'insert' ? await undoInsert(this.host, last.record, options) : await this.restore(last.record, options);
      if (outcome.kind === 'restored') this.history.pop();
      return outcome;
    });
  }

  /** Puts back the cells an apply replaced, unless the user edited some since and has not said what to do with them. */
  private async restore(record: UndoRecord, options: UndoOptions): Promise<UndoOutcome> {
    const changed = await changedSince(this.host, record);
    if (changed.length > 0 && options.changed === undefined) return { kind: 'changed', cells: changed };
    const restore = restoring(record, options.changed === 'keep' ? changed : []);
    this.ownCells = new Set(restore.map((w) => refA1(w.ref)));
    await writeCells(this.host, restore, this.budget);
    await this.clearHighlight();
    return { kind: 'restored', count: restore.length };
  }

  /**
   * Excel's worksheets.onChanged, less the changes this port made itself (its own cells, by address: the event names
   * the sheet by id only, and a user edit at the very address on another sheet right after an apply is rare).
   */
  onChanged(listener: () => void): () => void {
    let listening = true;
    void guarded(() =>
      this.host.excel.run(async (context) => {
        const source = context.workbook.worksheets.onChanged;
        if (!source) return;
        source.add(async (event) => {
          if (listening && !this.wroteAll(event.address)) listener();
        });
        await context.sync();
      }),
    ).catch(() => undefined); // without events the findings are simply never marked stale
    return () => void (listening = false);
  }

  /** True when every cell of `address` is one the last apply or undo wrote. */
  private wroteAll(address: string): boolean {
    const range = parseRangeA1(address.replace(/^.*!/, '').replace(/\$/g, ''));
    if (!range) return false;
    const cells = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (cells > this.ownCells.size) return false;
    for (let row = range.top; row <= range.bottom; row += 1)
      for (let col = range.left; col <= range.right; col += 1)
        if (!this.ownCells.has(refA1({ sheet: '', row, col }))) return false;
    return true;
  }

  highlight(refs: ReadonlyArray<CellRef>): Promise<void> {
    return guarded(async () => {
      await unpaint(this.host, this.fills);
      this.fills = [];
      this.fills = await paint(this.host, refs);
    });
  }

  clearHighlight(): Promise<void> {
    return guarded(async () => {
      await unpaint(this.host, this.fills);
      this.fills = [];
    });
  }
}
