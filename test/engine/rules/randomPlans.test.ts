import fc from 'fast-check';
import { sameCell, type CellRef } from '../../../src/engine/grid/cellRef';
import type { Finding } from '../../../src/engine/findings/finding';
import { BUDGET_ROW_KEYS, type Department } from '../../../src/engine/model/plan';
import { variant } from '../../fixtures/build';
import type { Fig, PlanData } from '../../fixtures/planData';
import { LAYOUTS, checkBuilt, department, line, severityOf } from './fixtures';
import { planArb } from './randomPlan';

describe('random consistent plans', () => {
  it('give no error and no warning in any layout', () => {
    fc.assert(
      fc.property(planArb, fc.constantFrom(...LAYOUTS), ({ plan }, layout) => {
        const { plan: read, findings } = checkBuilt([plan], layout);
        expect(read.departments.map((d) => d.linked)).toEqual([true]);
        expect(findings.filter((f) => f.severity !== 'info').map(line)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

/** A figure of the plan to change, and where the plan read back holds it. */
type Target = { name: string; by: number; change: (p: PlanData, by: number) => void; cell: (d: Department) => CellRef };

const add = (v: Fig, by: number): Fig => (v as number) + by;
/**
 * Amounts move by 5: more than twice the slack of any of their relations (at most 4 cells of half a 백만원),
 * so however the rounding had leaned, the relation breaks. Counts are exact: 1 is enough.
 */
const AMOUNT = 5;
const COUNT = 1;

function targets(p: PlanData): Target[] {
  const list: Target[] = [];
  for (const key of BUDGET_ROW_KEYS)
    for (const col of ['budget', 'prevBudget', 'change'] as const)
      list.push({
        name: `예산현황 ${key} ${col}`,
        by: AMOUNT,
        change: (q, by) => void (q.budget[key][col] = add(q.budget[key][col], by)),
        cell: (d) => d.budget!.rows[key]![col].ref,
      });
  p.goals.forEach((g, gi) => {
    list.push({
      name: `goal ${gi} 예산액`,
      by: AMOUNT,
      change: (q, by) => void (q.goals[gi].budget = add(q.goals[gi].budget, by)),
      cell: (d) => d.goals[gi].budget.ref,
    });
    list.push({
      name: `goal ${gi} 성과지표수`,
      by: COUNT,
      change: (q, by) => void (q.goals[gi].indicatorCount = add(q.goals[gi].indicatorCount, by)),
      cell: (d) => d.goals[gi].indicatorCount.ref,
    });
    list.push({
      name: `goal ${gi} 단위사업수`,
      by: COUNT,
      change: (q, by) => void (q.goals[gi].unitCount = add(q.goals[gi].unitCount, by)),
      cell: (d) => d.goals[gi].unitCount.ref,
    });
  });
  const units = p.goals.flatMap((g, gi) =>
    g.unitProjects.map((u, ui) => ({ u, at: (q: PlanData) => q.goals[gi].unitProjects[ui] })),
  );
  units.forEach(({ u, at }, k) => {
    list.push({
      name: `unit ${k} 세부사업수`,
      by: COUNT,
      change: (q, by) => void (at(q).detailCount = add(at(q).detailCount, by)),
      cell: (d) => d.unitProjects[k].detailCount.ref,
    });
    u.totals.forEach((_, c) => {
      list.push({
        name: `unit ${k} total ${c}`,
        by: AMOUNT,
        change: (q, by) => void (at(q).totals[c] = add(at(q).totals[c], by)),
        cell: (d) => d.unitProjects[k].totals[c].ref,
      });
      u.details.forEach((_, x) =>
        list.push({
          name: `unit ${k} detail ${x} column ${c}`,
          by: AMOUNT,
          change: (q, by) => void (at(q).details[x].amounts[c] = add(at(q).details[x].amounts[c], by)),
          cell: (d) => d.unitProjects[k].details[x].amounts[c].ref,
        }),
      );
    });
  });
  for (const col of ['quota', 'grade4', 'grade5', 'grade6'] as const)
    list.push({
      name: `정원 ${col}`,
      by: COUNT,
      change: (q, by) => void (q.staffing.rows[0][col] = add(q.staffing.rows[0][col], by)),
      cell: (d) => d.staffing!.rows[0][col].ref,
    });
  return list;
}

describe('one changed figure in a random consistent plan', () => {
  it('is always an error whose cells include the changed cell, and every error involves it', () => {
    const changed = planArb.chain(({ plan }) =>
      fc.record({
        plan: fc.constant(plan),
        target: fc.constantFrom(...targets(plan)),
        sign: fc.constantFrom(1, -1),
        layout: fc.constantFrom(...LAYOUTS),
      }),
    );
    fc.assert(
      fc.property(changed, ({ plan, target, sign, layout }) => {
        const broken = variant(plan, (q) => target.change(q, sign * target.by));
        const { plan: read, findings } = checkBuilt([broken], layout);
        const cell = target.cell(department(read, plan.department));
        const errors = severityOf(findings, 'error');
        const involves = (f: Finding) => sameCell(f.ref, cell) || f.cells.some((c) => sameCell(c, cell));
        expect(errors.filter(involves).length).toBeGreaterThan(0);
        expect(errors.filter((f) => !involves(f)).map(line)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
