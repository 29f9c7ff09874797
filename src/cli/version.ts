import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Written in by `npm run pack` (esbuild's define): the one-file CLI has no package.json beside it. */
declare const PERFPLAN_VERSION: string | undefined;

/** package.json sits two folders up both from src/cli (tsx) and from dist/cli (the built bin). */
export const packageVersion = (): string =>
  typeof PERFPLAN_VERSION === 'string'
    ? PERFPLAN_VERSION
    : (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
