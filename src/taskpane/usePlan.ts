import { useEffect, useRef, useState } from 'react';
import {
  type Finding,
  type Message,
  sameCell,
  type CellRef,
  cellAt,
  type CellValue,
  type Sheet,
  type Plan,
  type TableInfo,
  type Edit,
  refA1,
  type Checked,
  type Choice,
  type LinkChoice,
} from '../engine/edge';
import type * as facade from '../engine';
import type { PanePort } from '../workbook/port';
import { problemOf } from '../workbook/office/problems';
import { unusable } from '../workbook/xlsx/unusable';
import type { Undoable, UndoStep } from './undoOwner';
import type { PaneSession, PaneTask } from './usePaneSession';

/** The part of the engine facade the pane uses, as the facade types it; tests inject their own. */
export type Engine = Pick<typeof facade, 'check' | 'recompute' | 'rebalanceAt'>;
export type LoadEngine = () => Promise<Engine>;

/** This hook's tasks: their writes are followed by a fresh check, so they are not news that makes the findings stale. */
const PLAN_TASKS: ReadonlySet<PaneTask> = new Set<PaneTask>(['check', 'recompute', 'apply', 'undo', 'highlight', 'weights']);

/** One cell a recompute would write, with what it holds now, for the preview; `label` names it when the reason is long. */
export type Change = { readonly edit: Edit; readonly before: CellValue; readonly label?: string };

/** One line of news for the user after a task; problems carry their own Korean/English message. */
export type Notice =
  | { readonly kind: 'applied'; readonly count: number; readonly errors: number }
  | { readonly kind: 'undone'; readonly count: number; readonly what?: Undoable }
  | { readonly kind: 'fixed'; readonly count: number }
  | { readonly kind: 'nothingToUndo' }
  | { readonly kind: 'previewRefreshed' }
  | { readonly kind: 'engineFailed' }
  | { readonly kind: 'problem'; readonly message: Message };

export type PlanState = {
  readonly busy?: PaneTask;
  /** The latest check: its findings, the tables they sit in, and the plan read (the 달성도 panel shows its 실적). */
  readonly checked?: {
    readonly findings: ReadonlyArray<Finding>;
    readonly tables: ReadonlyArray<TableInfo>;
    readonly plan?: Plan;
    /** What the engine says it checked: the tables found and the relations judged. */
    readonly checked: Checked;
    /** The recompute's edit of each derived cell a finding is on, by `sheet!A1`: the fix that cell's button writes. */
    readonly fixes?: ReadonlyMap<string, Edit>;
  };
  /** The workbook changed after the check (the user typed, a table was inserted): the findings may be out of date. */
  readonly stale?: boolean;
  /** The rebalanced 가중치 of one goal, waiting for the user's go-ahead, under the finding (`sheet!A1`) that asked. */
  readonly weights?: { readonly at: string; readonly changes: ReadonlyArray<Change> };
  /** A recompute waiting for the user's go-ahead. */
  readonly preview?: ReadonlyArray<Change>;
  /** The reading the preview was computed with, when the user chose one of a `link.ambiguous` finding's choices. */
  readonly previewChoice?: Choice;
  /**
   * The reading the user chose and applied: every later check and recompute of the session reads the workbook so,
   * or the ambiguity it settled would be reported again and the figures written for it called wrong.
   */
  readonly links?: ReadonlyArray<LinkChoice>;
  /** Cells the user edited after the change being undone: undo waits for them to choose. */
  readonly conflict?: ReadonlyArray<CellRef>;
  readonly notice?: Notice;
  /** The undo stack holds a change (a recompute, a fix or an inserted table). */
  readonly canUndo: boolean;
  /** Error cells carry the highlight fill. */
  readonly highlighted?: boolean;
};

export type PlanActions = {
  check(): Promise<void>;
  /** Previews the recompute; `links` (a `link.ambiguous` choice) reads the workbook so instead of the reading kept. */
  recompute(choice?: Choice): Promise<void>;
  apply(): Promise<void>;
  cancelPreview(): void;
  /** Takes back the newest change, whichever hook made it. */
  undo(changed?: 'keep' | 'overwrite'): Promise<void>;
  cancelUndo(): void;
  select(ref: CellRef): Promise<void>;
  highlight(on: boolean): Promise<void>;
  /** Writes these edits alone (one derived cell, or one goal's 가중치); undo takes them back. */
  fix(edits: ReadonlyArray<Edit>): Promise<void>;
  previewWeights(finding: Finding): Promise<void>;
  cancelWeights(): void;
};

