import { parentPort } from 'node:worker_threads';
import * as engine from '../engine/index';
import { checkOne } from './commands/checkOne';
import { realDeps, type Deps } from './deps';

/** A job from the pool: one file to check. */
export type CheckJob = { readonly id: number; readonly file: string };

/**
 * The engine comes in with the worker, not by the CLI's lazy import(): a worker is only started to check, and from the
 * sources a dynamic import() would need tsx's ESM hook, which a worker thread cannot take from its parent.
 */
const deps: Deps = { ...realDeps, engine: async () => engine };

/** A worker thread of `perfplan check a.xlsx b.xlsx …`: checks the files it is given, one at a time. */
parentPort?.on('message', (job: CheckJob) => {
  void checkOne(job.file, deps).then((outcome) => parentPort!.postMessage({ id: job.id, outcome }));
});
