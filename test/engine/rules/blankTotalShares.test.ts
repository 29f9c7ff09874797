import { check, recompute } from '../../../src/engine';
import type { Finding } from '../../../src/engine/findings/finding';
import type { BudgetRowKey } from '../../../src/engine/model/plan';
import { refKey } from '../../../src/engine/relations/relation';
import { buildWorkbook, variant, type Layout } from '../../fixtures/build';
import { SEED } from '../../fixtures/seed';
import { line } from './fixtures';

/**
 * 계 blank and 구성비 mistyped: 정책사업 is then both a 구성비's numerator and (through the blank 계) part of its
 * divisor. check once blamed the correct 정책사업 1,499 and listed that finding twice, while recompute fixed the 구성비:
 * the cells check calls errors must be cells recompute changes, with the value it writes, each finding once.
 */
const PARTS: BudgetRowKey[] = ['정책사업', '행정운영경비', '인력운영비', '기본경비', '재무활동'];
type Share = 'share' | 'prevShare';

function run(layout: Layout, wrong: ReadonlyArray<{ row: BudgetRowKey; col: Share; value: number }>) {
  const plan = variant(SEED, (p) => {
    p.budget['계'].budget = '';
    p.budget['계'].prevBudget = '';
    for (const w of wrong) p.budget[w.row][w.col] = w.value;
  });
  const { sheets } = buildWorkbook([plan], layout);
  const checked = check(sheets);
  const rows = checked.plan.departments[0].budget!.rows;
  const edits = new Map(recompute(sheets).edits.map((e) => [refKey(e.ref), e.value]));
  const errors = checked.findings.filter((f) => f.severity === 'error');
  return { checked, errors, edits, cellOf: (w: (typeof wrong)[number]) => refKey(rows[w.row]![w.col].ref) };
}

/** A finding as its content: two equal ones are one finding listed twice. */
const repeated = (findings: ReadonlyArray<Finding>): string[] => {
  const seen = new Set<string>();
  return findings.map((f) => JSON.stringify(f)).filter((k) => (seen.has(k) ? true : (seen.add(k), false)));
};

describe.each<Layout>(['document', 'byKind'])('a blank 계 and a wrong 구성비 (%s)', (layout) => {
  test.each(PARTS.flatMap((row) => (['share', 'prevShare'] as const).map((col) => ({ row, col }))))(
    '$row $col: the 구성비 is the one error, with the figure recompute writes there',
    ({ row, col }) => {
      // 80 %: the 1,378 = 80 % of 1,723 that check once proposed for 정책사업.
      const wrong = { row, col, value: 80 };
      const { checked, errors, edits, cellOf } = run(layout, [wrong]);
      expect(errors.map(line)).toHaveLength(1);
      expect(refKey(errors[0].ref)).toBe(cellOf(wrong));
      // A 구성비 under a % format is held as a fraction: the edit's value is the figure the reader sees / 100.
      const written = edits.get(cellOf(wrong)) as number;
      expect(layout === 'byKind' ? written * 100 : written).toBeCloseTo(errors[0].expected!, 9);
      expect(repeated(checked.findings)).toEqual([]);
    },
  );

  test('two wrong 구성비 of one year: two errors, both where recompute writes', () => {
    const wrong = [
      { row: '정책사업' as const, col: 'share' as const, value: 50 },
      { row: '행정운영경비' as const, col: 'share' as const, value: 20 },
    ];
    const { checked, errors, edits, cellOf } = run(layout, wrong);
    expect(errors.map((f) => refKey(f.ref)).sort()).toEqual(wrong.map(cellOf).sort());
    expect(errors.every((f) => edits.has(refKey(f.ref)))).toBe(true);
    expect(repeated(checked.findings)).toEqual([]);
  });
});
