import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/engine';
import type { Sheet } from '../../src/engine/grid/sheet';
import { EXIT } from '../../src/cli/exitCodes';
import type { JsonMany } from '../../src/cli/commands/checkMany';
import { run } from '../../src/cli/main';
import { readInput } from '../../src/cli/readInput';
import { sheetsToWorkbook } from '../../src/workbook/xlsx/fromSheets';
import { buildWorkbook } from '../fixtures/build';
import { TAX, WELFARE } from '../fixtures/invented';
import { SEED } from '../fixtures/seed';
import { captureIo, tempDir } from './fakes';

const PLANS = [SEED, TAX, WELFARE];
const root = tempDir();
const examples = join(__dirname, '..', '..', 'examples');

async function write(path: string, sheets: Sheet[]): Promise<string> {
  writeFileSync(path, new Uint8Array(await sheetsToWorkbook(sheets).xlsx.writeBuffer()));
  return path;
}

async function runCli(argv: string[]) {
  const { io, out } = captureIo();
  const code = await run(argv, io);
  return { code, ...out };
}

/** The rows of the 총괄표 a file holds: name and every figure. */
async function summaryRows(file: string) {
  const read = await readInput(file);
  if (!read.ok) throw new Error(read.problem.en);
  const [summary] = check(read.sheets).plan.summaries ?? [];
  return [summary.total!, ...summary.rows].map((r) => [
    r.name.text,
    ...[r.strategic, r.goals, r.indicators, r.units, r.budget, r.prevBudget, r.change].map((c) => c.value),
  ]);
}

describe('perfplan report --table summary', () => {
  const dir = join(root, 'city');
  beforeAll(async () => {
    mkdirSync(dir);
    // Named so the folder's order is not the plans' order: 정보홍보실, 세무과, 복지정책과.
    for (const [i, plan] of PLANS.entries())
      await write(join(dir, `${i + 1}-${plan.department}.xlsx`), buildWorkbook([plan], 'document').sheets);
  });

  it('builds the 총괄표 of a folder of department files; check on it: 0 errors, alone and with the departments', async () => {
    const output = join(root, '총괄.xlsx');
    const made = await runCli(['report', '--table', 'summary', '-o', output, dir]);
    expect([made.code, made.stderr]).toEqual([EXIT.clean, '']);
    expect(made.stdout).toContain(`'성과계획 총괄표' 시트에 표 1개를 썼습니다: ${output}`);
    const rows = await summaryRows(output);
    expect(rows.map((r) => r[0])).toEqual(['계', ...PLANS.map((p) => p.department)]);
    // 정보홍보실 as the seed states it: its goals, Σ 성과지표수 and 단위사업수 of its T1, its 예산현황 정책사업.
    const policy = SEED.budget['정책사업'];
    expect(rows[1].slice(2)).toEqual([
      SEED.goals.length,
      SEED.goals.reduce((a, g) => a + Number(g.indicatorCount), 0),
      SEED.goals.reduce((a, g) => a + Number(g.unitCount), 0),
      policy.budget,
      policy.prevBudget,
      policy.change,
    ]);
    expect(rows[1][1]).toBe(1); // one 전략목표 line above its T1
    const alone = await runCli(['check', output, '--json']);
    expect(alone.code).toBe(EXIT.clean);
    const together = await runCli(['check', output, dir, '--json']);
    const report = JSON.parse(together.stdout) as JsonMany;
    expect([together.code, report.summary.errors, report.summary.warnings]).toEqual([EXIT.clean, 0, 0]);
  }, 60_000);

  it('--order puts the rows in the order a list names them', async () => {
    const order = join(root, 'order.txt');
    writeFileSync(order, `${WELFARE.department}\n\n ${TAX.department} \n`);
    const output = join(root, 'ordered.xlsx');
    expect((await runCli(['report', '--table', 'summary', '--order', order, '-o', output, dir])).code).toBe(EXIT.clean);
    expect((await summaryRows(output)).map((r) => r[0])).toEqual(['계', WELFARE.department, TAX.department, SEED.department]);
  }, 60_000);

  it('over the examples, then check on its output: 0 errors', async () => {
    const output = join(root, 'examples-총괄.xlsx');
    expect((await runCli(['report', '--table', 'summary', '-o', output, examples])).code).toBe(EXIT.clean);
    const checked = await runCli(['check', output, '--json']);
    expect(checked.code).toBe(EXIT.clean);
    expect(JSON.parse(checked.stdout).findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
  }, 60_000);

  it('refuses an unusable input, a missing --order file and several files for another table', async () => {
    const broken = join(root, 'broken.xlsx');
    writeFileSync(broken, 'not a workbook');
    const out = join(root, 'x.xlsx');
    const bad = await runCli(['report', '--table', 'summary', '-o', out, dir, broken]);
    expect(bad.code).toBe(EXIT.unusable);
    expect(bad.stderr).toContain(`${broken}: `);
    expect((await runCli(['report', '--table', 'summary', '--order', join(root, 'none.txt'), '-o', out, dir])).code).toBe(
      EXIT.unusable,
    );
    const several = await runCli(['report', '--table', 't3', '-o', out, join(examples, 'seed.xlsx'), broken]);
    expect([several.code, several.stderr]).toEqual([
      EXIT.unusable,
      '이 표는 파일 하나로 만듭니다(여러 파일이나 폴더는 --table summary만).\n',
    ]);
  }, 60_000);
});
