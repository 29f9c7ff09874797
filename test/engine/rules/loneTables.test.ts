import { check } from '../../../src/engine/index';
import { sameCell, type CellRef } from '../../../src/engine/grid/cellRef';
import type { Department, TableKind } from '../../../src/engine/model/plan';
import { readPlan } from '../../../src/engine/read/readPlan';
import { tableAt } from '../../../src/engine/rules/tableAt';
import { buildWorkbook, variant } from '../../fixtures/build';
import { alone } from '../../fixtures/lone';
import type { PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';
import { line } from './fixtures';

/** A figure of the seed changed, and where the plan holds it. */
type Lone = { kind: TableKind; name: string; change: (p: PlanData) => void; cell: (d: Department) => CellRef };

/** Issue 14, case 1: one table sent alone, one figure wrong in it. */
const CASES: Lone[] = [
  {
    kind: 'T3',
    name: '예산현황 계 예산액 2,000 (1,723)',
    change: (p) => void (p.budget.계.budget = 2000),
    cell: (d) => d.budget!.rows.계!.budget.ref,
  },
  {
    kind: 'T2',
    name: '조직 및 인력현황 정원 계 18 (0 + 1 + 16)',
    change: (p) => void (p.staffing.rows[0].quota = 18),
    cell: (d) => d.staffing!.rows[0].quota.ref,
  },
  {
    kind: 'T5',
    name: "관련 예산사업 내역 단위사업 '16예산 1,500 (419 + …)",
    change: (p) => void (p.goals[0].unitProjects[2].totals[2] = 1500),
    cell: (d) => d.unitProjects[2].totals[2].ref,
  },
  {
    kind: 'T4',
    name: '성과지표별 목표치 설정 가중치 합계 110',
    change: (p) => void (p.goals[0].indicators[0].weight = (p.goals[0].indicators[0].weight as number) + 10),
    cell: (d) => d.goals[0].indicators[0].weight.ref,
  },
];

const nth: Partial<Record<TableKind, number>> = { T5: 2 };

describe.each(CASES)('a lone table: $name', ({ kind, change, cell }) => {
  const built = buildWorkbook([variant(SEED, change)], 'document');
  const whole = readPlan(built.sheets).departments[0];
  const sheets = alone(built, kind, nth[kind] ?? 0);
  const { plan, findings, checked } = check(sheets);

  it('is found, in no department, and checked by its own relations', () => {
    expect(plan.tables.map((t) => [t.kind, t.department])).toEqual([[kind, undefined]]);
    expect(plan.departments).toEqual([]);
    expect(checked).toEqual({ tables: 1, relations: expect.any(Number) });
    expect(checked.relations).toBeGreaterThan(0);
  });

  it('gives one error, at the changed cell', () => {
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map(line)).toHaveLength(1);
    expect(sameCell(errors[0].ref, cell(whole))).toBe(true);
  });

  it('says the relations to other tables were skipped', () => {
    expect(findings.filter((f) => f.rule === 'plan.lone').map((f) => f.severity)).toEqual(['info']);
  });
});

describe('a lone clean 예산현황 (the seed’s)', () => {
  const sheets = alone(buildWorkbook([SEED], 'document'), 'T3');
  const { findings, checked } = check(sheets);

  it('gives no error and no warning, its rounding notes, and counts its relations', () => {
    expect(findings.filter((f) => f.severity !== 'info').map(line)).toEqual([]);
    // DOMAIN: the 14 naive differences of the seed; 2 of them are in T5, so 12 here.
    expect(findings.filter((f) => f.severity === 'info' && f.interval)).toHaveLength(12);
    // 계 and 행정운영경비 in both years, 구성비 × 12, 비교증감 × 6, 증감률 × 6.
    expect(checked).toEqual({ tables: 1, relations: 28 });
  });
});

describe('tables found, nothing checked', () => {
  it('is never told clean: each such table gets plan.unchecked, saying why', () => {
    const sheets = alone(buildWorkbook([SEED], 'document'), 'T1');
    const { plan, findings, checked } = check(sheets);
    expect(checked.tables).toBe(1);
    const unchecked = findings.filter((f) => f.rule === 'plan.unchecked');
    // Its goals cannot be matched to 단위사업 that are not there: that is why.
    expect(unchecked.map((f) => [f.severity, f.messageId])).toEqual([['warning', 'unlinked']]);
    expect(unchecked[0].ref).toEqual(tableAt(plan.tables.find((t) => t.kind === 'T1')!));
  });
});
