import { recompute } from '../../../src/engine/index';
import { readPlan } from '../../../src/engine/read/readPlan';
import { applyEdits } from '../../../src/engine/recompute/applyEdits';
import { buildWorkbook, type Layout } from '../../fixtures/build';
import { INVENTED } from '../../fixtures/invented';
import type { PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';
import { evaluateWithHyperFormula as hyperFormula } from './hyperFormula';
import { cellIn, derivedCells, withCells } from './sheets';

/** Every derived cell's content deleted (its format stays) but T1's split keys past the first goal (see blanked.test.ts), then recomputed with formulas. */
function withFormulas(plans: PlanData[], layout: Layout) {
  const { sheets } = buildWorkbook(plans, layout);
  const keep = readPlan(sheets)
    .departments.flatMap((d) => d.goals)
    .slice(1)
    .flatMap((g) => [g.budget.ref, g.unitCount.ref]);
  const blanked = withCells(
    sheets,
    derivedCells(sheets)
      .filter((d) => !keep.some((k) => k.sheet === d.ref.sheet && k.row === d.ref.row && k.col === d.ref.col))
      .map((d) => ({ ref: d.ref, cell: { value: null, numFmt: cellIn(sheets, d.ref)?.numFmt } })),
  );
  const result = recompute(blanked, { formulas: true });
  return { result, after: applyEdits(blanked, result.edits) };
}

describe.each<[string, PlanData[], Layout]>([
  ['the seed, document layout', [SEED], 'document'],
  ['the seed, byKind layout (% fractions, tables on their own sheets)', [SEED], 'byKind'],
  ['the invented departments in 천원, document layout', INVENTED, 'document'],
  ['the invented departments, byKind layout', INVENTED, 'byKind'],
])('--formulas on %s', (_name, plans, layout) => {
  const { result, after } = withFormulas(plans, layout);
  const formulas = result.edits.filter((e) => e.formula !== undefined);

  it('writes a formula wherever the relation is a sum, a difference or a ratio, and the result checks clean', () => {
    expect(formulas.length).toBeGreaterThan(result.edits.length / 2);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('gives, evaluated by HyperFormula over the sheets, the recomputed values', () => {
    const hf = hyperFormula(after);
    const evaluated = formulas.map((e) => {
      const sheet = hf.getSheetId(e.ref.sheet)!;
      return [e.formula, hf.getCellValue({ sheet, row: e.ref.row, col: e.ref.col })];
    });
    const expected = formulas.map((e) => [e.formula, e.value]);
    // Sums over 천원 figures add in binary floating point: equal to 9 significant digits.
    expect(evaluated.map(([f, v]) => [f, typeof v === 'number' ? Number(v.toPrecision(9)) : v])).toEqual(
      expected.map(([f, v]) => [f, Number((v as number).toPrecision(9))]),
    );
    hf.destroy();
  });
});

describe('formula shapes', () => {
  const document = withFormulas([SEED], 'document').result.edits.map((e) => e.formula ?? '');
  const byKind = withFormulas([SEED], 'byKind').result.edits.map((e) => e.formula ?? '');

  it.each([
    ['sums', document, /^[A-Z]+\d+(\+[A-Z]+\d+)+$/],
    ['changes', document, /^[A-Z]+\d+-[A-Z]+\d+$/],
    ['ratios as percent numbers', document, /^ROUND\([A-Z]+\d+\/[A-Z]+\d+\*100,2\)$/],
    ['rates of change', document, /^ROUND\(\([A-Z]+\d+-[A-Z]+\d+\)\/[A-Z]+\d+\*100,2\)$/],
    ['ratios in a % cell as fractions', byKind, /^ROUND\([A-Z]+\d+\/[A-Z]+\d+,4\)$/],
    ['references to another sheet, quoted', byKind, /^'[^']+'![A-Z]+\d+(\+'[^']+'![A-Z]+\d+)*$/],
  ])('%s', (_kind, list, shape) => expect(list.some((f) => shape.test(f))).toBe(true));
});
