import type { Finding, Message } from '../findings/finding';
import type { RuleMessages } from '../findings/ruleRegistry';
import { compactText } from '../grid/text';
import type { DepartmentFacts, FactCell } from '../model/departmentFacts';
import type { Plan, Summary, SummaryRow } from '../model/plan';
import { TABLE_NAMES } from './messages';
import { operand, type Checks, type Relation, type Term } from './relation';
import { summaryOperand, type SummaryColumn } from './summaryT0';
import { tableAt } from './tableAt';

const key = (name: string): string => compactText(name);

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

/** `t0.department`'s own messages; its relations say the relation messages. */
const DEPARTMENT_MESSAGES = {
  noDepartment: (row: SummaryRow): Message => ({
    ko: `${TABLE_NAMES.T0.ko} ${row.name.text}: 이 실국의 표(정책사업목표 현황)를 찾지 못해 대조하지 않았습니다`,
    en: `${TABLE_NAMES.T0.en} ${row.name.text}: no tables of this department were found, so the row was not compared`,
  }),
  noRow: (department: string): Message => ({
    ko: `${TABLE_NAMES.T0.ko}: ${department}의 행이 없습니다`,
    en: `${TABLE_NAMES.T0.en}: no row for ${department}`,
  }),
} as const satisfies RuleMessages<'t0.department'>;

const noDepartment = (row: SummaryRow): Finding => ({
  severity: 'warning',
  rule: 't0.department',
  messageId: 'noDepartment',
  ref: row.name.ref,
  cells: [row.name.ref],
  message: DEPARTMENT_MESSAGES.noDepartment(row),
});

const noRow = (facts: DepartmentFacts, plan: Plan, summary: Summary): Finding => {
  const ref = tableAt(plan.tables[summary.table]);
  return {
    severity: 'warning',
    rule: 't0.department',
    messageId: 'noRow',
    ref,
    cells: [ref, facts.at],
    message: DEPARTMENT_MESSAGES.noRow(facts.name),
  };
};

/**
 * Each 실국 row of a 총괄표 against that department's tables (`t0.department`), matched by name whatever its spacing:
 * 정책사업목표 개수 = its goals, 지표수 = Σ 성과지표수, 단위사업수 = Σ 단위사업수, 예산액 (and 전년도예산액) = its 예산현황
 * 정책사업 (Σ 정책사업목표 예산액 without one), 전략목표수 = its 전략목표 lines when it has any. A row with no department and
 * a department with no row are warnings. Nothing to compare when no department is at hand.
 */
export function summaryDepartmentChecks(plan: Plan, departments: ReadonlyArray<DepartmentFacts>): Checks {
  const summaries = plan.summaries ?? [];
  if (summaries.length === 0 || departments.length === 0) return { relations: [], findings: [] };
  const byName = new Map<string, DepartmentFacts>();
  for (const d of departments) if (!byName.has(key(d.name))) byName.set(key(d.name), d);
  const relations: Relation[] = [];
  const findings: Finding[] = [];
  for (const summary of summaries) {
    const named = new Set(summary.rows.map((r) => key(r.name.text)));
    for (const row of summary.rows) {
      const facts = byName.get(key(row.name.text));
      if (facts) relations.push(...rowRelations(row, facts, summary.unit?.factor));
      else findings.push(noDepartment(row));
    }
    for (const d of byName.values()) if (!named.has(key(d.name))) findings.push(noRow(d, plan, summary));
  }
  return { relations, findings };
}
