import type { Message } from '../findings/finding';
import type { Department, Goal, Plan, Unit, UnitProject } from '../model/plan';
import { currentColumn, totalParts } from '../model/unitTotal';
import { operand, type Operand, type Relation, type Term } from './relation';
import { yearColumnLabel } from './t5Projects';

const COLUMNS = {
  budget: { ko: '예산액', en: 'budget' },
  indicatorCount: { ko: '성과지표수', en: 'number of indicators' },
  unitCount: { ko: '단위사업수', en: 'number of unit projects' },
} as const satisfies Record<string, Message>;

/** How many of `to` one `from` is (천원 → 백만원: 0.001); 1 when a caption is missing. */
const factor = (from: Unit | undefined, to: Unit | undefined): number => (from && to ? from.factor / to.factor : 1);

/** Every T1 figure is derived; read as an input (Σ 예산액 = 예산현황 정책사업), a blank one is unknown, not 0. */
export const goalOperand = (goal: Goal, col: keyof typeof COLUMNS, opts: { input?: boolean } = {}): Operand =>
  operand(goal[col], { table: 'T1', row: goal.name.text, col: COLUMNS[col] }, { amount: col === 'budget', derived: opts.input });

/** Σ 정책사업목표 예산액 = 예산현황 정책사업 예산액: needs no goal ↔ 단위사업 match. */
function policyTotal(dept: Department, plan: Plan): Relation[] {
  const policy = dept.budget?.rows['정책사업'];
  if (!policy || dept.goals.length === 0) return [];
  const t1Unit = plan.tables[dept.t1]?.unit;
  const t3Unit = dept.budget && plan.tables[dept.budget.table]?.unit;
  const stated = operand(policy.budget, { table: 'T3', row: '정책사업', col: COLUMNS.budget }, { amount: true });
  const terms = dept.goals.map((g) => ({ at: goalOperand(g, 'budget', { input: true }), coef: factor(t1Unit, t3Unit) }));
  return [{ rule: 't1.policy', stated, expr: { kind: 'sum', terms }, checkOnly: true }];
}

/** The current-year budgets of the given 단위사업 (indexes into the department's), each converted to T1's unit. */
export function unitTerms(dept: Department, plan: Plan, indexes: ReadonlyArray<number>): Term[] {
  const t1Unit = plan.tables[dept.t1]?.unit;
  const units = indexes.map((i) => dept.unitProjects[i]).filter((u): u is UnitProject => u !== undefined);
  return units.flatMap((u) => {
    const c = currentColumn(u);
    if (u.columns[c] === undefined) return [];
    const coef = factor(u.unit ?? plan.tables[u.table]?.unit, t1Unit);
    return totalParts(u, c).map(({ cell, row }) => ({
      at: operand(cell, { table: 'T5' as const, row, col: yearColumnLabel(u.columns[c]) }, { amount: true }),
      coef,
    }));
  });
}

/**
 * A goal's 예산액 = Σ current-year budget of its 단위사업 (in T1's unit); 단위사업수; 성과지표수 when its T4 is known.
 * A goal whose 단위사업 depend on a choice among equally good splits (`open`) keeps only 성과지표수: the other two are
 * checked over all such goals together (rules/ambiguousLink.ts).
 */
function oneGoal(dept: Department, plan: Plan, goal: Goal): Relation[] {
  const terms = unitTerms(dept, plan, goal.unitProjects);
  const own: Relation[] = goal.open
    ? []
    : [
        { rule: 't1.budget', stated: goalOperand(goal, 'budget'), expr: { kind: 'sum', terms } },
        { rule: 't1.units', stated: goalOperand(goal, 'unitCount'), expr: { kind: 'count', value: goal.unitProjects.length } },
      ];
  if (goal.t4 !== undefined)
    own.push({
      rule: 't1.indicators',
      stated: goalOperand(goal, 'indicatorCount'),
      expr: { kind: 'count', value: goal.indicators.length },
    });
  return own;
}

/**
 * 정책사업목표 현황, across tables. The goal relations need the goals matched to their 단위사업; when the model could
 * not match them, only the department total is related.
 */
export function goalRelations(dept: Department, plan: Plan): Relation[] {
  const total = policyTotal(dept, plan);
  return dept.linked ? [...dept.goals.flatMap((g) => oneGoal(dept, plan, g)), ...total] : total;
}
