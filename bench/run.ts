/**
 * `npm run bench`: how check scales with a whole city's plan. The baseline, measured in the same run on the
 * same sheets, is the floor of any checker: reading every cell once (readCell + its interval). Figures go to
 * bench/results/latest.json; compare `ratio` (check time / floor time) across commits, not raw milliseconds;
 * recompute (check, edits, and the check of the result) is reported beside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, recompute } from '../src/engine';
import { readCell } from '../src/engine/grid/readNumber';
import type { Sheet } from '../src/engine/grid/sheet';
import { readingInterval } from '../src/engine/interval/shown';
import type { Layout } from '../test/fixtures/build';
import { citySheets } from './city';

const RUNS = 7;

function median(f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

function readEveryCell(sheets: ReadonlyArray<Sheet>): number {
  let n = 0;
  for (const sheet of sheets)
    for (const row of sheet.rows) for (const cell of row ?? []) if (cell && readingInterval(readCell(cell))) n++;
  return n;
}

const cellCount = (sheets: ReadonlyArray<Sheet>): number =>
  sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + (r?.filter(Boolean).length ?? 0), 0), 0);

const results = [];
for (const layout of ['document', 'byKind'] as Layout[])
  for (const departments of [1, 10, 40]) {
    const sheets = citySheets(departments, layout);
    check(sheets); // warm-up: JIT and lazy module state
    const floorMs = median(() => readEveryCell(sheets));
    let tables = 0;
    let findings = 0;
    const checkMs = median(() => {
      const r = check(sheets);
      tables = r.plan.tables.length;
      findings = r.findings.filter((f) => f.severity !== 'info').length;
    });
    const recomputeMs = median(() => recompute(sheets));
    const row = {
      layout,
      departments,
      cells: cellCount(sheets),
      tables,
      nonInfoFindings: findings,
      floorMs,
      checkMs,
      recomputeMs,
      ratio: checkMs / floorMs,
    };
    results.push(row);
    console.log(
      `${layout.padEnd(8)} ${String(departments).padStart(3)} 부서  ${String(row.cells).padStart(7)} 셀  ${String(tables).padStart(5)} 표  ` +
        `floor ${floorMs.toFixed(1).padStart(7)} ms  check ${checkMs.toFixed(1).padStart(8)} ms  ×${row.ratio.toFixed(1)}  ` +
        `recompute ${recomputeMs.toFixed(1).padStart(8)} ms`,
    );
  }

const dir = join(__dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'latest.json'), JSON.stringify({ node: process.version, runs: RUNS, results }, null, 2) + '\n');
console.log(`→ ${join('bench', 'results', 'latest.json')}`);
