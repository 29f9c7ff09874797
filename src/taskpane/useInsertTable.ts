import { useMemo, useRef, useState } from 'react';
import type { Lang, Message, ReportTable } from '../engine/edge';
import type * as facade from '../engine';
import { type InsertTarget, type PanePort } from '../workbook/port';
import { problemOf } from '../workbook/office/problems';
import { optionsOf, type TableChoice } from './tableChoice';
import type { PaneSession, PaneTask } from './usePaneSession';
import type { Ran } from './useTaskRunner';

/** The part of the engine facade the picker uses, as the facade types it; it comes in the engine's own chunk. */
export type ReportEngine = Pick<typeof facade, 'regenerate' | 'buildReport' | 'REPORT_NAMES' | 'shownText'>;
export type LoadReports = () => Promise<ReportEngine>;

/** `step`: the undo step of the insertion, so the notice offers 삽입 취소 only while it is the newest change. */
export type InsertNotice =
  | { readonly kind: 'inserted'; readonly sheet: string; readonly range: string; readonly step: number }
  | { readonly kind: 'problem'; readonly message: Message };

export type InsertState = {
  readonly open: boolean;
  /** A task of the pane is running (this picker's or another's): the picker waits. */
  readonly busy: boolean;
  /** The workbook's plan with derived figures regenerated, read when the picker opens. */
  readonly source?: ReturnType<ReportEngine['regenerate']>;
  readonly engine?: ReportEngine;
  readonly choice: TableChoice;
  /** The tables the choice gives: the preview shows them, insert draws them. */
  readonly tables: ReadonlyArray<ReportTable>;
  /** The target holds this many filled cells: the pane asks before overwriting them. */
  readonly confirm?: { readonly at: InsertTarget; readonly cells: number };
  readonly notice?: InsertNotice;
  /** The newest change on the undo stack is the insertion the notice names: 되돌리기 would take it out. */
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
};

type Inner = Pick<InsertState, 'open' | 'source' | 'engine' | 'choice' | 'confirm' | 'notice'>;

const EVERYWHERE: ReadonlyArray<InsertTarget['kind']> = ['selection', 'newSheet'];

/**
 * The picker's hook: reads the workbook through the port when it opens, builds the chosen tables, inserts them as one
 * step of the pane's undo stack. Taking an insertion back is the pane's one 되돌리기 (usePlan's undo).
 */
export function useInsertTable(
  port: PanePort,
  loadReports: LoadReports,
  lang: Lang,
  session: PaneSession,
): [InsertState, InsertActions] {
  const { tasks, undo } = session;
  const [inner, setInner] = useState<Inner>({ open: false, choice: { id: 't1' } });
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

  /** Runs one step in the pane's queue; whatever Excel or the engine refuses becomes a notice, never an unhandled rejection. */
  const run = async (task: PaneTask, work: () => Promise<Partial<Inner>>): Promise<void> => {
    const ran: Ran<Partial<Inner>> = await tasks.run(task, () => (update({ notice: undefined }), work()));
    if (ran.kind === 'done') update(ran.value);
    if (ran.kind === 'failed') update({ notice: { kind: 'problem', message: problemOf(ran.error) } });
  };

  const open = () =>
    run('open', async () => {
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
    run('insert', async () => {
      if (!port.insert) return {};
      const outcome = await port.insert(tables, at, { overwrite });
      if (outcome.kind === 'wouldOverwrite') return { confirm: { at, cells: outcome.cells } };
      if (outcome.kind === 'nothing') return { confirm: undefined };
      const step = undo.record('insert');
      return { confirm: undefined, notice: { kind: 'inserted', sheet: outcome.sheet, range: outcome.range, step: step.id } };
    });

  const actions: InsertActions = {
    open,
    close: () => {
      tasks.drop('open'); // a read still under way belongs to the closed picker: its tables or its refusal are not news
      update({ open: false, confirm: undefined });
    },
    choose: (choice) => update({ choice, confirm: undefined }),
    insert,
    cancelOverwrite: () => update({ confirm: undefined }),
  };
  const { notice } = inner;
  const newest = notice?.kind === 'inserted' && undo.top()?.id === notice.step;
  // Once the insertion is undone or a later change stands above it, its notice would name the wrong newest change.
  return [
    {
      ...inner,
      notice: notice?.kind === 'inserted' && !newest ? undefined : notice,
      busy: tasks.busy !== undefined,
      tables,
      targets: port.insertTargets ?? EVERYWHERE,
      inserted: newest,
    },
    actions,
  ];
}
