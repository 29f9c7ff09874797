import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckJob } from './checkWorker';
import type { FileOutcome } from './commands/checkOne';
import { internalError } from './messages';
import { RULE } from './printResult';

/** The worker data of a worker thread started from the one-file CLI (npm run pack), which is its own worker script. */
export const CHECK_WORKER = 'perfplan.checkWorker';

/**
 * A worker running checkWorker. Run from the sources (tests, tsx) the worker first installs tsx's require hook, since a
 * worker thread does not inherit its parent's loader; the compiled CLI has dist/cli/checkWorker.js beside it; the
 * one-file CLI (npm run pack) has nothing beside it and is its own worker script (main.ts reads the worker data).
 */
function startWorker(): Worker {
  if (__filename.endsWith('.ts')) {
    const boot = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(join(__dirname, 'checkWorker.ts'))});`;
    return new Worker(boot, { eval: true });
  }
  const beside = join(__dirname, 'checkWorker.js');
  return existsSync(beside) ? new Worker(beside) : new Worker(__filename, { workerData: CHECK_WORKER });
}

const crashed = (file: string, why: string): FileOutcome => ({
  file,
  ok: false,
  rule: RULE.internal,
  problem: internalError(why),
});

/**
 * Checks the files in worker threads, one per core (never more than files), each taking the next file when done;
 * results come back in the order of `files`. A worker that dies takes only its file with it: another replaces it.
 */
export function checkInWorkers(files: ReadonlyArray<string>): Promise<FileOutcome[]> {
  const results: FileOutcome[] = new Array(files.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    if (files.length === 0) return resolve([]);
    const run = () => {
      const worker = startWorker();
      let current: number | undefined;
      const give = () => {
        if (next >= files.length) return void worker.terminate();
        current = next++;
        worker.postMessage({ id: current, file: files[current] } satisfies CheckJob);
      };
      const finish = (id: number, outcome: FileOutcome) => {
        results[id] = outcome;
        current = undefined;
        if (++done === files.length) resolve(results);
      };
      worker.on('message', (m: { id: number; outcome: FileOutcome }) => {
        finish(m.id, m.outcome);
        give();
      });
      worker.on('error', (e) => {
        if (current === undefined) return;
        finish(current, crashed(files[current], e.message));
        if (next < files.length) run();
      });
      give();
    };
    for (let k = 0; k < Math.min(files.length, availableParallelism()); k++) run();
  });
}
