import { useRef, useState } from 'react';
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
} from '../engine/edge';
import type { PanePort } from '../workbook/port';
import { problemOf } from '../workbook/office/problems';
import { unusable } from '../workbook/xlsx/unusable';

/** The part of the engine facade the pane uses; tests inject their own. */
export type Engine = {
  check(sheets: ReadonlyArray<Sheet>): { plan: Plan; findings: Finding[] };
  recompute(sheets: ReadonlyArray<Sheet>, options?: { formulas?: boolean }): { plan: Plan; edits: Edit[]; findings: Finding[] };
};
export type LoadEngine = () => Promise<Engine>;

export type Task = 'check' | 'recompute' | 'apply' | 'undo' | 'highlight';

/** One cell a recompute would write, with what it holds now, for the preview. */
export type Change = { readonly edit: Edit; readonly before: CellValue };

/** One line of news for the user after a task; problems carry their own Korean/English message. */
export type Notice =
  | { readonly kind: 'applied'; readonly count: number; readonly errors: number }
  | { readonly kind: 'undone'; readonly count: number }
  | { readonly kind: 'nothingToUndo' }
  | { readonly kind: 'previewRefreshed' }
  | { readonly kind: 'engineFailed' }
  | { readonly kind: 'problem'; readonly message: Message };

export type PlanState = {
  readonly busy?: Task;
  /** The latest check: its findings, the tables they sit in, and the plan read (the 달성도 panel shows its 실적). */
  readonly checked?: {
    readonly findings: ReadonlyArray<Finding>;
    readonly tables: ReadonlyArray<TableInfo>;
    readonly plan?: Plan;
  };
  /** A recompute waiting for the user's go-ahead. */
  readonly preview?: ReadonlyArray<Change>;
  /** Cells the user edited after the recompute: undo waits for them to choose. */
  readonly conflict?: ReadonlyArray<CellRef>;
  readonly notice?: Notice;
  readonly canUndo: boolean;
  /** Error cells carry the highlight fill. */
  readonly highlighted?: boolean;
};

export type PlanActions = {
  check(): Promise<void>;
  recompute(): Promise<void>;
  apply(): Promise<void>;
  cancelPreview(): void;
  undo(changed?: 'keep' | 'overwrite'): Promise<void>;
  cancelUndo(): void;
  select(ref: CellRef): Promise<void>;
  highlight(on: boolean): Promise<void>;
};

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
export function usePlan(port: PanePort, loadEngine: LoadEngine): [PlanState, PlanActions] {
  const [state, setState] = useState<PlanState>({ canUndo: port.canUndo() });
  const engine = useRef<Promise<Engine> | undefined>(undefined);
  const update = (change: Partial<PlanState>) => setState((s) => ({ ...s, ...change, canUndo: port.canUndo() }));

  const getEngine = (): Promise<Engine> =>
    (engine.current ??= loadEngine().catch((error: unknown) => {
      engine.current = undefined; // let the next click try again
      throw new EngineUnavailable('engine failed to load', { cause: error });
    }));

  /** Runs one task; whatever fails becomes a notice, never an unhandled rejection. */
  const run = async (task: Task, work: () => Promise<Partial<PlanState>>): Promise<void> => {
    update({ busy: task, notice: undefined });
    try {
      update({ ...(await work()), busy: undefined });
    } catch (error) {
      const notice: Notice =
        error instanceof EngineUnavailable ? { kind: 'engineFailed' } : { kind: 'problem', message: problemOf(error) };
      update({ busy: undefined, notice });
    }
  };

  const checked = async (): Promise<NonNullable<PlanState['checked']>> => {
    const [sheets, e] = await Promise.all([port.read(), getEngine()]);
    const { plan, findings } = e.check(sheets);
    return { findings, tables: plan.tables, plan };
  };

  const check = () => run('check', async () => ({ checked: await checked(), preview: undefined }));

  const recompute = () =>
    run('recompute', async () => {
      const [sheets, e] = await Promise.all([port.read(), getEngine()]);
      const { plan, edits } = e.recompute(sheets);
      // No plan table is not "every figure is right": say what the CLI says.
      if (plan.tables.length === 0) return { preview: undefined, notice: { kind: 'problem', message: unusable('noPlanTable') } };
      return { preview: changesOf(edits, sheets) };
    });

  const apply = () =>
    run('apply', async () => {
      // The user may have typed since the preview: recompute from a fresh read, and apply only what they saw.
      const [sheets, e] = await Promise.all([port.read(), getEngine()]);
      const { edits } = e.recompute(sheets);
      if (!sameEdits(edits, state.preview ?? []))
        return { preview: changesOf(edits, sheets), notice: { kind: 'previewRefreshed' } };
      await port.apply(edits);
      const after = await checked();
      const errors = after.findings.filter((f) => f.severity === 'error').length;
      return { preview: undefined, checked: after, notice: { kind: 'applied', count: edits.length, errors } };
    });

  const undo = (changed?: 'keep' | 'overwrite') =>
    run('undo', async () => {
      const outcome = await port.undo(changed === undefined ? {} : { changed });
      if (outcome.kind === 'changed') return { conflict: outcome.cells };
      if (outcome.kind === 'nothing') return { conflict: undefined, notice: { kind: 'nothingToUndo' } };
      // Undo also takes the highlight off (OfficePort.undo clears it). Findings shown were found on the workbook
      // as it was before: check it again as it is now, or they would say an undone error is gone.
      const after = state.checked ? { checked: await checked() } : {};
      return { ...after, conflict: undefined, highlighted: false, notice: { kind: 'undone', count: outcome.count } };
    });

  const highlight = (on: boolean) =>
    run('highlight', async () => {
      const errors = (state.checked?.findings ?? []).filter((f) => f.severity === 'error').map((f) => f.ref);
      await (on ? port.highlight(errors) : port.clearHighlight());
      return { highlighted: on };
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
    cancelPreview: () => update({ preview: undefined }),
    undo,
    cancelUndo: () => update({ conflict: undefined }),
    select,
    highlight,
  };
  return [state, actions];
}
