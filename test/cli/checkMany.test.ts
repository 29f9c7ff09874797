import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sheet } from '../../src/engine/grid/sheet';
import { EXIT } from '../../src/cli/exitCodes';
import type { JsonMany } from '../../src/cli/commands/checkMany';
import { run } from '../../src/cli/main';
import { sheetsToWorkbook } from '../../src/workbook/xlsx/fromSheets';
import { buildWorkbook } from '../fixtures/build';
import { summarySheet } from '../fixtures/build/t0';
import { TAX, WELFARE } from '../fixtures/invented';
import { SEED } from '../fixtures/seed';
import { summaryOfPlans, type SummaryData } from '../fixtures/summary';
import { randomBytes } from '../workbook/xlsx/unusableInputs';
import { captureIo, tempDir } from './fakes';

const PLANS = [SEED, TAX, WELFARE];
const SUMMARY = summaryOfPlans(PLANS);
const root = tempDir();

async function write(path: string, sheets: Sheet[]): Promise<string> {
  writeFileSync(path, new Uint8Array(await sheetsToWorkbook(sheets).xlsx.writeBuffer()));
  return path;
}

/** A folder of one file per department and a file holding their 총괄표 (`summary`, or the consistent one). */
async function cityFolder(name: string, summary: SummaryData = SUMMARY): Promise<string> {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const plan of PLANS) await write(join(dir, `${plan.department}.xlsx`), buildWorkbook([plan], 'document').sheets);
  await write(join(dir, '총괄표.xlsx'), [summarySheet(summary)]);
  return dir;
}

async function runCli(argv: string[]) {
  const { io, out } = captureIo();
  const code = await run(argv, io);
  return { code, ...out };
}

const json = (stdout: string): JsonMany => {
  expect(stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(stdout) as JsonMany;
};

const errorsOf = (report: JsonMany, file: string) =>
  report.files.find((f) => f.file.endsWith(file))!.findings.filter((f) => f.severity === 'error');

describe('perfplan check over many files', () => {
  it('a folder of department files and their 총괄표: checked together, 0 errors, one summary', async () => {
    const dir = await cityFolder('clean');
    const { code, stdout } = await runCli(['check', dir, '--json']);
    const report = json(stdout);
    expect(report.files.map((f) => f.file)).toEqual(
      ['복지정책과.xlsx', '세무과.xlsx', '정보홍보실.xlsx', '총괄표.xlsx'].map((n) => join(dir, n)),
    );
    expect(report.summary).toEqual({ files: 4, clean: 4, withErrors: 0, unusable: 0, errors: 0, warnings: 0 });
    expect(code).toBe(EXIT.clean);
    const summaryFile = report.files[3];
    expect(summaryFile.tables.map((t) => t.kind)).toEqual(['T0']);
    expect(summaryFile.checked).toEqual(expect.objectContaining({ tables: 1 }));
  }, 60_000);

  it('one row’s 단위사업수 changed: one t0.department error at it, exit 1', async () => {
    const broken = structuredClone(SUMMARY);
    broken.rows[1].units = (broken.rows[1].units as number) + 1;
    const dir = await cityFolder('units', broken);
    const { code, stdout } = await runCli(['check', dir, '--json']);
    const report = json(stdout);
    expect(errorsOf(report, '총괄표.xlsx').map((f) => [f.rule, f.cell])).toEqual([['t0.department', 'E8']]);
    // The department's own cells are named in the other workbook, as Excel names them.
    expect(errorsOf(report, '총괄표.xlsx')[0].cells).toContain(`'[${TAX.department}.xlsx]${TAX.department}'!C11`);
    expect(report.summary.errors).toBe(1);
    expect(code).toBe(EXIT.errors);
  }, 60_000);

  it('a broken file among them is reported and the others still run: the summary table, exit 2', async () => {
    const dir = await cityFolder('broken');
    writeFileSync(join(dir, '깨진 파일.xlsx'), randomBytes(500));
    const { code, stdout, stderr } = await runCli(['check', dir, join(root, 'missing.xlsx')]);
    expect(code).toBe(EXIT.unusable);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0].trim().split(/\s+/)).toEqual(['파일', '부서', '오류', '경고', '판정']);
    const row = (file: string) =>
      lines
        .find((l) => l.includes(file))!
        .trim()
        .split(/\s{2,}/);
    expect(row('세무과.xlsx').slice(1)).toEqual([TAX.department, '0', '0', '통과']);
    expect(row('총괄표.xlsx').slice(1)).toEqual(['(성과계획 총괄표)', '0', '0', '통과']);
    expect(row('깨진 파일.xlsx').slice(1)).toEqual(['0', '0', '읽을 수 없음']);
    expect(row('missing.xlsx').slice(1)).toEqual(['0', '0', '읽을 수 없음']);
    expect(stdout).toContain('파일 6개: 통과 4, 오류 0, 읽을 수 없음 2');
    expect(stdout).toContain(`== ${join(dir, '세무과.xlsx')} ==\n`);
    // Each file's block says how much of it was checked, as a single file's check does.
    const block = stdout.slice(stdout.indexOf(`== ${join(dir, '세무과.xlsx')} ==`)).split('\n== ')[0];
    expect(block).toMatch(/표 [1-9][0-9]*개 · 관계 [1-9][0-9]*개 점검/);
  }, 60_000);

  it('one file keeps the single-file JSON; --report with several is refused', async () => {
    const dir = await cityFolder('single');
    const one = JSON.parse((await runCli(['check', join(dir, '총괄표.xlsx'), '--json'])).stdout);
    expect(Object.keys(one)).toEqual(['tables', 'findings', 'checked']);
    const refused = await runCli(['check', dir, '--report', join(root, 'out.xlsx'), '--json']);
    expect(refused.code).toBe(EXIT.unusable);
    expect(JSON.parse(refused.stdout).findings[0].rule).toBe('cli.arguments');
  }, 60_000);

  it('a folder with no .xlsx file is bad arguments', async () => {
    const dir = join(root, 'empty');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'x');
    const { code, stderr } = await runCli(['check', dir]);
    expect([code, stderr]).toEqual([
      EXIT.unusable,
      '점검할 .xlsx 파일이 없습니다. 파일이나 .xlsx 파일이 든 폴더를 지정하세요.\n',
    ]);
  });

  it('runs the real entry with its worker threads', async () => {
    const dir = await cityFolder('spawned');
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'check', dir, '--json'], {
      encoding: 'utf8',
      cwd: join(__dirname, '..', '..'),
      timeout: 50_000,
    });
    expect(child.status).toBe(EXIT.clean);
    expect(json(child.stdout).summary.files).toBe(4);
  }, 60_000);
});
