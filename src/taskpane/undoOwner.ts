import type { PanePort, UndoOptions, UndoOutcome } from '../workbook/port';

/** What the user did that 되돌리기 can take back. */
export type Undoable = 'recompute' | 'fix' | 'insert';

/** One step of the undo stack; `id` tells a step from a later one of the same kind. */
export type UndoStep = { readonly id: number; readonly what: Undoable };

/** An undo's outcome, with the step it took back when it restored one. */
export type Undone = { readonly outcome: UndoOutcome; readonly step?: UndoStep };

/**
 * The pane's one undo stack, for recompute writes and table insertions alike: the port keeps what each change
 * replaced (newest last) and puts it back; this keeps what each change was, so 되돌리기 takes back the last thing
 * the user did, whatever it was, and the pane can say what that was.
 */
export class UndoOwner {
  private readonly steps: UndoStep[] = [];
  private lastId = 0;

  constructor(private readonly port: PanePort) {}

  /** Call after the port wrote something it can take back (not after an empty apply or a refused insertion). */
  record(what: Undoable): UndoStep {
    const step = { id: (this.lastId += 1), what };
    this.steps.push(step);
    return step;
  }

  /** The step 되돌리기 would take back now. */
  top(): UndoStep | undefined {
    return this.port.canUndo() ? this.steps.at(-1) : undefined;
  }

  canUndo(): boolean {
    return this.port.canUndo();
  }

  async undo(options: UndoOptions = {}): Promise<Undone> {
    const outcome = await this.port.undo(options);
    if (outcome.kind !== 'restored') return { outcome };
    const step = this.steps.pop();
    return step ? { outcome, step } : { outcome };
  }
}
