import { check, recompute, type Sheet } from '../src/engine';
import { readCell } from '../src/engine/grid/readNumber';
import { readingInterval } from '../src/engine/grid/readingInterval';
import type { Layout } from '../test/fixtures/build';
import { citySheets } from './city';
import { median } from './timing';

/** The floor of any checker, on sheets already read: every cell read once (readCell and its interval). */
function readEveryCell(sheets: ReadonlyArray<Sheet>): number {
  let n = 0;
  for (const sheet of sheets)
    for (const row of sheet.rows) for (const cell of row ?? []) if (cell && readingInterval(readCell(cell))) n++;
  return n;
}

const cellCount = (sheets: ReadonlyArray<Sheet>): number =>
  sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + (r?.filter(Boolean).length ?? 0), 0), 0);

export type FloorRow = {
  readonly layout: Layout;
  readonly departments: number;
  readonly cells: number;
  readonly tables: number;
  readonly floorMs: number;
  readonly checkMs: number;
  readonly recomputeMs: number;
  readonly ratio: number;
};

/** The engine against the cell-reading floor, in the same run on the same sheets, for both layouts. */
export function engineFloorTable(runs: number): FloorRow[] {
  const rows: FloorRow[] = [];
  for (const layout of ['document', 'byKind'] as Layout[])
    for (const departments of [1, 10, 40]) {
      const sheets = citySheets(departments, layout);
      const { plan } = check(sheets); // warm-up: JIT and lazy module state
      const floorMs = median(runs, () => readEveryCell(sheets));
      const checkMs = median(runs, () => check(sheets));
      const recomputeMs = median(runs, () => recompute(sheets));
      const cells = cellCount(sheets);
      rows.push({
        layout,
        departments,
        cells,
        tables: plan.tables.length,
        floorMs,
        checkMs,
        recomputeMs,
        ratio: checkMs / floorMs,
      });
    }
  return rows;
}
