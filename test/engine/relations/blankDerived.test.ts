import { sameCell, type CellRef } from '../../../src/engine/grid/cellRef';
import { check, recompute } from '../../../src/engine/index';
import { readPlan } from '../../../src/engine/read/readPlan';
import { resolveBlankDerived } from '../../../src/engine/relations/blankDerived';
import { operand, sumRelation } from '../../../src/engine/relations/relation';
import { buildWorkbook } from '../../fixtures/build';
import { SEED } from '../../fixtures/seed';
import { withCells } from '../recompute/sheets';
import { num } from '../rules/cells';
import { line } from '../rules/fixtures';

const { sheets } = buildWorkbook([SEED], 'document');
const dept = readPlan(sheets).departments[0];
const rows = dept.budget!.rows;
// 정책사업목표 예산액 (feeds Σ = 예산현황 정책사업), 계 예산액 (the divisor of every 구성비) and a 구성비 (a ratio).
const BLANKED: CellRef[] = [dept.goals[0].budget.ref, rows['계']!.budget.ref, rows['정책사업']!.prevShare.ref];
const blanked = withCells(
  sheets,
  BLANKED.map((ref) => ({ ref, cell: undefined })),
);
const isBlanked = (ref: CellRef) => BLANKED.some((b) => sameCell(b, ref));

describe('a blank derived cell is unknown, not 0', () => {
  const { findings } = check(blanked);

  it('breaks no relation that reads it: only the blank cells are warned about', () => {
    expect(findings.filter((f) => f.severity === 'error').map(line)).toEqual([]);
    const warnings = findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => f.rule).sort()).toEqual(['t1.budget', 't3.share', 't3.total']);
    expect(warnings.every((f) => isBlanked(f.ref))).toBe(true);
  });

  it('shows a blank ratio at the decimals it will be written with, the figure recompute then writes', () => {
    const share = findings.find((f) => f.severity === 'warning' && f.rule === 't3.share')!;
    const written = recompute(blanked).edits.find((e) => sameCell(e.ref, share.ref))!;
    expect([share.messageId, share.stated, share.decimals]).toEqual(['blank', null, 2]);
    expect(share.expected).toBe(written.value);
  });
});

describe('resolveBlankDerived', () => {
  const at = (c: ReturnType<typeof num>, row: string) =>
    operand(c, { table: 'T3', row, col: { ko: '예산액', en: 'budget' } }, { amount: true });

  it('reads a blank derived cell as what its own relation gives, and a blank input as 0', () => {
    const [a, b, blank, c, u, input] = [num(1), num(2), num(null), num(4), num(7), num(null)];
    const [inner, outer] = resolveBlankDerived([
      sumRelation('t3.total', at(blank, 's'), [at(a, 'a'), at(b, 'b'), at(input, 'i')]),
      sumRelation('t3.admin', at(u, 'u'), [at(blank, 's'), at(c, 'c')]),
    ]);
    expect(inner.stated.decimals).toBe(0);
    expect(outer.expr.kind === 'sum' && outer.expr.terms[0].at).toMatchObject({
      cell: { value: 3 },
      interval: { lo: expect.closeTo(2), hi: expect.closeTo(4) },
    });
    expect(inner.expr.kind === 'sum' && inner.expr.terms[2].at.interval).toEqual({ lo: 0, hi: 0 });
  });

  it('leaves blanks that need each other unknown', () => {
    const [x, y, a] = [num(null), num(null), num(1)];
    const relations = resolveBlankDerived([
      sumRelation('t3.total', at(x, 'x'), [at(y, 'y'), at(a, 'a')]),
      sumRelation('t3.admin', at(y, 'y'), [at(x, 'x')]),
    ]);
    expect(
      relations
        .flatMap((r) =>
          r.expr.kind === 'sum' ? r.expr.terms.filter((t) => t.at.cell.ref === x.ref || t.at.cell.ref === y.ref) : [],
        )
        .map((t) => t.at.interval),
    ).toEqual([null, null]);
  });
});
