import { sameCell, type CellRef } from '../../../src/engine/grid/cellRef';
import type { Finding } from '../../../src/engine/findings/finding';
import type { Department, Plan } from '../../../src/engine/model/plan';
import { variant } from '../../fixtures/build';
import type { PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';
import { LAYOUTS, checkBuilt, department, line, severityOf } from './fixtures';

type Injection = {
  what: string;
  change: (p: PlanData) => void;
  /** The changed cell, found in the plan read back. */
  cell: (d: Department) => CellRef;
  rule: string;
  severity?: 'error' | 'warning';
};

const bump = (by: number) => (v: number | string) => (v as number) + by;
const overview = (d: Department, name: string) => d.overviews.find((o) => o.name.text === name)!;

const INJECTIONS: Injection[] = [
  {
    what: '구성비 off by 2 points',
    change: (p) => void (p.budget.정책사업.share = bump(2)(p.budget.정책사업.share)),
    cell: (d) => d.budget!.rows.정책사업!.share.ref,
    rule: 't3.share',
  },
  {
    what: '계 off by 10',
    change: (p) => void (p.budget.계.budget = bump(10)(p.budget.계.budget)),
    cell: (d) => d.budget!.rows.계!.budget.ref,
    rule: 't3.total',
  },
  {
    what: '인력운영비 so 행정운영경비 no longer adds up',
    change: (p) => void (p.budget.인력운영비.budget = bump(10)(p.budget.인력운영비.budget)),
    cell: (d) => d.budget!.rows.인력운영비!.budget.ref,
    rule: 't3.admin',
  },
  {
    what: '증감률 with the wrong sign',
    change: (p) => void (p.budget.정책사업.rate = -(p.budget.정책사업.rate as number)),
    cell: (d) => d.budget!.rows.정책사업!.rate.ref,
    rule: 't3.rate',
  },
  {
    what: '비교증감 wrong',
    change: (p) => void (p.budget.행정운영경비.change = bump(10)(p.budget.행정운영경비.change)),
    cell: (d) => d.budget!.rows.행정운영경비!.change.ref,
    rule: 't3.change',
  },
  {
    what: 'weights summing to 95',
    change: (p) => void (p.goals[0].indicators[1].weight = bump(-5)(p.goals[0].indicators[1].weight)),
    cell: (d) => d.goals[0].indicators[1].weight.ref,
    rule: 't4.weights',
  },
  {
    what: 'a unit-project total off by 10 (last year)',
    change: (p) => void (p.goals[0].unitProjects[2].totals[1] = bump(10)(p.goals[0].unitProjects[2].totals[1])),
    cell: (d) => d.unitProjects[2].totals[1].ref,
    rule: 't5.total',
  },
  {
    what: 'a unit-project total off by 10 (this year)',
    change: (p) => void (p.goals[0].unitProjects[2].totals[2] = bump(10)(p.goals[0].unitProjects[2].totals[2])),
    cell: (d) => d.unitProjects[2].totals[2].ref,
    rule: 't5.total',
  },
  {
    what: '세부사업수 off by one',
    change: (p) => void (p.goals[0].unitProjects[0].detailCount = bump(1)(p.goals[0].unitProjects[0].detailCount)),
    cell: (d) => d.unitProjects[0].detailCount.ref,
    rule: 't5.count',
  },
  {
    what: '성과지표수 off by one',
    change: (p) => void (p.goals[1].indicatorCount = bump(1)(p.goals[1].indicatorCount)),
    cell: (d) => d.goals[1].indicatorCount.ref,
    rule: 't1.indicators',
  },
  {
    what: "a goal's 예산액 off by 100",
    change: (p) => void (p.goals[0].budget = bump(100)(p.goals[0].budget)),
    cell: (d) => d.goals[0].budget.ref,
    rule: 't1.budget',
  },
  {
    what: 'funding shares summing to 110 %',
    change: (p) => void (p.goals[0].unitProjects[0].details[3].overview.supportTerms = '국비 60%, 시비 25%, 구비 25%'),
    cell: (d) => overview(d, SEED.goals[0].unitProjects[0].details[3].overview.name).supportTerms!.ref,
    rule: 't6.shares',
  },
  {
    what: 'a falling target series for a rising indicator',
    change: (p) => void p.goals[1].indicators[2].targets.reverse(),
    cell: (d) => d.goals[1].indicators[2].targets[1].ref,
    rule: 't4.direction',
    severity: 'warning',
  },
  {
    what: '정원 계 not the sum of its grades',
    change: (p) => void (p.staffing.rows[0].quota = bump(1)(p.staffing.rows[0].quota)),
    cell: (d) => d.staffing!.rows[0].quota.ref,
    rule: 't2.quota',
  },
  {
    what: '현원 above 정원',
    change: (p) => void [p.staffing.rows[0], p.staffing.total].forEach((r) => (r.current = bump(2)(r.current))),
    cell: (d) => d.staffing!.rows[0].current.ref,
    rule: 't2.current',
    severity: 'warning',
  },
  {
    what: 'a blank derived cell',
    change: (p) => void (p.budget.인력운영비.share = ''),
    cell: (d) => d.budget!.rows.인력운영비!.share.ref,
    rule: 't3.share',
    severity: 'warning',
  },
  {
    what: 'a word in a budget cell',
    change: (p) => void (p.budget.기본경비.prevBudget = '미정'),
    cell: (d) => d.budget!.rows.기본경비!.prevBudget.ref,
    rule: 'cell.unread',
  },
  {
    what: '지표 유형 neither 핵심 nor 일반',
    change: (p) => void (p.goals[0].indicators[0].type = '중점'),
    cell: (d) => d.goals[0].indicators[0].type.ref,
    rule: 't4.type',
  },
];

const touches = (f: Finding, cell: CellRef) => sameCell(f.ref, cell) || f.cells.some((c) => sameCell(c, cell));

describe.each(INJECTIONS)('$what', ({ change, cell, rule, severity = 'error' }) => {
  const broken = variant(SEED, change);
  const runs = LAYOUTS.map((layout) => {
    const { plan, findings }: { plan: Plan; findings: Finding[] } = checkBuilt([broken], layout);
    const dept = department(plan, SEED.department);
    return { layout, changed: cell(dept), linked: dept.linked, findings };
  });

  it.each(runs)(
    `is one ${severity} ($layout layout) on the changed cell or its relation, as ${rule}`,
    ({ changed, linked, findings }) => {
      const reported = severityOf(findings, severity);
      expect(reported.map(line)).toHaveLength(1);
      expect(linked).toBe(true); // one typo never unlinks the plan
      expect(reported[0].rule).toBe(rule);
      expect(touches(reported[0], changed)).toBe(true);
    },
  );

  it('keeps one rule id in every layout', () =>
    expect(new Set(runs.map((r) => severityOf(r.findings, severity)[0]?.rule)).size).toBe(1));

  it.each(runs)('puts no error on a cell unrelated to the change ($layout layout)', ({ changed, findings }) => {
    expect(
      severityOf(findings, 'error')
        .filter((f) => !touches(f, changed))
        .map(line),
    ).toEqual([]);
    const warnings = severityOf(findings, 'warning').map((f) => f.rule);
    if (severity === 'error') expect(warnings).toEqual([]);
  });
});
