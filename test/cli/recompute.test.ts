import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { editCount, RECOMPUTE } from '../../src/cli/messages';
import { check } from '../../src/engine/index';
import { readPlan } from '../../src/engine/read/readPlan';
import type { Sheet } from '../../src/engine/grid/sheet';
import { sheetsToWorkbook } from '../../src/workbook/xlsx/fromSheets';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { buildWorkbook, variant } from '../fixtures/build';
import type { PlanData } from '../fixtures/planData';
import { SEED } from '../fixtures/seed';
import { cellIn } from '../engine/recompute/sheets';
import { captureIo, tempDir } from './fakes';

const SEED_FILE = join(__dirname, '../../examples/seed.xlsx');

async function cli(args: string[]) {
  const { io, out } = captureIo();
  const code = await run(args, io);
  return { code, ...out };
}

async function sheetsOf(path: string): Promise<Sheet[]> {
  const read = await readXlsx(readFileSync(path));
  if (!read.ok) throw new Error(`unreadable test output ${path}`);
  return read.sheets;
}

async function planFile(dir: string, plan: PlanData, name = '성과계획서.xlsx'): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(await sheetsToWorkbook(buildWorkbook([plan], 'document').sheets).xlsx.writeBuffer()));
  return path;
}

/** Every cell of every worksheet as exceljs reads it: value, number format and whole style. */
async function everyCell(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  const cells: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell(
        { includeEmpty: true },
        (c) => void cells.push(JSON.stringify([ws.name, c.address, c.value, c.numFmt, c.style])),
      ),
    ),
  );
  return cells;
}

describe('perfplan recompute on examples/seed.xlsx', () => {
  it('--dry-run lists no edit: every derived figure of the seed is consistent', async () => {
    const r = await cli(['recompute', SEED_FILE, '--dry-run']);
    expect(r.stdout).toContain(editCount(0).ko);
    expect(r.code).toBe(0);
  });

  it('a real run writes a workbook whose every cell keeps its value, format and style', async () => {
    const output = join(tempDir(), 'out', 'seed.recomputed.xlsx');
    const r = await cli(['recompute', SEED_FILE, '-o', output, '--lang', 'en']);
    expect([r.code, r.stdout.split('\n')[0]]).toEqual([0, `0 cells changed, written to ${output}`]);
    expect(await everyCell(output)).toEqual(await everyCell(SEED_FILE));
  });
});

