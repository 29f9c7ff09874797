import { join } from 'node:path';
import { medianProcess, type ProcessRun } from './timing';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');

/** Loading a workbook with exceljs's full object model, as perfplan's reader did before the lean one. */
const EXCELJS_LOAD = "new (require('exceljs').Workbook)().xlsx.readFile(process.argv[1])";

export type CliFigures = {
  readonly check: ProcessRun;
  readonly exceljsLoad: ProcessRun;
  readonly unzipFloor: ProcessRun;
};

/** Whole processes on one file, as a user runs them (node's start-up is in every figure alike). */
export function cliFigures(file: string, runs: number): CliFigures {
  const node = process.execPath;
  return {
    check: medianProcess(runs, node, [CLI, 'check', '--json', file]),
    exceljsLoad: medianProcess(runs, node, ['-e', EXCELJS_LOAD, file]),
    unzipFloor: medianProcess(runs, node, [join(__dirname, 'floor.cjs'), file]),
  };
}
