import { useMemo, useRef, useState } from 'react';
import {
  type Finding,
  type Lang,
  type Message,
  type CellRef,
  type Sheet,
  type Plan,
  type ReportCell,
  type ReportId,
  type ReportOptions,
  type ReportTable,
} from '../engine/edge';
import { type InsertTarget, type PanePort } from '../workbook/port';
import { problemOf } from '../workbook/office/problems';
import { optionsOf, type TableChoice } from './tableChoice';

/** The part of the engine facade the picker uses; it comes in the engine's own chunk. */
export type ReportEngine = {
  regenerate(sheets: ReadonlyArray<Sheet>): { plan: Plan; sheets: Sheet[]; findings: Finding[] };
  buildReport(plan: Plan, id: ReportId, options?: ReportOptions): ReportTable[];
  readonly REPORT_NAMES: Readonly<Record<ReportId, Message>>;
  shownText(cell: ReportCell): string;
};
export type LoadReports = () => Promise<ReportEngine>;

export type InsertNotice =
  | { readonly kind: 'inserted'; readonly sheet: string; readonly range: string }
  | { readonly kind: 'undone' }
  | { readonly kind: 'problem'; readonly message: Message };

export type InsertState = {
  readonly open: boolean;
  readonly busy: boolean;
  /** The workbook's plan with derived figures regenerated, read when the picker opens. */
  readonly source?: { readonly plan: Plan; readonly sheets: Sheet[]; readonly findings: Finding[] };
  readonly engine?: ReportEngine;
  readonly choice: TableChoice;
  /** The tables the choice gives: the preview shows them, insert draws them. */
  readonly tables: ReadonlyArray<ReportTable>;
  /** The target holds this many filled cells: the pane asks before overwriting them. */
  readonly confirm?: { readonly at: InsertTarget; readonly cells: number };
  /** Undo found cells the user typed into after the insertion. */
  readonly conflict?: ReadonlyArray<CellRef>;
  readonly notice?: InsertNotice;
  /** The last insertion can be taken back from the picker. */
  readonly inserted: boolean;
  /** Where the port can draw: the picker offers only these. */
  readonly targets: ReadonlyArray<InsertTarget['kind']>;
};

export type InsertActions = {
  open(): Promise<void>;
  close(): void;
  choose(choice: TableChoice): void;
  insert(at: InsertTarget, overwrite?: boolean): Promise<void>;
  cancelOverwrite(): void;
  undo(changed?: 'keep' | 'overwrite'): Promise<void>;
  forget(): void;
  cancelUndo(): void;
};

type Inner = Omit<InsertState, 'tables' | 'targets'>;

const EVERYWHERE: ReadonlyArray<InsertTarget['kind']> = ['selection', 'newSheet'];

/** The picker's hook: reads the workbook through the port when it opens, builds the chosen tables, inserts them. */
export function useInsertTable(port: PanePort, loadReports: LoadReports, lang: Lang): [InsertState, InsertActions] {
  const [inner, setInner] = useState<Inner>({ open: false, busy: false, choice: { id: 't1' }, inserted: false });
  const engine = useRef<ReportEngine | undefined>(undefined);
  const update = (change: Partial<Inner>) => setInner((s) => ({ ...s, ...change }));

  const { source, engine: e, choice } = inner;
  const tables = useMemo(() => {
    if (!source || !e) return [];
    return e.buildReport(source.plan, choice.id, {
      ...optionsOf(source.plan, choice),
      sheets: source.sheets,
      findings: source.findings,
      lang,
    });
  }, [source, e, choice, lang]);

  /** Runs one step; whatever Excel or the engine refuses becomes a notice, never an unhandled rejection. */
  const run = async (work: () => Promise<Partial<Inner>>): Promise<void> => {
    update({ busy: true, notice: undefined });
    try {
      update({ ...(await work()), busy: false });
    } catch (error) {
      update({ busy: false, notice: { kind: 'problem', message: problemOf(error) } });
    }
  };

  const open = () =>
    run(async () => {
      update({ open: true });
      const [sheets, e] = await Promise.all([
        port.read(),
        engine.current ?? loadReports().then((loaded) => (engine.current = loaded)),
      ]);
      const source = e.regenerate(sheets);
      const department = inner.choice.department ?? source.plan.departments[0]?.name;
      return { source, engine: e, choice: { ...inner.choice, department }, confirm: undefined };
    });

  const insert = (at: InsertTarget, overwrite = false) =>
    run(async () => {
      if (!port.insert) return {};
      const outcome = await port.insert(tables, at, { overwrite });
      if (outcome.kind === 'wouldOverwrite') return { confirm: { at, cells: outcome.cells } };
      if (outcome.kind === 'nothing') return { confirm: undefined };
      return { confirm: undefined, inserted: true, notice: { kind: 'inserted', sheet: outcome.sheet, range: outcome.range } };
    });

  const undo = (changed?: 'keep' | 'overwrite') =>
    run(async () => {
      const outcome = await port.undo(changed === undefined ? {} : { changed });
      if (outcome.kind === 'changed') return { conflict: outcome.cells };
      return { conflict: undefined, inserted: false, ...(outcome.kind === 'restored' ? { notice: { kind: 'undone' } } : {}) };
    });

  const actions: InsertActions = {
    open,
    close: () => update({ open: false, confirm: undefined, conflict: undefined }),
    choose: (choice) => update({ choice, confirm: undefined }),
    insert,
    cancelOverwrite: () => update({ confirm: undefined }),
    undo,
    cancelUndo: () => update({ conflict: undefined }),
    // The toolbar's undo took the last change back: the notice and its 삽입 취소 no longer name the newest one.
    forget: () => update({ inserted: false, notice: undefined }),
  };
  return [{ ...inner, tables, targets: port.insertTargets ?? EVERYWHERE, inserted: inner.inserted && port.canUndo() }, actions];
}
