import { refA1 } from '../../../src/engine/grid/a1';
import { excelRound } from '../../../src/engine/interval/round';
import { buildReport, reportId, reportIds, REPORT_NAMES, type ReportTable } from '../../../src/engine/reports';
import { readPlan } from '../../../src/engine/read/readPlan';
import { runRules } from '../../../src/engine/rules';
import { buildWorkbook, variant } from '../../fixtures/build';
import { SEED } from '../../fixtures/seed';
import { regenerated } from './plans';

const seed = regenerated([SEED]);
const build = (id: Parameters<typeof buildReport>[1], o: Parameters<typeof buildReport>[2] = {}): ReportTable[] =>
  buildReport(seed.plan, id, { sheets: seed.sheets, ...o });

/** The T3 body row of a label, by its first cell. */
const budgetRow = (t: ReportTable, label: string) => t.body.find((r) => r[0].value === label)!;

describe('regenerated tables', () => {
  it('keep a consistent stated figure (86.97) and recompute a blank or wrong one from what the inputs hold', () => {
    const blank = variant(SEED, (p) => (p.budget.정책사업.share = ''));
    const wrong = variant(SEED, (p) => (p.budget.기본경비.rate = 12.5));
    const naive = (a: number, b: number) => excelRound((a / b) * 100, 2);
    const t3 = (data: typeof SEED) => {
      const r = regenerated([data]);
      return buildReport(r.plan, 't3', { sheets: r.sheets })[0];
    };
    expect(budgetRow(t3(SEED), '정책사업')[2].value).toBe(86.97);
    expect(budgetRow(t3(blank), '정책사업')[2].value).toBe(naive(1499, 1723));
    expect(budgetRow(t3(wrong), '기본경비')[6].value).toBe(naive(70 - 77, 77));
    expect(budgetRow(t3(wrong), '정책사업')[2].value).toBe(86.97);
  });
});

describe('buildReport selection', () => {
  it('makes one T4 per goal, or the n-th with goal', () => {
    expect(build('t4').map((t) => t.subject)).toEqual(SEED.goals.map((g) => `정책사업목표: ${g.name}`));
    expect(build('t4', { goal: 2 }).map((t) => t.subject)).toEqual([`정책사업목표: ${SEED.goals[1].name}`]);
    expect(build('t4', { goal: 3 })).toEqual([]);
  });

  it('makes one T5 per 단위사업, selected by goal or by name (spaces ignored)', () => {
    const units = SEED.goals.flatMap((g) => g.unitProjects.map((u) => `단위사업: ${u.name}`));
    expect(build('t5').map((t) => t.subject)).toEqual(units);
    expect(build('t5', { goal: 2 }).map((t) => t.subject)).toEqual(SEED.goals[1].unitProjects.map((u) => `단위사업: ${u.name}`));
    expect(build('t5', { project: '정보 보안관리' }).map((t) => t.subject)).toEqual(['단위사업: 정보보안관리']);
  });

  it('makes one T6 per 세부사업, the first of each 단위사업 titled; a 세부사업 by name alone', () => {
    const unit = SEED.goals[0].unitProjects[0];
    const blocks = build('t6', { project: unit.name });
    expect(blocks.map((t) => t.body[0][1].value)).toEqual(unit.details.map((d) => d.overview.name));
    expect(blocks.map((t) => t.title !== undefined)).toEqual(unit.details.map((_, i) => i === 0));
    expect(build('t6', { project: '정보화마을운영' }).map((t) => t.body[0][1].value)).toEqual(['정보화마을운영']);
  });

  it('finds nothing for a department the plan does not have', () => {
    for (const id of reportIds.filter((x) => x !== 'findings')) expect(build(id, { department: '없는과' })).toEqual([]);
    expect(build('t1', { department: '정보 홍보실' })).toHaveLength(1);
  });

  it('names every report in Korean and English, and reads ids in any case', () => {
    for (const id of reportIds) {
      expect(REPORT_NAMES[id].ko).toMatch(/\p{Script=Hangul}/u);
      expect(REPORT_NAMES[id].en).toMatch(/^[A-Z]/);
      expect(reportId(` ${id.toUpperCase()} `)).toBe(id);
    }
    expect(reportId('t7')).toBeUndefined();
  });
});

describe('점검 결과', () => {
  // As `check` sees it, before recompute would correct the goal's 예산액.
  const sheets = buildWorkbook([variant(SEED, (p) => (p.goals[0].budget = 1200))], 'document').sheets;
  const plan = readPlan(sheets);
  const broken = { plan, findings: runRules(plan) };

  it('lists every finding, errors first, each cell a link to itself', () => {
    const [table] = buildReport(broken.plan, 'findings', { findings: broken.findings });
    expect(table.body).toHaveLength(broken.findings.length);
    const severities = table.body.map((r) => r[0].value);
    expect(severities.indexOf('참고')).toBeGreaterThan(severities.lastIndexOf('오류'));
    expect(severities).toContain('오류');
    const links = new Set(table.body.map((r) => r[2].hyperlink));
    for (const f of broken.findings) expect(links).toContain(`#'${f.ref.sheet}'!${refA1(f.ref)}`);
    for (const r of table.body) expect(r[2].hyperlink).toBe(`#${r[2].value}`);
  });

  it('gives the interval as two numbers and speaks English on request', () => {
    const [table] = buildReport(broken.plan, 'findings', { findings: broken.findings, lang: 'en' });
    const error = broken.findings.find((f) => f.severity === 'error')!;
    const row = table.body.find(
      (r) => r[2].value === `'${error.ref.sheet}'!${refA1(error.ref)}` && r[4].value === error.message.en,
    )!;
    expect(row[0].value).toBe('error');
    expect([row[7].value, row[8].value]).toEqual(error.interval!.map((x) => excelRound(x, 4)));
  });

  it('says so when there is nothing to list', () => {
    const [table] = buildReport(seed.plan, 'findings', { findings: [] });
    expect(table.body).toHaveLength(1);
    expect(table.body[0][0].value).toBe('점검 결과 문제가 없습니다.');
  });
});
