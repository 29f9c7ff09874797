import { refA1 } from '../../../src/engine/grid/a1';
import type { Sheet } from '../../../src/engine/grid/sheet';
import { check, recompute } from '../../../src/engine/index';
import { buildWorkbook, type Layout } from '../../fixtures/build';
import { SEED } from '../../fixtures/seed';
import { withRowRemoved } from '../recompute/sheets';

/** The built sheets with the first T5's 단위사업 row taken out: its 세부사업 move up one row. */
function withoutUnitRow(layout: Layout): { sheets: Sheet[]; firstDetail: string } {
  const built = buildWorkbook([SEED], layout);
  const t5 = built.tables.find((t) => t.kind === 'T5')!;
  const unitRow = t5.range.bottom - SEED.goals[0].unitProjects[0].details.length;
  const sheets = withRowRemoved(built.sheets, t5.sheet, unitRow, t5.range.bottom);
  return {
    sheets,
    firstDetail: `${t5.sheet}!${refA1({ sheet: t5.sheet, row: t5.range.bottom - SEED.goals[0].unitProjects[0].details.length, col: t5.range.left })}`,
  };
}

describe.each<Layout>(['document', 'byKind'])('a 관련 예산사업 내역 without its 단위사업 row (%s layout)', (layout) => {
  const { sheets, firstDetail } = withoutUnitRow(layout);

  test('one warning at its first 세부사업, naming the 단위사업 of its heading; no error anywhere', () => {
    const { plan, findings } = check(sheets);
    const bad = findings.filter((f) => f.severity !== 'info');
    expect(bad.map((f) => [f.severity, f.rule, f.messageId, `${f.ref.sheet}!${refA1(f.ref)}`])).toEqual([
      ['warning', 't5.noUnitRow', 'noUnitRow', firstDetail],
    ]);
    // The 단위사업 of the heading is named in the message only.
    expect(bad[0].message.en).toContain(`(unit project ${SEED.goals[0].unitProjects[0].name})`);
    const unit = plan.departments[0].unitProjects[0];
    expect([unit.name.text, unit.details.map((d) => d.name.text)]).toEqual([
      SEED.goals[0].unitProjects[0].name,
      SEED.goals[0].unitProjects[0].details.map((d) => d.name),
    ]);
  });

  test('recompute writes nothing: its 세부사업 are inputs, and the goal budget still adds up from them', () => {
    expect(recompute(sheets).edits).toEqual([]);
  });
});
