import { refA1 } from '../../engine/grid/a1';
import type { CellRef } from '../../engine/grid/cellRef';
import type { Sheet } from '../../engine/grid/sheet';
import type { Edit } from '../../engine/recompute/edit';
import type { ReportTable } from '../../engine/reports/reportTable';
import type { WorkbookPort } from '../port';
import type { XlHost } from './excelApi';
import { paint, unpaint, type FillMemo } from './highlight';
import { insertTables, type InsertOptions, type InsertOutcome, type InsertRecord, type InsertTarget } from './insertTable';
import { undoInsert } from './insertUndo';
import { PAYLOAD_BUDGET } from './payload';
import { OfficeProblemError, problem, problemOf } from './problems';
import type { RawWorkbook } from './rawSheet';
import { readWorkbook } from './read';
import { toSheets } from './toSheet';
import { changedSince, restoring, snapshot, type UndoRecord } from './undo';
import { writeCells, type CellWrite } from './write';

/** What an undo did: nothing to undo, stopped because the user edited written cells since, or restored. */
export type UndoOutcome =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'changed'; readonly cells: ReadonlyArray<CellRef> }
  | { readonly kind: 'restored'; readonly count: number };

/** With `changed`, the user's answer about cells they edited after the recompute: keep their edit or overwrite it. */
export type UndoOptions = { readonly changed?: 'keep' | 'overwrite' };

/** The workbook as the task pane sees it: the engine's port plus what only a live Excel can do. */
export interface PanePort extends WorkbookPort {
  selectCell(ref: CellRef): Promise<void>;
  canUndo(): boolean;
  undo(options?: UndoOptions): Promise<UndoOutcome>;
  /** Fill the cells with the error colour; clearHighlight (and undo) put the old fills back. */
  highlight(refs: ReadonlyArray<CellRef>): Promise<void>;
  clearHighlight(): Promise<void>;
  /**
   * Draw report tables at the selection or on a new sheet; `undo` takes them out again. Optional: a port that cannot
   * draw tables at all leaves it out and the pane hides the picker.
   */
  insert?(tables: ReadonlyArray<ReportTable>, at: InsertTarget, options?: InsertOptions): Promise<InsertOutcome>;
  /** Where `insert` can draw, when not everywhere: the picker offers only these. */
  readonly insertTargets?: ReadonlyArray<InsertTarget['kind']>;
}

export type OfficePortOptions = { readonly payloadBudget?: number };

const toWrite = (edit: Edit): CellWrite => ({
  ref: edit.ref,
  content: edit.formula !== undefined ? `=${edit.formula}` : edit.value,
  ...(edit.numFmt === undefined ? {} : { numFmt: edit.numFmt }),
});

/** Run an Excel call; whatever Excel rejects with becomes an OfficeProblemError holding a Korean/English message. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // The original error stays as the cause, for a developer's console; the user sees the problem's message.
    throw error instanceof OfficeProblemError ? error : new OfficeProblemError(problemOf(error), error);
  }
}

/** The WorkbookPort over Office.js: one sync to load, one to write (more only above the payload budget). */
export class OfficePort implements PanePort {
  private lastRead: RawWorkbook | undefined;
  private undoRecord: UndoRecord | undefined;
  /** The last insertion, when it is the latest change (an apply replaces it, and the other way round). */
  private inserted: InsertRecord | undefined;
  private fills: FillMemo = [];
  private readonly budget: number;

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
      if (raw.readOnly) throw new OfficeProblemError(problem('readOnly'));
      const locked = raw.sheets.find((s) => s.protected && edits.some((e) => e.ref.sheet === s.name));
      if (locked) throw new OfficeProblemError(problem('protectedSheet', locked.name));
      const writes = edits.map(toWrite);
      const record = snapshot(raw, writes);
      await writeCells(this.host, writes, this.budget);
      this.undoRecord = record;
      this.inserted = undefined;
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
        this.inserted = record;
        this.undoRecord = undefined;
        this.lastRead = undefined;
      }
      return outcome;
    });
  }

  canUndo(): boolean {
    return this.undoRecord !== undefined || this.inserted !== undefined;
  }

  undo(options: UndoOptions = {}): Promise<UndoOutcome> {
    return guarded(async () => {
      if (this.inserted) {
        const outcome = await undoInsert(this.host, this.inserted, options);
        if (outcome.kind === 'restored') this.inserted = undefined;
        return outcome;
      }
      const record = this.undoRecord;
      if (!record) return { kind: 'nothing' };
      const changed = await changedSince(this.host, record);
      if (changed.length > 0 && options.changed === undefined) return { kind: 'changed', cells: changed };
      const restore = restoring(record, options.changed === 'keep' ? changed : []);
      await writeCells(this.host, restore, this.budget);
      await this.clearHighlight();
      this.undoRecord = undefined;
      return { kind: 'restored', count: restore.length };
    });
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