describe('perfplan recompute on a workbook with an input error', () => {
  const changedInput = variant(SEED, (p) => void (p.budget['인력운영비'].budget = 500));
  // A typo in a derived cell (행정운영경비 = 인력운영비 + 기본경비): recompute corrects it.
  const wrongDerived = variant(SEED, (p) => void (p.budget['행정운영경비'].budget = 9999));

  it('corrects the derived cells that follow a changed input, leaves the input, and exits 0: the output checks clean', async () => {
    const dir = tempDir();
    const input = await planFile(dir, changedInput);
    const output = join(dir, 'out.xlsx');
    const r = await cli(['recompute', input, '-o', output]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+개 셀을 바꿔 .*out\.xlsx에 썼습니다\n/);
    const [before, after] = [await sheetsOf(input), await sheetsOf(output)];
    const personnel = readPlan(before).departments[0].budget!.rows['인력운영비']!.budget.ref;
    expect(cellIn(after, personnel)).toEqual(cellIn(before, personnel));
    expect(check(before).findings.some((f) => f.severity === 'error')).toBe(true);
    expect(check(after).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('corrects a wrong derived cell and exits 0: the output checks clean', async () => {
    const dir = tempDir();
    const input = await planFile(dir, wrongDerived);
    const output = join(dir, 'out.xlsx');
    const r = await cli(['recompute', input, '-o', output]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1개 셀을 바꿔 .*out\.xlsx에 썼습니다\n/);
    expect(check(await sheetsOf(input)).findings.some((f) => f.severity === 'error')).toBe(true);
    expect(check(await sheetsOf(output)).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a word in an input (미정) stays, is listed, and the run exits 1', async () => {
    const dir = tempDir();
    const input = await planFile(
      dir,
      variant(SEED, (p) => void (p.budget['인력운영비'].budget = '미정')),
    );
    const r = await cli(['recompute', input, '-o', join(dir, 'out.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('cell.unread');
  });

  it('--in-place replaces the input and keeps <name>.bak.xlsx', async () => {
    const dir = tempDir();
    const input = await planFile(dir, wrongDerived, 'plan.xlsx');
    const original = readFileSync(input);
    expect((await cli(['recompute', input, '--in-place'])).code).toBe(0);
    expect(readFileSync(join(dir, 'plan.bak.xlsx'))).toEqual(original);
    expect(check(await sheetsOf(input)).findings.filter((f) => f.severity === 'error')).toEqual([]);
    // A second run has nothing to change: it touches neither the file nor the backup of the original.
    const recomputed = readFileSync(input);
    const again = await cli(['recompute', input, '--in-place']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^바꿀 셀이 없어/);
    expect([readFileSync(input), readFileSync(join(dir, 'plan.bak.xlsx'))]).toEqual([recomputed, original]);
  });
});

describe('perfplan recompute options and refusals', () => {
  it('--formulas writes live formulas for the corrected cells', async () => {
    const dir = tempDir();
    const input = await planFile(
      dir,
      variant(SEED, (p) => void (p.budget['행정운영경비'].budget = 9999)),
    );
    const output = join(dir, 'out.xlsx');
    expect((await cli(['recompute', input, '-o', output, '--formulas'])).code).toBe(0);
    const after = await sheetsOf(output);
    const admin = readPlan(after).departments[0].budget!.rows['행정운영경비']!.budget;
    expect(admin.formula).toMatch(/^[A-Z]+\d+\+[A-Z]+\d+$/);
  });

  it('--rebalance-weights brings each goal’s 가중치 to 100; without it the weight error remains (exit 1)', async () => {
    const dir = tempDir();
    const input = await planFile(
      dir,
      variant(SEED, (p) => void (p.goals[0].indicators[0].weight = (p.goals[0].indicators[0].weight as number) + 7)),
    );
    expect((await cli(['recompute', input, '-o', join(dir, 'plain.xlsx')])).code).toBe(1);
    const output = join(dir, 'weights.xlsx');
    expect((await cli(['recompute', input, '-o', output, '--rebalance-weights'])).code).toBe(0);
    const weights = readPlan(await sheetsOf(output)).departments[0].goals[0].indicators.map((i) => i.weight.value ?? NaN);
    expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('a run that leaves an input error names the file written, then tells the output’s whole check as `check` does', async () => {
    const dir = tempDir();
    const input = await planFile(
      dir,
      variant(SEED, (p) => void (p.goals[0].indicators[0].weight = (p.goals[0].indicators[0].weight as number) + 7)),
    );
    const output = join(dir, 'out.xlsx');
    const r = await cli(['recompute', input, '-o', output]);
    const whole = await cli(['check', output]);
    const [written, ...rest] = r.stdout.split('\n');
    expect(written).toContain(output);
    expect(rest[0]).toBe('오류 1');
    expect(rest[1]).toMatch(/^반올림 차이 [1-9]/); // the seed's rounding differences are still there
    expect(rest.join('\n')).toBe(whole.stdout);
    const summaryOf = (text: string) => text.trim().split('\n').pop();
    // the seed's 20 tables, and its rounding differences are still there
    expect(summaryOf(r.stdout)).toMatch(/^표 20개 · 관계 [1-9][0-9]*개 점검 · 오류 1 · 경고 0 · 반올림 차이 [1-9]/);
    expect(summaryOf(r.stdout)).toBe(summaryOf(whole.stdout));
  });

  it('refuses to write a macro workbook (.xlsm), exit 2, and writes nothing', async () => {
    const dir = tempDir();
    const zip = await JSZip.loadAsync(readFileSync(SEED_FILE));
    zip.file('xl/vbaProject.bin', new Uint8Array([1, 2, 3]));
    const input = join(dir, 'plan.xlsm');
    writeFileSync(input, await zip.generateAsync({ type: 'uint8array' }));
    const output = join(dir, 'out.xlsx');
    const r = await cli(['recompute', input, '-o', output]);
    expect([r.code, r.stderr.trim(), existsSync(output)]).toEqual([2, RECOMPUTE.macro.ko, false]);
  });
});
