import { check, recompute } from '../../../src/engine/index';
import type { CellRef } from '../../../src/engine/grid/cellRef';
import type { Sheet } from '../../../src/engine/grid/sheet';
import { readPlan } from '../../../src/engine/read/readPlan';
import { applyEdits } from '../../../src/engine/recompute/applyEdits';
import { buildWorkbook } from '../../fixtures/build';
import { WELFARE } from '../../fixtures/invented';
import type { PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';
import { cellIn, shown, withCells } from '../recompute/sheets';
import { line } from '../rules/fixtures';

const blanked = (sheets: ReadonlyArray<Sheet>, refs: ReadonlyArray<CellRef>): Sheet[] =>
  withCells(
    sheets,
    refs.map((ref) => ({ ref, cell: { value: null, numFmt: cellIn(sheets, ref)?.numFmt } })),
  );

/**
 * Issue 14, case 2: with every goal's 예산액 and 단위사업수 blank, the workbook does not say which 단위사업 belong to
 * which goal. Recompute leaves those cells blank and fills every other derived cell (here also a blanked 예산현황 계
 * and a 단위사업 row); check warns link.ambiguous; `links` (the CLI's --link) fills them with the chosen split.
 */
describe.each<[string, PlanData]>([
  ['the seed', SEED],
  ['a three-goal department', WELFARE],
])('every goal link cell blank: %s', (_name, data) => {
  const { sheets } = buildWorkbook([data], 'document');
  const dept = readPlan(sheets).departments[0];
  const links = dept.goals.flatMap((g) => [g.budget.ref, g.unitCount.ref]);
  const others = [dept.budget!.rows.계!.budget.ref, dept.unitProjects[0].totals[1].ref];
  const input = blanked(sheets, [...links, ...others]);

  it('check warns link.ambiguous and blames no link cell', () => {
    const { findings } = check(input);
    expect(findings.filter((f) => f.rule === 'link.ambiguous').map((f) => f.severity)).toEqual(['warning']);
    expect(findings.filter((f) => f.severity === 'error').map(line)).toEqual([]);
  });

  it('recompute leaves every link cell blank, fills the others, and says which it left', () => {
    const result = recompute(input);
    const after = applyEdits(input, result.edits);
    expect(links.map((ref) => cellIn(after, ref)?.value ?? null)).toEqual(links.map(() => null));
    expect(others.map((ref) => shown(after, ref)?.value)).toEqual(others.map((ref) => shown(sheets, ref)?.value));
    expect(result.left.map((l) => l.ref)).toEqual(links);
    expect(result.left[0].reason.ko).toContain('--link');
  });

  it('with every 단위사업 linked to its goal, recompute fills them with that split and the result checks clean', () => {
    const chosen = data.goals.flatMap((g, n) => g.unitProjects.map((u) => ({ project: u.name, goal: n + 1 })));
    const result = recompute(input, { links: chosen });
    const after = applyEdits(input, result.edits);
    expect(links.map((ref) => shown(after, ref)?.value)).toEqual(links.map((ref) => shown(sheets, ref)?.value));
    expect(result.left).toEqual([]);
    expect(
      check(after)
        .findings.filter((f) => f.severity !== 'info')
        .map(line),
    ).toEqual([]);
  });
});
