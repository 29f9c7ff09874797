import { check, recompute } from '../../../src/engine/index';
import { readPlan } from '../../../src/engine/read/readPlan';
import { applyEdits } from '../../../src/engine/recompute/applyEdits';
import { buildWorkbook, type Layout } from '../../fixtures/build';
import { INVENTED } from '../../fixtures/invented';
import { SEED } from '../../fixtures/seed';
import { excelRound } from '../../../src/engine/interval/round';
import { cellIn, shown, withCells } from './sheets';

/**
 * T1's 예산액 and 단위사업수 are derived, and they are also the only link between a goal and its 단위사업 (a link is
 * never taken from position alone). Either one blanked for every goal is recomputed from the link the other gives.
 */
describe.each<Layout>(['document', 'byKind', 'messy'])(
  'every goal of every department blanked in one T1 column, %s layout',
  (layout) => {
    const { sheets } = buildWorkbook([SEED, ...INVENTED], layout);
    const goals = readPlan(sheets).departments.flatMap((d) => d.goals);

    it.each(['budget', 'unitCount'] as const)(
      '%s: recompute fills every goal with its original figure and checks clean',
      (column) => {
        const refs = goals.map((g) => g[column].ref);
        const blanked = withCells(
          sheets,
          refs.map((ref) => ({ ref, cell: { value: null, numFmt: cellIn(sheets, ref)?.numFmt } })),
        );
        const result = recompute(blanked);
        const after = applyEdits(blanked, result.edits);
        // As the cell shows it: the messy layout typed `1,104` as text, recompute writes the number.
        const figure = (ref: (typeof refs)[number], from: typeof sheets) => {
          const was = shown(sheets, ref)!;
          const now = shown(from, ref);
          return now && excelRound(now.value, was.decimals);
        };
        expect(refs.map((ref) => figure(ref, after))).toEqual(refs.map((ref) => figure(ref, sheets)));
        expect(check(after).findings.filter((f) => f.severity !== 'info')).toEqual([]);
      },
    );
  },
);
