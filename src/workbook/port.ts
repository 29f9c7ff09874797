import type { CellRef, Edit, Message, ReportTable, Sheet } from '../engine/edge';

/** The one seam between the engine and a workbook: Excel (Office.js) and .xlsx files implement it. */
export interface WorkbookPort {
  /** Every sheet, read once. */
  read(): Promise<Sheet[]>;
  /** Write a batch of edits to derived cells. */
  apply(edits: ReadonlyArray<Edit>): Promise<void>;
}

/** What an undo did: nothing to undo, stopped because the user edited written cells since, or restored. */
export type UndoOutcome =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'changed'; readonly cells: ReadonlyArray<CellRef> }
  | { readonly kind: 'restored'; readonly count: number };

/** With `changed`, the user's answer about cells they edited after the recompute: keep their edit or overwrite it. */
export type UndoOptions = { readonly changed?: 'keep' | 'overwrite' };

/** Where the tables go: from the top-left cell of the selection, or from B2 of a new sheet. */
export type InsertTarget = { readonly kind: 'selection' } | { readonly kind: 'newSheet'; readonly name: string };

/** `overwrite`: the user has seen the warning and agreed to replace what the area holds. */
export type InsertOptions = { readonly overwrite?: boolean };

export type InsertOutcome =
  | { readonly kind: 'inserted'; readonly sheet: string; readonly range: string; readonly tables: number }
  | { readonly kind: 'wouldOverwrite'; readonly cells: number }
  | { readonly kind: 'nothing' };

/** The workbook as the task pane sees it: the engine's port plus what the pane does with a live workbook. */
export interface PanePort extends WorkbookPort {
  selectCell(ref: CellRef): Promise<void>;
  canUndo(): boolean;
  /** Takes back the newest apply or insertion not yet taken back: called again, the one before it, and so on. */
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
  /**
   * Calls `listener` when the workbook's cells change other than by this port's own apply or undo (the user types in
   * Excel; a table is inserted), so the pane can mark its findings stale. Returns the way to stop listening.
   * Optional: a port that cannot tell leaves it out.
   */
  onChanged?(listener: () => void): () => void;
}

/** Why a port could not do what the pane asked, as a message that names the fix; `code` is the adapter's own kind. */
export type PortProblem = Message & { readonly code: string; readonly sheet?: string };

/** How a port's promise-returning methods reject: with the problem as a value inside, never a bare stack. */
export class PortProblemError extends Error {
  constructor(
    readonly problem: PortProblem,
    cause?: unknown,
  ) {
    super(problem.en, { cause });
    this.name = 'PortProblemError';
  }
}
