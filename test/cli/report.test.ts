import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { run } from '../../src/cli/main';
import { REPORT_ARGS } from '../../src/cli/commands/report';
import { REPORT_OUTPUT } from '../../src/cli/commands/reportOutput';
import { REPORT_NAMES, buildReport, reportIds } from '../../src/engine/reports';
import { readPlan } from '../../src/engine/read/readPlan';
import { runRules } from '../../src/engine/rules';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { sheetsToWorkbook } from '../../src/workbook/xlsx/fromSheets';
import { buildWorkbook, variant } from '../fixtures/build';
import { SEED } from '../fixtures/seed';
import { hyperlinks, sheetParts } from '../workbook/xlsx/sheetParts';
import { captureIo, tempDir } from './fakes';

const dir = tempDir();

async function planFile(name: string, data = SEED): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(await sheetsToWorkbook(buildWorkbook([data], 'document').sheets).xlsx.writeBuffer()));
  return path;
}

async function perfplan(...argv: string[]) {
  const { io, out } = captureIo();
  const code = await run(argv, io);
  return { code, ...out };
}

async function sheetsOf(path: string) {
  const read = await readXlsx(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(read.problem.en);
  return read.sheets;
}

describe('perfplan report', () => {
  let seed: string;
  beforeAll(async () => {
    seed = await planFile('seed.xlsx');
  });

  it('lists every report id with its name, in Korean or English', async () => {
    for (const lang of ['ko', 'en'] as const) {
      const { code, stdout } = await perfplan('report', '--list', '--lang', lang);
      expect(code).toBe(EXIT.clean);
      const lines = stdout.trim().split('\n');
      expect(lines.map((l) => l.split(/\s{2,}/))).toEqual(reportIds.map((id) => [id, REPORT_NAMES[id][lang]]));
    }
  });

  it('adds the table on a new sheet of a copy, the plan sheets kept, exit 0 for the clean seed', async () => {
    const out = join(dir, 't3.xlsx');
    const { code, stdout } = await perfplan('report', seed, '--table', 'T3', '-o', out);
    expect(code).toBe(EXIT.clean);
    expect(stdout).toContain(REPORT_NAMES.t3.ko);
    const sheets = await sheetsOf(out);
    expect(sheets.map((s) => s.name)).toEqual([SEED.department, REPORT_NAMES.t3.ko]);
    const found = readPlan(sheets).tables.filter((t) => t.sheet === REPORT_NAMES.t3.ko);
    expect(found.map((t) => t.kind)).toEqual(['T3']);
  });

  it('selects by goal and project, and names the sheet in the chosen language', async () => {
    const out = join(dir, 't4.xlsx');
    expect((await perfplan('report', seed, '--table', 't4', '--goal', '2', '-o', out, '--lang', 'en')).code).toBe(EXIT.clean);
    const sheets = await sheetsOf(out);
    expect(
      readPlan(sheets)
        .tables.filter((t) => t.sheet === REPORT_NAMES.t4.en)
        .map((t) => t.kind),
    ).toEqual(['T4']);
    // A lone T4 has no T1 to link it to its goal: the subject line above it names the goal.
    const texts = sheets
      .find((s) => s.name === REPORT_NAMES.t4.en)!
      .rows.flatMap((r) => r ?? [])
      .map((c) => c?.value);
    expect(texts).toContain(`정책사업목표: ${SEED.goals[1].name}`);
    expect(texts).not.toContain(`정책사업목표: ${SEED.goals[0].name}`);
    const t5 = join(dir, 't5.xlsx');
    expect((await perfplan('report', seed, '--table', 't5', '--project', '정보보안관리', '-o', t5)).code).toBe(EXIT.clean);
    expect(
      readPlan(await sheetsOf(t5))
        .tables.filter((t) => t.sheet === REPORT_NAMES.t5.ko)
        .map((t) => t.project),
    ).toEqual(['정보보안관리']);
  });

  it('writes the report and exits 1 when input errors remain', async () => {
    // 정책사업 예산 in T3 disagrees with Σ T1: an input relation recompute never changes.
    const broken = await planFile(
      'broken.xlsx',
      variant(SEED, (p) => (p.budget.정책사업.budget = 1600)),
    );
    const out = join(dir, 'broken-t1.xlsx');
    const { code } = await perfplan('report', broken, '--table', 't1', '-o', out);
    expect(code).toBe(EXIT.errors);
    expect(existsSync(out)).toBe(true);
  });

  it.each([
    [['report', '--table', 't1', '-o', 'x.xlsx'], REPORT_ARGS.noFile.ko],
    [['report', 'SEED', '-o', 'x.xlsx'], REPORT_ARGS.noTable.ko],
    [['report', 'SEED', '--table', 't1'], REPORT_ARGS.noOutput.ko],
    [['report', 'SEED', '--table', 't1', '--goal', '0', '-o', 'x.xlsx'], REPORT_ARGS.badGoal.ko],
    [['report', 'SEED', '--table', 't1', '-o', 'SEED'], REPORT_OUTPUT.sameFile.ko],
    [['report', 'SEED', '--table', 'nope', '-o', 'x.xlsx'], "'nope'"],
    [['report', 'SEED', '--table', 't5', '--project', '없는 사업', '-o', 'x.xlsx'], REPORT_NAMES.t5.ko],
  ])('refuses %j with exit 2 and writes nothing', async (argv, says) => {
    const out = join(dir, 'x.xlsx');
    const args = argv.map((a) => (a === 'SEED' ? seed : a === 'x.xlsx' ? out : a));
    const { code, stdout, stderr } = await perfplan(...args);
    expect(code).toBe(EXIT.unusable);
    expect(stdout).toBe('');
    expect(stderr).toContain(says);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a file that is not a workbook with exit 2', async () => {
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a zip');
    expect((await perfplan('report', bad, '--table', 't1', '-o', join(dir, 'bad-out.xlsx'))).code).toBe(EXIT.unusable);
  });
});

describe('perfplan check --report', () => {
  it('writes a 점검 결과 sheet, each finding linked to its cell, beside the usual JSON', async () => {
    const broken = await planFile(
      'check-broken.xlsx',
      variant(SEED, (p) => (p.goals[0].budget = 1200)),
    );
    const out = join(dir, 'check.xlsx');
    const { code, stdout, stderr } = await perfplan('check', broken, '--json', '--report', out);
    expect(code).toBe(EXIT.errors);
    const json = JSON.parse(stdout) as { findings: unknown[] };
    expect(stderr).toContain(REPORT_NAMES.findings.ko);
    // Read from the sheet's XML: exceljs reads back only links with a relationship, and these have none (issue 15).
    const { xml } = await sheetParts(readFileSync(out), REPORT_NAMES.findings.ko);
    const links = hyperlinks(xml).map((h) => /location="([^"]*)"/.exec(h)![1].replace(/&apos;/g, "'"));
    expect(links).toHaveLength(json.findings.length);
    const plan = readPlan(buildWorkbook([variant(SEED, (p) => (p.goals[0].budget = 1200))], 'document').sheets);
    const [table] = buildReport(plan, 'findings', { findings: runRules(plan) });
    expect(links.map((l) => `#${l}`)).toEqual(table.body.map((r) => r[2].hyperlink));
  });

  it('refuses to write the report over the input', async () => {
    const seed = await planFile('seed-again.xlsx');
    const before = readFileSync(seed);
    const { code, stderr } = await perfplan('check', seed, '--report', seed);
    expect(code).toBe(EXIT.unusable);
    expect(stderr).toContain(REPORT_OUTPUT.sameFile.ko);
    expect(readFileSync(seed).equals(before)).toBe(true);
  });
});
