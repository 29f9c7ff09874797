import type { Sheet } from '../../../src/engine/grid/sheet';
import { regenerate } from '../../../src/engine/reports';
import { buildWorkbook, type Layout } from '../../fixtures/build';
import type { PlanData } from '../../fixtures/planData';

/** A fixture plan as a report sees it: built into sheets, derived cells regenerated, read again. */
export function regenerated(plans: PlanData[], layout: Layout = 'document'): ReturnType<typeof regenerate> & { source: Sheet[] } {
  const source = buildWorkbook(plans, layout).sheets;
  return { ...regenerate(source), source };
}
