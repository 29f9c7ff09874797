import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonFinding } from '../../src/cli/json';
import { run } from '../../src/cli/main';
import { badLink, unknownLink } from '../../src/cli/messages';
import type { Sheet } from '../../src/engine/grid/sheet';
import { refA1 } from '../../src/engine/grid/a1';
import { readPlan } from '../../src/engine/read/readPlan';
import { sheetsToWorkbook } from '../../src/workbook/xlsx/fromSheets';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { NEAR_TIE, NEAR_TIE_SMALL } from '../fixtures/ambiguous';
import { buildWorkbook, variant } from '../fixtures/build';
import { alone } from '../fixtures/lone';
import { SEED } from '../fixtures/seed';
import { captureIo, tempDir } from './fakes';

const dir = tempDir();

async function cli(args: string[]) {
  const { io, out } = captureIo();
  const code = await run(args, io);
  return { code, ...out };
}

async function file(name: string, sheets: Sheet[]): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(await sheetsToWorkbook(sheets).xlsx.writeBuffer()));
  return path;
}

const lastLine = (text: string) => text.trimEnd().split('\n').pop();

describe('perfplan check on a lone 예산현황 (issue 14)', () => {
  it('with 계 예산액 2,000 instead of 1,723: the error at that cell, exit 1', async () => {
    const built = buildWorkbook([variant(SEED, (p) => void (p.budget.계.budget = 2000))], 'document');
    const cell = refA1(readPlan(built.sheets).departments[0].budget!.rows.계!.budget.ref);
    const r = await cli(['check', await file('lone-t3-broken.xlsx', alone(built, 'T3')), '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(
      json.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { cell: string }) => f.cell),
    ).toEqual([cell]);
    expect(json.checked).toEqual({ tables: 1, relations: 28 });
  });

  it('clean: 0 errors, its rounding notes, exit 0, and the summary counts its relations', async () => {
    const r = await cli(['check', await file('lone-t3.xlsx', alone(buildWorkbook([SEED], 'document'), 'T3'))]);
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe('표 1개 · 관계 28개 점검 · 오류 0 · 경고 0 · 반올림 차이 12 · 참고 1');
  });

  it('a lone table with nothing checked is never told clean', async () => {
    const r = await cli(['check', await file('lone-t1.xlsx', alone(buildWorkbook([SEED], 'document'), 'T1'))]);
    expect(r.stdout).toContain('plan.unchecked');
    expect(lastLine(r.stdout)).toMatch(/^표 1개 · 관계 0개 점검 · 오류 0 · 경고 [1-9]/);
  });
});

describe('perfplan on the near tie (issue 14)', () => {
  const sheets = buildWorkbook([NEAR_TIE], 'document').sheets;
  const goals = readPlan(sheets).departments[0].goals;
  const counts = goals.map((g) => refA1(g.unitCount.ref));

  it('check: one error naming both 단위사업수 cells, link.ambiguous, exit 1', async () => {
    const r = await cli(['check', await file('near-tie.xlsx', sheets), '--json']);
    expect(r.code).toBe(1);
    const findings: JsonFinding[] = JSON.parse(r.stdout).findings;
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.messageId, f.cells, f.stated, f.expected])).toEqual([
      ['t1.units', 'openGoals', counts, 4, 5],
    ]);
    expect(findings.filter((f) => f.rule === 'link.ambiguous').map((f) => f.severity)).toEqual(['warning']);
  });

  it('recompute leaves both cells and says so; --link decides and corrects goal 2’s', async () => {
    const input = await file('near-tie-in.xlsx', sheets);
    const left = await cli(['recompute', input, '--dry-run']);
    expect(left.code).toBe(1);
    expect(left.stdout).toContain('그대로 둔 셀 4개');
    counts.forEach((c) => expect(left.stdout).toContain(c));
    const output = join(dir, 'near-tie-out.xlsx');
    const chosen = await cli(['recompute', input, '-o', output, '--link', `${NEAR_TIE_SMALL}=2`]);
    expect(chosen.code).toBe(0);
    const read = await readXlsx(readFileSync(output));
    if (!read.ok) throw new Error('unreadable output');
    expect(readPlan(read.sheets).departments[0].goals.map((g) => g.unitCount.value)).toEqual([3, 2]);
  });

  it('refuses a --link it cannot read, exit 2', async () => {
    const r = await cli(['recompute', await file('near-tie-bad.xlsx', sheets), '--dry-run', '--link', 'no goal number']);
    expect([r.code, r.stderr.trim()]).toEqual([2, badLink('no goal number').ko]);
  });

  it('refuses a --link naming no 단위사업, exit 2, and writes nothing', async () => {
    const output = join(dir, 'near-tie-typo.xlsx');
    const r = await cli(['recompute', await file('near-tie-typo-in.xlsx', sheets), '-o', output, '--link', '주민소통=2']);
    expect([r.code, r.stderr.trim(), existsSync(output)]).toEqual([2, unknownLink('주민소통=2').ko, false]);
  });
});
