import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/**
 * What became of a task, as a value: its result, what it failed with, or why it gave nothing. `refused`: another task
 * was running, so this one never started; `stale`: it ran, but its result came after `drop` (or after the pane went
 * away) and no longer belongs on screen.
 */
export type Ran<R> =
  | { readonly kind: 'done'; readonly value: R }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'refused' }
  | { readonly kind: 'stale' };

/** The one queue of the pane's workbook tasks: one at a time, whichever hook asks. */
export type TaskRunner<T extends string> = {
  /** The task running, for the spinner and the disabled buttons. */
  readonly busy: T | undefined;
  /** The task running right now, read synchronously (an event handler cannot wait for the next render). */
  current(): T | undefined;
  /** Runs `work` unless a task is running; never throws. */
  run<R>(task: T, work: () => Promise<R>): Promise<Ran<R>>;
  /** The user left what `task` was for (closed the picker): its result, when it comes, is `stale`. */
  drop(task: T): void;
};

type Running<T> = { readonly task: T; dropped: boolean };

export function useTaskRunner<T extends string>(): TaskRunner<T> {
  const [busy, setBusy] = useState<T | undefined>(undefined);
  const running = useRef<Running<T> | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);

  const run = useCallback(async <R>(task: T, work: () => Promise<R>): Promise<Ran<R>> => {
    // A ref, not the state: two clicks in one event loop turn both see the state from before the first.
    if (running.current) return { kind: 'refused' };
    const self: Running<T> = { task, dropped: false };
    running.current = self;
    setBusy(task);
    let ran: Ran<R>;
    try {
      ran = { kind: 'done', value: await work() };
    } catch (error) {
      ran = { kind: 'failed', error };
    } finally {
      running.current = undefined;
      if (mounted.current) setBusy(undefined);
    }
    return self.dropped || !mounted.current ? { kind: 'stale' } : ran;
  }, []);

  const drop = useCallback((task: T) => {
    if (running.current?.task === task) running.current.dropped = true;
  }, []);
  const current = useCallback(() => running.current?.task, []);

  return useMemo(() => ({ busy, current, run, drop }), [busy, current, run, drop]);
}
