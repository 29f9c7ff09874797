import type { Plan } from '../model/plan';
import { runRules } from '../rules';
import { refKey, type Relation } from '../rules/relation';

/**
 * Cells the check blames for other relations' disagreement ("… 오류의 영향") that recompute cannot fix, as keys:
 * inputs (never written), and derived cells holding the user's own formula (never overwritten) whose cached result
 * is wrong. Excel replaces such a result on opening with whatever the user's formula gives, which need not be the
 * relation's value, so it is not guessed here. An error that explains nothing else holds nothing back.
 */
export function heldCells(plan: Plan, derived: ReadonlyArray<Relation>): ReadonlySet<string> {
  const writable = new Set(derived.filter((r) => r.stated.cell.formula === undefined).map((r) => refKey(r.stated.cell.ref)));
  const causes = runRules(plan).flatMap((f) => (f.cause ? [refKey(f.cause)] : []));
  return new Set(causes.filter((key) => !writable.has(key)));
}
