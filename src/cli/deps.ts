import type { XlsxRead } from '../workbook/xlsx/read';
import { loadEngine, type CliEngine } from './engine';
import { readInput } from './readInput';

/** What commands reach outside themselves for; tests inject an engine (and may inject reading). */
export type Deps = {
  readonly engine: () => Promise<CliEngine>;
  readonly read: (path: string) => Promise<XlsxRead>;
};

export const realDeps: Deps = { engine: loadEngine, read: readInput };
