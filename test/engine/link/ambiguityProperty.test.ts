import fc from 'fast-check';
import { check, recompute } from '../../../src/engine/index';
import { refKey } from '../../../src/engine/relations/relation';
import { readPlan } from '../../../src/engine/read/readPlan';
import { buildWorkbook, variant, type Layout } from '../../fixtures/build';
import { line } from '../rules/fixtures';
import { planArb } from '../rules/randomPlan';

/** What a goal's T1 link cells hold: as derived, blank (''), or a 단위사업수 one off. */
type Touch = 'as is' | 'blank budget' | 'blank count' | 'blank both' | 'count + 1';
/** Blanks weigh most: a split stays open only when two goals' 예산액 leave it so. */
const TOUCHES: Touch[] = ['as is', 'blank budget', 'blank budget', 'blank count', 'blank both', 'blank both', 'count + 1'];

/**
 * Issue 14: wherever two goal ↔ 단위사업 splits fit, recompute never changes a T1 link cell (예산액, 단위사업수 of a
 * goal whose 단위사업 depend on the choice) and check never puts an error on one.
 */
describe('random plans whose split the workbook may not decide', () => {
  it('never have a link cell that depends on the choice written or blamed', () => {
    let ambiguous = 0;
    const cases = planArb.chain(({ plan }) =>
      fc.record({
        plan: fc.constant(plan),
        touches: fc.tuple(...plan.goals.map(() => fc.constantFrom(...TOUCHES))),
        layout: fc.constantFrom<Layout>('document', 'byKind'),
      }),
    );
    fc.assert(
      fc.property(cases, ({ plan, touches, layout }) => {
        const touched = variant(plan, (p) =>
          p.goals.forEach((g, n) => {
            const t = touches[n];
            if (t === 'blank budget' || t === 'blank both') g.budget = '';
            if (t === 'blank count' || t === 'blank both') g.unitCount = '';
            if (t === 'count + 1') g.unitCount = (g.unitCount as number) + 1;
          }),
        );
        const { sheets } = buildWorkbook([touched], layout);
        const open = readPlan(sheets)
          .departments.flatMap((d) => d.goals)
          .filter((g) => g.open)
          .flatMap((g) => [refKey(g.budget.ref), refKey(g.unitCount.ref)]);
        if (open.length === 0) return;
        ambiguous += 1;
        const onOpen = (ref: Parameters<typeof refKey>[0]) => open.includes(refKey(ref));
        expect(
          check(sheets)
            .findings.filter((f) => f.severity === 'error' && onOpen(f.ref))
            .map(line),
        ).toEqual([]);
        expect(recompute(sheets).edits.filter((e) => onOpen(e.ref))).toEqual([]);
      }),
      { seed: 1414, numRuns: 80 },
    );
    // The property must have met the case it is about.
    expect(ambiguous).toBeGreaterThan(10);
  });
});
