import { useMemo } from 'react';
import type { PanePort } from '../workbook/port';
import { UndoOwner } from './undoOwner';
import { useTaskRunner, type TaskRunner } from './useTaskRunner';

/** Every task of the pane that talks to the workbook: usePlan's, then the table picker's. */
export type PaneTask = 'check' | 'recompute' | 'apply' | 'undo' | 'highlight' | 'weights' | 'open' | 'insert';

/** What usePlan and useInsertTable share: one task at a time, and one undo stack for everything they write. */
export type PaneSession = { readonly tasks: TaskRunner<PaneTask>; readonly undo: UndoOwner };

export function usePaneSession(port: PanePort): PaneSession {
  const tasks = useTaskRunner<PaneTask>();
  const undo = useMemo(() => new UndoOwner(port), [port]);
  return useMemo(() => ({ tasks, undo }), [tasks, undo]);
}
