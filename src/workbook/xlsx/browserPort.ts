import { type Message, type Sheet, cellRef, type CellRef, type Edit, type ReportTable } from '../../engine/edge';
import { PortProblemError, type InsertOutcome, type InsertTarget, type PanePort, type UndoOutcome } from '../port';
import { patchXlsx } from './patch';
import { selectionUnsupported } from './insertProblems';
import type { XlsxRead } from './read';

/** Reads the bytes as sheets; the default loads exceljs in its own chunk, only when a file is first read. */
export type ReadBytes = (bytes: Uint8Array) => Promise<XlsxRead>;

const lazyRead: ReadBytes = async (bytes) => (await import(/* webpackChunkName: "xlsx" */ './read')).readXlsx(bytes);

/** The report writer needs exceljs too: it comes in the same chunk, when a table is first inserted. */
const lazyInsertSheet = async () => (await import(/* webpackChunkName: "xlsx" */ './insertSheet')).insertReportSheet;

/** What the grid draws besides the cells: the cell a finding pointed at and the cells painted as errors. */
export type PortView = {
  readonly version: number;
  readonly selection?: CellRef;
  readonly highlighted: ReadonlyArray<CellRef>;
};

type Cache = { readonly bytes: Uint8Array; readonly sheets: Promise<Sheet[]> };

/** A refusal with its Korean/English text; the pane shows it as it shows Excel's problems. */
const refusal = (message: Message): PortProblemError => new PortProblemError({ code: 'unknown', ko: message.ko, en: message.en });

/**
 * The pane's port over an .xlsx held in memory, for the browser without Excel: `apply` patches the package bytes
 * (every part it does not touch keeps its exact bytes), `undo` goes back to the bytes before, and selection and
 * highlight are view state the grid draws, since there is no Excel to show them.
 */
export class XlsxPort implements PanePort {
  private current: Uint8Array;
  /** Earlier bytes, newest last, each with its read and how many cells the apply after it wrote. */
  private readonly history: { bytes: Uint8Array; cache: Cache | undefined; count: number }[] = [];
  /** A copy of the workbook with one more sheet is all it can write: there is no selection to draw at. */
  readonly insertTargets = ['newSheet'] as const;
  private cache: Cache | undefined;
  private view: PortView = { version: 0, highlighted: [] };
  private readonly listeners = new Set<() => void>();
  private readonly changeListeners = new Set<() => void>();

  constructor(
    bytes: Uint8Array,
    readonly fileName: string,
    private readonly readBytes: ReadBytes = lazyRead,
  ) {
    this.current = bytes;
  }

  /** The workbook as it is now, for download. */
  bytes(): Uint8Array {
    return this.current;
  }

  /** True once a recompute or an insertion has been applied (and not undone): the download then differs from the file opened. */
  changed(): boolean {
    return this.history.length > 0;
  }

  /** Parsed once per version of the bytes: the grid and the engine share one read. */
  read(): Promise<Sheet[]> {
    if (this.cache?.bytes !== this.current) {
      const bytes = this.current;
      this.cache = { bytes, sheets: this.readBytes(bytes).then((r) => (r.ok ? r.sheets : Promise.reject(refusal(r.problem)))) };
    }
    return this.cache.sheets;
  }

  async apply(edits: ReadonlyArray<Edit>): Promise<void> {
    if (edits.length === 0) return; // nothing written, nothing for undo to claim
    const result = await patchXlsx(this.current, edits);
    if (!result.ok) throw refusal(result.problem);
    this.history.push({ bytes: this.current, cache: this.cache, count: edits.length });
    this.current = result.bytes;
    this.publish({});
    this.notifyChange();
  }

  /**
   * Writes the tables on a new sheet (the bytes become exceljs's copy of the workbook, see insertReportSheet) and
   * selects its first cell, so the grid turns to it; `undo` goes back to the bytes before, as after a recompute.
   */
  async insert(tables: ReadonlyArray<ReportTable>, at: InsertTarget): Promise<InsertOutcome> {
    if (at.kind !== 'newSheet') throw refusal(selectionUnsupported);
    if (tables.length === 0) return { kind: 'nothing' };
    const result = await (await lazyInsertSheet())(this.current, at.name, tables);
    if (!result.ok) throw refusal(result.problem);
    this.history.push({ bytes: this.current, cache: this.cache, count: result.cells });
    this.current = result.bytes;
    this.publish({ selection: cellRef(result.sheet, 1, 1) });
    this.notifyChange();
    return { kind: 'inserted', sheet: result.sheet, range: result.range, tables: tables.length };
  }

  async selectCell(ref: CellRef): Promise<void> {
    this.publish({ selection: ref });
  }

  canUndo(): boolean {
    return this.history.length > 0;
  }

  /** Nobody else edits the bytes in memory, so there is never a conflict to ask about. */
  async undo(): Promise<UndoOutcome> {
    const last = this.history.pop();
    if (!last) return { kind: 'nothing' };
    this.current = last.bytes;
    this.cache = last.cache; // the bytes are the very ones read before: no need to parse them again
    this.publish({ highlighted: [] });
    this.notifyChange();
    return { kind: 'restored', count: last.count };
  }

  async highlight(refs: ReadonlyArray<CellRef>): Promise<void> {
    this.publish({ highlighted: [...refs] });
  }

  async clearHighlight(): Promise<void> {
    this.publish({ highlighted: [] });
  }

  /** For React's useSyncExternalStore: the view changes identity whenever anything the grid draws changes. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  snapshot = (): PortView => this.view;

  /** Nobody else writes the bytes in memory: every write (apply, insert, undo) is a change the findings may not know. */
  onChanged(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => void this.changeListeners.delete(listener);
  }

  private notifyChange(): void {
    this.changeListeners.forEach((listener) => listener());
  }

  private publish(change: Partial<Omit<PortView, 'version'>>): void {
    this.view = { ...this.view, ...change, version: this.view.version + 1 };
    this.listeners.forEach((listener) => listener());
  }
}
