import type { Sheet } from '../src/engine/grid/sheet';
import { buildWorkbook, variant, type Layout } from '../test/fixtures/build';
import { INVENTED } from '../test/fixtures/invented';
import { SEED } from '../test/fixtures/seed';
import type { PlanData } from '../test/fixtures/planData';

/** A city's plan: `departments` departments cycling through the seed and the invented ones, each renamed. */
export function cityPlans(departments: number): PlanData[] {
  const models = [SEED, ...INVENTED];
  return Array.from({ length: departments }, (_, i) =>
    variant(models[i % models.length], (p) => {
      p.department = `${p.department}${i + 1}`;
      p.staffing.rows[0].name = p.department;
    }),
  );
}

export function citySheets(departments: number, layout: Layout): Sheet[] {
  return buildWorkbook(cityPlans(departments), layout).sheets;
}
