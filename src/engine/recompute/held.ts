import type { CellRef } from '../grid/cellRef';
import type { Plan } from '../model/plan';
import { refKey, type Relation } from '../relations/relation';

/**
 * The cells the check blames for other relations' disagreement (rules' `blamedCells`). Recompute sits beside rules,
 * not above it: the facade and reports, which stand above both, hand it over.
 */
export type Blamed = (plan: Plan) => ReadonlyArray<CellRef>;

/**
 * Derived cells holding the user's own formula (never overwritten) whose cached result the check blames for other
 * relations' disagreement ("… 오류의 영향"), as keys. Excel replaces such a result on opening with whatever the
 * user's formula gives, which need not be the relation's value, so nothing is computed from it. Inputs are not
 * held: recompute is asked to make the derived cells follow them, and a changed 인력운영비 is how a user asks.
 */
export function heldCells(plan: Plan, derived: ReadonlyArray<Relation>, blamed: Blamed): ReadonlySet<string> {
  const formulas = new Set(derived.filter((r) => r.stated.cell.formula !== undefined).map((r) => refKey(r.stated.cell.ref)));
  if (formulas.size === 0) return formulas; // no user formula to hold: spare the whole check
  return new Set(
    blamed(plan)
      .map(refKey)
      .filter((key) => formulas.has(key)),
  );
}
