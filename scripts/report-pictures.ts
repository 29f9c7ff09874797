/**
 * `npx tsx scripts/report-pictures.ts`: one picture per report kind in docs/reports/, made from the example
 * workbooks (the seed; two departments for 부서별 예산 총괄) through the same engine and renderer as
 * `perfplan report`, then scripts/render-png.sh (LibreOffice). Not run by the tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildReport, regenerate, reportIds, type ReportId } from '../src/engine/reports';
import { readXlsx } from '../src/workbook/xlsx/read';
import { addReportWorksheet } from '../src/workbook/xlsx/renderReport';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'docs', 'reports');

/** Enough of each report to show its shape: the first goal's T4, the first 단위사업's T5 and two of its T6 blocks. */
const PICK: Partial<Record<ReportId, { goal?: number; take?: number }>> = { t4: { goal: 1 }, t5: { take: 1 }, t6: { take: 2 } };

async function regenerated(example: string) {
  const read = await readXlsx(new Uint8Array(readFileSync(join(ROOT, 'examples', example))));
  if (!read.ok) throw new Error(`${example}: ${read.problem.en}`);
  return regenerate(read.sheets);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'perfplan-pictures-'));
  const seed = await regenerated('seed.xlsx');
  const two = await regenerated('two-departments.xlsx');
  for (const id of reportIds) {
    const source = id === 'departments' ? two : seed;
    const pick = PICK[id] ?? {};
    const tables = buildReport(source.plan, id, {
      sheets: source.sheets,
      findings: source.findings,
      ...(pick.goal ? { goal: pick.goal } : {}),
    });
    const workbook = new ExcelJS.Workbook();
    addReportWorksheet(workbook, id, tables.slice(0, pick.take ?? tables.length));
    const xlsx = join(work, `${id}.xlsx`);
    writeFileSync(xlsx, new Uint8Array(await workbook.xlsx.writeBuffer()));
    execFileSync(join(__dirname, 'render-png.sh'), [xlsx, join(work, id)], { stdio: ['ignore', 'ignore', 'inherit'] });
    renameSync(join(work, `${id}-1.png`), join(OUT, `${id}.png`));
    process.stderr.write(`wrote docs/reports/${id}.png\n`);
  }
  rmSync(work, { recursive: true, force: true });
}

void main();
