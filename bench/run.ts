/**
 * `npm run bench`: perfplan's figures against baselines measured in the same run, written to bench/results.json.
 * - engine: check and recompute against the floor of reading every cell once (1, 10, 40 departments, both layouts),
 *   and check on city plans of 30 and 300 departments (document layout), and how it scales;
 * - hyperformula: the same derived cells as Excel formulas, built and evaluated by HyperFormula on the same data;
 * - cli: `perfplan check --json` as a whole process against exceljs loading the file and the unzip floor
 *   (unzip + tokenize every XML part), and its peak memory;
 * - syncs: Office.js round trips of check and recompute on the Excel fake, at 1 and 300 departments;
 * - pane: the task pane's start bundle, gzipped;
 * - files: 40 department files checked together (`check <folder>`) against 40 single runs.
 * Compare ratios across commits, not raw milliseconds: they come from one machine's one run.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem, tmpdir } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../src/engine';
import { citySheets } from './city';
import { writeCityFile } from './cityFile';
import { cliFigures } from './cli';
import { engineFloorTable } from './engineFloor';
import { asFormulaSheets, evaluateWithHyperFormula, formulaCount, withDerivedBlank } from './hyperformula';
import { manyFiles } from './manyFiles';
import { paneStartGzipKb } from './pane';
import { countSyncs } from './syncs';
import { median } from './timing';

const RUNS = 5;
const round = (x: number, digits = 1): number => Number(x.toFixed(digits));
const log = (line: string): void => void process.stderr.write(`${line}\n`);

function engineMs(departments: number): number {
  const sheets = citySheets(departments, 'document');
  check(sheets); // warm-up: JIT and lazy module state
  return median(RUNS, () => check(sheets));
}

async function main(): Promise<void> {
  spawnSync('npm', ['run', 'build:cli'], { stdio: 'ignore', cwd: join(__dirname, '..') });
  const table = engineFloorTable(7);
  for (const r of table)
    log(
      `${r.layout.padEnd(8)} ${String(r.departments).padStart(3)} 부서 ${String(r.cells).padStart(7)} 셀 ${String(r.tables).padStart(5)} 표  ` +
        `floor ${r.floorMs.toFixed(1)} ms  check ${r.checkMs.toFixed(1)} ms  ×${r.ratio.toFixed(1)}  recompute ${r.recomputeMs.toFixed(1)} ms`,
    );
  const n30 = engineMs(30);
  const n300 = engineMs(300);
  log(`engine check: N=30 ${n30.toFixed(1)} ms, N=300 ${n300.toFixed(1)} ms (×${(n300 / n30).toFixed(1)})`);

  const formulas = asFormulaSheets(citySheets(300, 'document'));
  evaluateWithHyperFormula(formulas).destroy(); // warm-up
  const hf = median(RUNS, () => evaluateWithHyperFormula(formulas).destroy());
  log(`HyperFormula: ${formulaCount(formulas)} formulas in ${hf.toFixed(1)} ms; engine / HyperFormula ${(n300 / hf).toFixed(2)}`);

  const file = await writeCityFile(join(tmpdir(), 'perfplan-bench'), 300);
  const cli = cliFigures(file, RUNS);
  log(
    `CLI check ${cli.check.ms.toFixed(0)} ms (${cli.check.peakRssMb.toFixed(0)} MB), exceljs load ${cli.exceljsLoad.ms.toFixed(0)} ms, ` +
      `unzip floor ${cli.unzipFloor.ms.toFixed(0)} ms: ×${(cli.check.ms / cli.unzipFloor.ms).toFixed(2)} the floor`,
  );

  const [s1, s300] = [
    await countSyncs(withDerivedBlank(citySheets(1, 'document'))),
    await countSyncs(withDerivedBlank(citySheets(300, 'document'))),
  ];
  log(`syncs: check ${s1.check} / ${s300.check}, recompute ${s1.recompute} / ${s300.recompute} (N=1 / N=300)`);

  const files = await manyFiles(join(tmpdir(), 'perfplan-bench-files'), 40);
  log(
    `40 files: together ${files.together_ms.toFixed(0)} ms, 40 single runs ${files.single_sum_ms.toFixed(0)} ms (×${files.ratio.toFixed(2)})`,
  );

  const gzipKb = await paneStartGzipKb();
  log(`pane start bundle: ${gzipKb.toFixed(1)} KB gzipped`);

  const results = {
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '',
      memoryGb: round(totalmem() / 2 ** 30),
      runs: RUNS,
    },
    engine: {
      n30_ms: round(n30),
      n300_ms: round(n300),
      scaling: round(n300 / n30, 2),
      floor: table.map((r) => ({
        ...r,
        floorMs: round(r.floorMs),
        checkMs: round(r.checkMs),
        recomputeMs: round(r.recomputeMs),
        ratio: round(r.ratio),
      })),
    },
    hyperformula: { n300_ms: round(hf), ratio: round(n300 / hf, 2) },
    cli: {
      check_ms: round(cli.check.ms),
      exceljs_load_ms: round(cli.exceljsLoad.ms),
      unzip_floor_ms: round(cli.unzipFloor.ms),
      ratio_floor: round(cli.check.ms / cli.unzipFloor.ms, 2),
    },
    syncs: { check: { n1: s1.check, n300: s300.check }, recompute: { n1: s1.recompute, n300: s300.recompute } },
    memory: { peak_rss_mb: round(cli.check.peakRssMb) },
    pane: { gzip_kb: round(gzipKb) },
    files: {
      n: 40,
      together_ms: round(files.together_ms),
      single_sum_ms: round(files.single_sum_ms),
      ratio: round(files.ratio, 2),
    },
  };
  const out = join(__dirname, 'results.json');
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  log(`→ ${out}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
