import { compactText } from '../grid/text';
import type { DepartmentFacts, FactCell } from '../model/departmentFacts';
import type { Plan, Summary, SummaryRow } from '../model/plan';
import { operand, type Relation, type Term } from './relation';
import { summaryOperand, type SummaryColumn } from './t0Summary';

const key = (name: string): string => compactText(name);

/** A 총괄표 with each 실국 row's department (absent when none has its name) and the departments no row names. */
export type SummaryMatch = {
  readonly summary: Summary;
  readonly rows: ReadonlyArray<{ readonly row: SummaryRow; readonly facts?: DepartmentFacts }>;
  readonly unnamed: ReadonlyArray<DepartmentFacts>;
};

/** Every 총괄표's rows matched to departments by name whatever its spacing; none when no department is at hand. */
export function matchSummaryRows(plan: Plan, departments: ReadonlyArray<DepartmentFacts>): SummaryMatch[] {
  const summaries = plan.summaries ?? [];
  if (summaries.length === 0 || departments.length === 0) return [];
  const byName = new Map<string, DepartmentFacts>();
  for (const d of departments) if (!byName.has(key(d.name))) byName.set(key(d.name), d);
  return summaries.map((summary) => {
    const named = new Set(summary.rows.map((r) => key(r.name.text)));
    return {
      summary,
      rows: summary.rows.map((row) => {
        const facts = byName.get(key(row.name.text));
        return facts ? { row, facts } : { row };
      }),
      unnamed: [...byName.values()].filter((d) => !named.has(key(d.name))),
    };
  });
}

/** A T1 figure read as an input: a blank one is unknown (its own relation fills it), not 0. */
const term = (f: FactCell, coef = 1): Term => ({ at: operand(f.cell, f.place, { derived: f.place.table === 'T1' }), coef });

/** Every relation of one 실국 row with its department; checked, never written (the row is the city's own figure). */
function rowRelations(row: SummaryRow, facts: DepartmentFacts, unitFactor: number | undefined): Relation[] {
  const coef = (factor: number | undefined) => (factor !== undefined && unitFactor !== undefined ? factor / unitFactor : 1);
  const rel = (col: SummaryColumn, expr: Relation['expr']): Relation => ({
    rule: 't0.department',
    stated: summaryOperand(row, col),
    expr,
    checkOnly: true,
  });
  const sum = (terms: Term[]): Relation['expr'] => ({ kind: 'sum', terms });
  const relations = [
    rel('goals', { kind: 'count', value: facts.goals }),
    rel('indicators', sum(facts.indicators.map((f) => term(f)))),
    rel('units', sum(facts.units.map((f) => term(f)))),
    rel('budget', sum(facts.budget.cells.map((f) => term(f, coef(facts.budget.factor))))),
  ];
  if (facts.prevBudget) relations.push(rel('prevBudget', sum([term(facts.prevBudget.cell, coef(facts.prevBudget.factor))])));
  if (facts.strategic !== undefined) relations.push(rel('strategic', { kind: 'count', value: facts.strategic }));
  return relations;
}

/**
 * Each 실국 row of a 총괄표 against that department's tables (`t0.department`): 정책사업목표 개수 = its goals,
 * 지표수 = Σ 성과지표수, 단위사업수 = Σ 단위사업수, 예산액 (and 전년도예산액) = its 예산현황 정책사업 (Σ 정책사업목표
 * 예산액 without one), 전략목표수 = its 전략목표 lines when it has any.
 */
export function summaryDepartmentRelations(plan: Plan, departments: ReadonlyArray<DepartmentFacts>): Relation[] {
  return matchSummaryRows(plan, departments).flatMap(({ summary, rows }) =>
    rows.flatMap(({ row, facts }) => (facts ? rowRelations(row, facts, summary.unit?.factor) : [])),
  );
}
