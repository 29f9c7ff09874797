import fc from 'fast-check';
import { sameCell, type CellRef } from '../../../src/engine/grid/cellRef';
import type { Plan } from '../../../src/engine/model/plan';
import { variationArb } from '../../fixtures/build';
import { INVENTED } from '../../fixtures/invented';
import { SEED } from '../../fixtures/seed';
import { BASIS_RULES, LAYOUTS, SEED_BUDGET_NAIVE_DIFFERENCES, checkBuilt, department, line, severityOf } from './fixtures';

/** DOMAIN.md: the 14 cells where recomputing from the shown figures differs from the document. */
const NAIVE_DIFFERENCES: Array<[string, (plan: Plan) => CellRef]> = [
  ...SEED_BUDGET_NAIVE_DIFFERENCES.map(([row, col]): [string, (plan: Plan) => CellRef] => [
    `예산현황 ${row} ${col}`,
    (plan) => department(plan, SEED.department).budget!.rows[row]![col].ref,
  ]),
  ...[1, 2].map((c): [string, (plan: Plan) => CellRef] => [
    `구정홍보 활동 강화 '${SEED.projectColumns[c].year % 100}${SEED.projectColumns[c].kind}`,
    (plan) => department(plan, SEED.department).unitProjects.find((u) => u.name.text === '구정홍보 활동 강화')!.totals[c].ref,
  ]),
];

describe.each(LAYOUTS)('the seed in the %s layout', (layout) => {
  const { plan, findings } = checkBuilt([SEED], layout);

  it('has no error and no warning', () => expect(findings.filter((f) => f.severity !== 'info').map(line)).toEqual([]));

  it.each(NAIVE_DIFFERENCES)('%s: exactly one rounding info', (_name, cellOf) => {
    const at = findings.filter((f) => sameCell(f.ref, cellOf(plan)));
    expect(at.map((f) => [f.severity, f.messageId])).toEqual([['info', 'roundingOnly']]);
  });

  it('has no other finding but the 근거 information (targetBasis.test.ts)', () =>
    expect(findings.filter((f) => !BASIS_RULES.has(f.rule))).toHaveLength(NAIVE_DIFFERENCES.length));
});

describe.each(LAYOUTS)('clean invented departments in the %s layout', (layout) => {
  it.each([
    ['each invented department', INVENTED.map((p) => [p])],
    ['all departments in one workbook', [[SEED, ...INVENTED]]],
  ])('%s: no error, no warning', (_what, workbooks) => {
    for (const plans of workbooks) {
      const { plan, findings } = checkBuilt(plans, layout);
      expect(plan.departments).toHaveLength(plans.length);
      expect(findings.filter((f) => f.severity !== 'info').map(line)).toEqual([]);
    }
  });
});

describe('clean plans however they are typed', () => {
  it('gives no error and no warning in any variation of any layout', () => {
    fc.assert(
      fc.property(variationArb, fc.constantFrom(...LAYOUTS), fc.constantFrom([SEED], INVENTED), (variation, layout, plans) => {
        const { findings } = checkBuilt(plans, layout, variation);
        expect(severityOf(findings, 'error').concat(severityOf(findings, 'warning')).map(line)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