/** How a finding's cell is keyed in `fixes` and `weights`. */
export const cellKey = (ref: CellRef): string => `${ref.sheet}!${refA1(ref)}`;

const sameEdit = (a: Edit, b: Edit): boolean =>
  sameCell(a.ref, b.ref) && a.value === b.value && a.formula === b.formula && a.numFmt === b.numFmt;
const sameEdits = (a: ReadonlyArray<Edit>, b: ReadonlyArray<Change>): boolean =>
  a.length === b.length && a.every((e, i) => sameEdit(e, b[i].edit));

const changesOf = (edits: ReadonlyArray<Edit>, sheets: ReadonlyArray<Sheet>): Change[] =>
  edits.map((edit) => {
    const sheet = sheets.find((s) => s.name === edit.ref.sheet);
    return { edit, before: (sheet && cellAt(sheet, edit.ref.row, edit.ref.col)?.value) ?? null };
  });

class EngineUnavailable extends Error {}

/** The one hook on the workbook: every Excel call of the pane goes through `port`, every computation through the engine. */
export function usePlan(port: PanePort, loadEngine: LoadEngine, session: PaneSession): [PlanState, PlanActions] {
  const { tasks, undo: undoStack } = session;
  const runningTask = tasks.current; // stable: subscribing again on every task would add Excel handlers
  const [state, setState] = useState<Omit<PlanState, 'busy' | 'canUndo'>>({});
  const engine = useRef<Promise<Engine> | undefined>(undefined);
  // The reading in force before each applied recompute that chose another, by its undo step: undoing the step takes
  // the choice back too, so a wrong choice is undone whole and the choices are offered again.
  const linksBefore = useRef(new Map<number, PlanState['links']>());
  // New findings are findings of the workbook as it is now.
  const update = (change: Partial<PlanState>) =>
    setState((s) => ({ ...s, ...change, ...(change.checked ? { stale: false } : {}) }));

  useEffect(
    () =>
      port.onChanged?.(() => {
        const task = runningTask();
        if (task === undefined || !PLAN_TASKS.has(task))
          setState((s) => (s.checked && !s.stale ? { ...s, stale: true, weights: undefined } : s));
      }),
    [port, runningTask],
  );

  const getEngine = (): Promise<Engine> =>
    (engine.current ??= loadEngine().catch((error: unknown) => {
      engine.current = undefined; // let the next click try again
      throw new EngineUnavailable('engine failed to load', { cause: error });
    }));

  /** Runs one task in the pane's queue; whatever fails becomes a notice, never an unhandled rejection. */
  const run = async (task: PaneTask, work: () => Promise<Partial<PlanState>>): Promise<void> => {
    const ran = await tasks.run(task, () => (update({ notice: undefined }), work()));
    if (ran.kind === 'done') update(ran.value);
    if (ran.kind === 'failed')
      update({
        notice:
          ran.error instanceof EngineUnavailable ? { kind: 'engineFailed' } : { kind: 'problem', message: problemOf(ran.error) },
      });
  };

  /** Writes the edits as one step of the undo stack. */
  const write = async (edits: ReadonlyArray<Edit>, what: Undoable): Promise<UndoStep | undefined> => {
    await port.apply(edits);
    return edits.length > 0 ? undoStack.record(what) : undefined;
  };

  /** The engine's options for a reading: none until the user chooses one. */
  const readAs = (links: ReadonlyArray<LinkChoice> | undefined) => (links ? { links } : {});

  /** Checks the workbook as it is now, read as `links` says: the reading kept, or the one a task has just settled. */
  const checked = async (links: PlanState['links']): Promise<NonNullable<PlanState['checked']>> => {
    const [sheets, e] = await Promise.all([port.read(), getEngine()]);
    const { plan, findings, checked: scope } = e.check(sheets, readAs(links));
    // A finding on a derived cell the recompute would write is fixed by that one edit; any other is an input to check.
    const { edits } = e.recompute(sheets, readAs(links));
    const fixes = new Map(edits.map((edit) => [cellKey(edit.ref), edit]));
    return { findings, tables: plan.tables, plan, fixes, checked: scope };
  };

  const check = () =>
    run('check', async () => ({ checked: await checked(state.links), preview: undefined, previewChoice: undefined }));

  const recompute = (choice?: Choice) =>
    run('recompute', async () => {
      const chosen = choice?.links;
      const links = chosen ?? state.links;
      const [sheets, e] = await Promise.all([port.read(), getEngine()]);
      const { plan, edits } = e.recompute(sheets, readAs(links));
      // No plan table is not "every figure is right": say what the CLI says.
      if (plan.tables.length === 0)
        return { preview: undefined, previewChoice: undefined, notice: { kind: 'problem', message: unusable('noPlanTable') } };
      // A chosen reading whose figures already stand has nothing to apply: it is settled now, and checked so.
      if (chosen && edits.length === 0)
        return { preview: [], previewChoice: undefined, links: chosen, checked: await checked(chosen) };
      return { preview: changesOf(edits, sheets), previewChoice: choice };
    });

  const apply = () =>
    run('apply', async () => {
      const links = state.previewChoice?.links ?? state.links;
      // The user may have typed since the preview: recompute from a fresh read, and apply only what they saw.
      const [sheets, e] = await Promise.all([port.read(), getEngine()]);
      const { edits } = e.recompute(sheets, readAs(links));
      if (!sameEdits(edits, state.preview ?? []))
        return { preview: changesOf(edits, sheets), notice: { kind: 'previewRefreshed' } };
      const step = await write(edits, 'recompute');
      if (step && links !== state.links) linksBefore.current.set(step.id, state.links);
      // The figures written are those of the chosen reading: keep reading the workbook so from now on.
      const after = await checked(links);
      const errors = after.findings.filter((f) => f.severity === 'error').length;
      const notice: Notice = { kind: 'applied', count: edits.length, errors };
      return { preview: undefined, previewChoice: undefined, ...(links ? { links } : {}), checked: after, notice };
    });

  const undo = (changed?: 'keep' | 'overwrite') =>
    run('undo', async () => {
      const { outcome, step } = await undoStack.undo(changed === undefined ? {} : { changed });
      if (outcome.kind === 'changed') return { conflict: outcome.cells };
      if (outcome.kind === 'nothing') return { conflict: undefined, notice: { kind: 'nothingToUndo' } };
      // Undo also takes the highlight off (OfficePort.undo clears it). Findings shown were found on the workbook
      // as it was before: check it again as it is now, or they would say an undone error is gone.
      const chose = step !== undefined && linksBefore.current.has(step.id);
      const links = chose ? linksBefore.current.get(step.id) : state.links;
      if (step) linksBefore.current.delete(step.id);
      const after = state.checked ? { checked: await checked(links) } : {};
      const notice: Notice = { kind: 'undone', count: outcome.count, ...(step ? { what: step.what } : {}) };
      return { ...after, ...(chose ? { links } : {}), conflict: undefined, highlighted: false, notice };
    });

  const highlight = (on: boolean) =>
    run('highlight', async () => {
      const errors = (state.checked?.findings ?? []).filter((f) => f.severity === 'error').map((f) => f.ref);
      await (on ? port.highlight(errors) : port.clearHighlight());
      return { highlighted: on };
    });

  const fix = (edits: ReadonlyArray<Edit>) =>
    run('apply', async () => {
      await write(edits, 'fix');
      const notice: Notice = { kind: 'fixed', count: edits.length };
      return { checked: await checked(state.links), weights: undefined, preview: undefined, previewChoice: undefined, notice };
    });

  const previewWeights = (finding: Finding) =>
    run('weights', async () => {
      const [sheets, e] = await Promise.all([port.read(), getEngine()]);
      const { plan } = e.check(sheets, readAs(state.links));
      const indicators = plan.departments.flatMap((d) => d.goals).flatMap((g) => g.indicators);
      // Each weight by its indicator's name: the edit's reason repeats the goal's long name on every line.
      const changes = changesOf(e.rebalanceAt(plan, finding.ref), sheets).map((change) => {
        const name = indicators.find((i) => sameCell(i.weight.ref, change.edit.ref))?.name.text;
        return name === undefined ? change : { ...change, label: name };
      });
      return { weights: { at: cellKey(finding.ref), changes } };
    });

  const select = async (ref: CellRef): Promise<void> => {
    try {
      await port.selectCell(ref);
    } catch (error) {
      update({ notice: { kind: 'problem', message: problemOf(error) } });
    }
  };

  const actions: PlanActions = {
    check,
    recompute,
    apply,
    cancelPreview: () => update({ preview: undefined, previewChoice: undefined }),
    undo,
    cancelUndo: () => update({ conflict: undefined }),
    select,
    highlight,
    fix,
    previewWeights,
    cancelWeights: () => update({ weights: undefined }),
  };
  return [{ ...state, busy: tasks.busy, canUndo: undoStack.canUndo() }, actions];
}
