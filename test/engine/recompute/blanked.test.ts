import { sameCell, type CellRef } from '../../../src/engine/grid/cellRef';
import { type check, recompute } from '../../../src/engine/index';
import { excelRound } from '../../../src/engine/interval/round';
import { readPlan } from '../../../src/engine/read/readPlan';
import { applyEdits } from '../../../src/engine/recompute/applyEdits';
import { derivedRelations } from '../../../src/engine/recompute/derived';
import { judge } from '../../../src/engine/relations/relation';
import { buildWorkbook, type Layout } from '../../fixtures/build';
import { INVENTED, TAX } from '../../fixtures/invented';
import type { PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';
import { cellIn, derivedCells, everyCell, shown, withCells } from './sheets';

const LAYOUTS: Layout[] = ['document', 'byKind', 'messy'];

/** Workbooks and whether every figure in them is kept in 천원 (so every derived figure comes back exactly where typed as numbers). */
const WORKBOOKS: Array<[string, PlanData[], boolean]> = [
  ['the seed', [SEED], false],
  ...INVENTED.map((p): [string, PlanData[], boolean] => [p.department, [p], true]),
  ['two departments', INVENTED, true],
  ['the seed and 세무과', [SEED, TAX], false],
];

/** How a person blanks a cell: Delete keeps its number format, clearing the cell removes it too. */
const BLANKINGS = ['content deleted', 'cell cleared'] as const;

const errors = (findings: ReturnType<typeof check>['findings']) =>
  findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.ref.sheet}!${f.ref.row},${f.ref.col} ${f.message.ko}`);

describe.each(LAYOUTS)('every derived cell blanked, %s layout', (layout) => {
  describe.each(WORKBOOKS)('%s', (_name, plans, thousands) => {
    const { sheets } = buildWorkbook(plans, layout);
    // The workbook says which 단위사업 belong to which goal only through T1's 예산액 and 단위사업수 (the model splits
    // the 단위사업 by them, allowing one goal of the workbook to miss): blanked for the first goal, kept for the others.
    const splitKeys = readPlan(sheets)
      .departments.flatMap((d) => d.goals)
      .slice(1)
      .flatMap((g) => [g.budget.ref, g.unitCount.ref]);
    const derived = derivedCells(sheets).filter((d) => !splitKeys.some((ref) => sameCell(ref, d.ref)));
    const isDerived = (ref: CellRef) => derived.some((d) => sameCell(d.ref, ref));

    it.each(BLANKINGS)('%s: recompute fills every one, touches nothing else, and the result checks clean', (blanking) => {
      const blanked = withCells(
        sheets,
        derived.map(({ ref }) => {
          const numFmt = cellIn(sheets, ref)?.numFmt;
          return { ref, cell: blanking === 'cell cleared' ? undefined : { value: null, ...(numFmt ? { numFmt } : {}) } };
        }),
      );
      const result = recompute(blanked);
      expect(errors(result.findings)).toEqual([]);
      expect(result.edits.filter((e) => !isDerived(e.ref))).toEqual([]);
      expect(result.edits).toHaveLength(derived.length);

      const after = applyEdits(blanked, result.edits);
      const changedInputs = everyCell(sheets, after).filter(
        (ref) => !isDerived(ref) && JSON.stringify(cellIn(after, ref)) !== JSON.stringify(cellIn(sheets, ref)),
      );
      expect(changedInputs).toEqual([]);

      const exact = thousands && layout !== 'messy';
      const relations = derivedRelations(readPlan(after));
      const mismatches = derived.flatMap(({ ref }) => {
        const [was, now] = [shown(sheets, ref)!, shown(after, ref)];
        if (
          exact
            ? now?.value === was.value
            : now !== undefined && excelRound(now.value, was.decimals) === excelRound(was.value, was.decimals)
        )
          return [];
        // From rounded figures (the seed's 1,499 / 1,723, text in the messy layout) the original may not come back:
        // then the cell holds exactly the value computed from what its inputs hold.
        const relation = relations.find((r) => sameCell(r.stated.cell.ref, ref));
        return !exact && relation && judge(relation).kind === 'ok' ? [] : [{ ref, was: was.value, now: now?.value }];
      });
      expect(mismatches).toEqual([]);
    });
  });
});
