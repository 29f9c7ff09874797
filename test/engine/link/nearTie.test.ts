import { check, recompute } from '../../../src/engine/index';
import { sameCell, type CellRef } from '../../../src/engine/grid/cellRef';
import { refA1 } from '../../../src/engine/grid/a1';
import { buildWorkbook, type Layout } from '../../fixtures/build';
import { NEAR_TIE, NEAR_TIE_SMALL } from '../../fixtures/ambiguous';
import { line } from '../rules/fixtures';

const on = (refs: ReadonlyArray<CellRef>, ref: CellRef) => refs.some((r) => sameCell(r, ref));

/**
 * Issue 14, case 3: a 1 백만원 단위사업 fits either goal within rounding and goal 2's 단위사업수 is mistyped. Which
 * 단위사업수 is wrong depends on which goal owns the small 단위사업: check blames neither alone, recompute changes
 * neither, and what holds for every split (Σ 단위사업수 = 5 관련 예산사업 내역) is one error naming both cells.
 */
describe.each<Layout>(['document', 'byKind'])('the near tie, %s layout', (layout) => {
  const { sheets } = buildWorkbook([NEAR_TIE], layout);
  const { plan, findings, checked } = check(sheets);
  const goals = plan.departments[0].goals;
  const counts = goals.map((g) => g.unitCount.ref);
  const budgets = goals.map((g) => g.budget.ref);

  it('is one error naming both 단위사업수 cells, blamed on neither alone', () => {
    const errors = findings.filter((f) => f.severity === 'error');
    // Σ 단위사업수 of the open goals states 4; the 관련 예산사업 내역 are 5.
    expect(errors.map((f) => [f.rule, f.messageId, f.stated, f.expected])).toEqual([['t1.units', 'openGoals', 4, 5]]);
    expect(errors[0].cells).toEqual(counts);
    expect(errors.filter((f) => on([...counts, ...budgets], f.ref))).toEqual([]);
  });

  it('warns link.ambiguous on the T1, naming both candidate splits', () => {
    const warnings = findings.filter((f) => f.rule === 'link.ambiguous');
    expect(warnings.map((f) => [f.severity, f.messageId])).toEqual([['warning', 'splits']]);
    // Two candidate splits, each placing the small 단위사업 in one of the goals.
    expect(warnings[0].choices!.map((c) => c.links.filter((l) => l.project === NEAR_TIE_SMALL).map((l) => l.goal))).toEqual([
      [1],
      [2],
    ]);
    expect(warnings[0].cells).toEqual([...budgets, ...counts]);
    expect(findings.filter((f) => f.severity === 'warning').map(line)).toEqual(warnings.map(line));
  });

  it('offers each candidate as data a shell can pass back to recompute', () => {
    const [warning] = findings.filter((f) => f.rule === 'link.ambiguous');
    const goalOf = (links: ReadonlyArray<{ project: string; goal: number }>) =>
      links.find((l) => l.project === NEAR_TIE_SMALL)?.goal;
    expect(warning.choices?.map((c) => goalOf(c.links)).sort()).toEqual([1, 2]);
    const goal2 = warning.choices!.find((c) => goalOf(c.links) === 2)!;
    expect(goal2.label.ko).toContain(`목표 2: ${NEAR_TIE_SMALL}`);
    const chosen = recompute(sheets, { links: goal2.links });
    expect(chosen.edits.map((e) => [refA1(e.ref), e.value])).toEqual([[refA1(counts[1]), 2]]);
  });

  it('counts the tables and the relations it checked', () => {
    expect(checked.tables).toBe(plan.tables.length);
    expect(checked.relations).toBeGreaterThan(20);
  });

  it('recompute changes neither goal link cell and says it left them', () => {
    const result = recompute(sheets);
    expect(result.edits.filter((e) => on([...counts, ...budgets], e.ref)).map((e) => refA1(e.ref))).toEqual([]);
    expect(result.left.map((l) => l.ref)).toEqual([budgets[0], counts[0], budgets[1], counts[1]]);
    expect(result.findings.filter((f) => f.severity === 'error')).toHaveLength(1);
  });

  it('--link decides: the small 단위사업 in goal 2 makes goal 2 the mistyped one, and recompute corrects it', () => {
    const links = [{ project: NEAR_TIE_SMALL, goal: 2 }];
    const chosen = check(sheets, { links });
    expect(chosen.findings.filter((f) => f.rule === 'link.ambiguous')).toEqual([]);
    const errors = chosen.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.ref)).toEqual([counts[1]]);
    const result = recompute(sheets, { links });
    expect(result.edits.map((e) => [refA1(e.ref), e.value])).toEqual([[refA1(counts[1]), 2]]);
    expect(result.left).toEqual([]);
    expect(result.findings.filter((f) => f.severity !== 'info').map(line)).toEqual([]);
  });
});
