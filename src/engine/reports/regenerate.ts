import type { Finding } from '../findings/finding';
import type { Sheet } from '../grid/sheet';
import type { Plan } from '../model/plan';
import { readPlan } from '../read/readPlan';
import { applyEdits } from '../recompute/applyEdits';
import { recomputeEdits } from '../recompute/recompute';
import { blamedCells, runRules } from '../rules';

/**
 * The plan a report is built from: the workbook with its derived cells recomputed where they are blank or wrong and
 * kept where they are consistent (the seed's 86.97 stays), read again. `findings` are what remains: input errors
 * recompute never changes.
 */
export function regenerate(sheets: ReadonlyArray<Sheet>): { plan: Plan; sheets: Sheet[]; findings: Finding[] } {
  const edited = applyEdits(sheets, recomputeEdits(sheets, {}, blamedCells).edits);
  const plan = readPlan(edited);
  return { plan, sheets: edited, findings: runRules(plan) };
}
