import { sameCell, type CellRef } from '../../../src/engine/grid/cellRef';
import { readCell } from '../../../src/engine/grid/readNumber';
import { recompute } from '../../../src/engine/index';
import { showNumber } from '../../../src/engine/interval/shown';
import type { BudgetRowKey } from '../../../src/engine/model/plan';
import { readPlan } from '../../../src/engine/read/readPlan';
import { applyEdits } from '../../../src/engine/recompute/applyEdits';
import { derivedRelations } from '../../../src/engine/recompute/derived';
import { DEFAULT_AMOUNT_FMT } from '../../../src/engine/recompute/representation';
import { judge } from '../../../src/engine/relations/relation';
import { buildWorkbook, variant, type Layout } from '../../fixtures/build';
import { INVENTED } from '../../fixtures/invented';
import { SEED } from '../../fixtures/seed';
import { cellIn, derivedCells, shown, withCells } from './sheets';

const LAYOUTS: Layout[] = ['document', 'byKind', 'messy'];
const errors = (r: ReturnType<typeof recompute>) =>
  r.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.message.ko}`);

describe.each(LAYOUTS)('recompute on clean workbooks, %s layout', (layout) => {
  it.each([
    ['the seed', [SEED]],
    ['the invented departments', INVENTED],
  ])('%s: no edit, since every derived figure is consistent (86.97 stays 86.97)', (_name, plans) => {
    const result = recompute(buildWorkbook(plans, layout).sheets);
    expect(result.edits).toEqual([]);
    expect(errors(result)).toEqual([]);
  });
});

describe('one injected error per derived relation kind (seed, document layout)', () => {
  const { sheets } = buildWorkbook([SEED], 'document');
  // A cell whose figure the shown inputs reproduce (not the seed's △4.50, which needs 천원), so it must come back.
  // Every rule recompute writes (t1.policy is only checked: its stated cell, 예산현황 정책사업, is an input).
  const written = [
    't1.budget',
    't1.units',
    't1.indicators',
    't2.quota',
    't2.total',
    't3.total',
    't3.admin',
    't3.share',
    't3.change',
    't3.rate',
    't5.total',
    't5.count',
  ];
  const kinds = written.map(
    (rule) => [rule, derivedCells(sheets).find((d) => d.relation.rule === rule && judge(d.relation).kind === 'ok')] as const,
  );

  it('covers every rule recompute writes', () => {
    expect(kinds.filter(([, d]) => d === undefined).map(([rule]) => rule)).toEqual([]);
    expect([...new Set(derivedRelations(readPlan(sheets)).map((r) => r.rule))].sort()).toEqual([...written].sort());
  });

  it.each(kinds)('%s: only the wrong cell is corrected, back to its figure, and nothing else moves', (_rule, d) => {
    const { ref } = d!;
    const was = shown(sheets, ref)!;
    const cell = cellIn(sheets, ref)!;
    const broken = withCells(sheets, [{ ref, cell: { ...cell, value: (cell.value as number) * 2 + 7 } }]);
    const result = recompute(broken);
    expect(result.edits.map((e) => e.ref)).toEqual([ref]);
    const now = shown(applyEdits(broken, result.edits), ref)!;
    expect(showNumber(now.value, was.decimals)).toBe(showNumber(was.value, was.decimals));
    expect(result.edits[0].reason.ko).toMatch(/^불일치 수정: /);
    expect(result.edits[0].reason.ko).toContain(`→ ${showNumber(now.value, now.decimals)}`);
    expect(errors(result)).toEqual([]);
  });
});

describe('inputs are never changed', () => {
  const rowOf = (sheets: ReturnType<typeof buildWorkbook>['sheets'], key: BudgetRowKey) =>
    readPlan(sheets).departments[0].budget!.rows[key]!;

  it('a changed 인력운영비 stays; 행정운영경비, 계 and the ratios follow it, and the result checks clean', () => {
    const { sheets } = buildWorkbook([variant(SEED, (p) => void (p.budget['인력운영비'].budget = 500))], 'document');
    const result = recompute(sheets);
    const edited = (ref: CellRef) => result.edits.some((e) => sameCell(e.ref, ref));
    expect(edited(rowOf(sheets, '인력운영비').budget.ref)).toBe(false);
    expect(
      [rowOf(sheets, '행정운영경비').budget.ref, rowOf(sheets, '계').budget.ref, rowOf(sheets, '인력운영비').share.ref].map(
        edited,
      ),
    ).toEqual([true, true, true]);
    const after = rowOf(applyEdits(sheets, result.edits), '행정운영경비');
    expect(after.budget.value).toBe(500 + (SEED.budget['기본경비'].budget as number));
    expect(errors(result)).toEqual([]);
  });

  it('a word in an input (미정) is left as it is and still an error; nothing that depends on it is guessed', () => {
    const { sheets } = buildWorkbook([variant(SEED, (p) => void (p.budget['인력운영비'].budget = '미정'))], 'document');
    const result = recompute(sheets);
    expect(result.edits).toEqual([]);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toContain('cell.unread');
  });

  it("a derived cell holding the user's own formula is checked, not overwritten", () => {
    const { sheets } = buildWorkbook([SEED], 'document');
    const total = rowOf(sheets, '계').budget.ref;
    const mine = withCells(sheets, [{ ref: total, cell: { ...cellIn(sheets, total)!, value: 1800, formula: 'SUM(C8:C9)' } }]);
    const result = recompute(mine);
    expect(result.findings.some((f) => f.severity === 'error' && f.rule === 't3.total' && sameCell(f.ref, total))).toBe(true);
    // Its stale cached 1800 is not spread: Excel recomputes the formula, and the 구성비 and 증감 stay as they are.
    expect(result.edits).toEqual([]);
  });
});

describe('the representation of each cell', () => {
  const share = (sheets: ReturnType<typeof buildWorkbook>['sheets']) =>
    readPlan(sheets).departments[0].budget!.rows['정책사업']!.share.ref;

  it('a % column gets a fraction: kept in its own 0.00% when deleted, taken from the column when cleared', () => {
    const { sheets } = buildWorkbook([SEED], 'byKind');
    const ref = share(sheets);
    const own = cellIn(sheets, ref)!;
    for (const cell of [{ value: null, numFmt: own.numFmt }, undefined]) {
      const result = recompute(withCells(sheets, [{ ref, cell }]));
      const [edit] = result.edits;
      expect(edit.ref).toEqual(ref);
      expect(edit.numFmt).toBe(cell ? undefined : own.numFmt);
      const reading = readCell({ value: edit.value, numFmt: own.numFmt });
      expect(reading.kind === 'number' && reading.percent).toBe(true);
      expect(edit.value).toBeLessThan(1);
    }
  });

  it('a scaled format (#,##0, holds 천원) gets the held figure: 1000× what it shows', () => {
    const { sheets } = buildWorkbook([SEED], 'document');
    const rows = readPlan(sheets).departments[0].budget!.rows;
    const amounts = Object.values(rows).flatMap((r) => [r!.budget.ref, r!.prevBudget.ref, r!.change.ref]);
    const thousands = withCells(
      sheets,
      amounts.map((ref) => ({ ref, cell: { value: (cellIn(sheets, ref)!.value as number) * 1000, numFmt: '#,##0,' } })),
    );
    const total = rows['계']!.budget.ref;
    const result = recompute(withCells(thousands, [{ ref: total, cell: { value: null, numFmt: '#,##0,' } }]));
    expect(result.edits.map((e) => [e.ref, e.value])).toEqual([[total, (cellIn(sheets, total)!.value as number) * 1000]]);
    expect(errors(result)).toEqual([]);
  });

  it('a consistent text figure stays; an inconsistent one becomes a number in the default format', () => {
    const { sheets } = buildWorkbook([SEED], 'document');
    const total = readPlan(sheets).departments[0].budget!.rows['계']!.budget.ref;
    const figure = cellIn(sheets, total)!.value as number;
    const asText = (v: number) => withCells(sheets, [{ ref: total, cell: { value: showNumber(v, 0) } }]);
    expect(recompute(asText(figure)).edits).toEqual([]);
    const [edit] = recompute(asText(figure + 10)).edits;
    expect([edit.value, edit.numFmt]).toEqual([figure, DEFAULT_AMOUNT_FMT]);
  });

  it('a blank derived cell says what it was filled with', () => {
    const { sheets } = buildWorkbook([SEED], 'document');
    const total = readPlan(sheets).departments[0].budget!.rows['계']!.budget.ref;
    const [edit] = recompute(withCells(sheets, [{ ref: total, cell: undefined }])).edits;
    expect(edit.reason.ko).toBe(`빈 셀 채움: 예산현황 계 예산액 = ${showNumber(edit.value as number, 0)}`);
    expect(edit.reason.en).toBe(`Blank cell filled: Budget table 계 budget = ${showNumber(edit.value as number, 0)}`);
  });
});

describe('recompute twice', () => {
  it.each(LAYOUTS)('%s: the second run changes nothing', (layout) => {
    const { sheets } = buildWorkbook(INVENTED, layout);
    const blanked = withCells(
      sheets,
      derivedRelations(readPlan(sheets))
        .filter((r) => r.rule.startsWith('t3'))
        .map((r) => ({ ref: r.stated.cell.ref, cell: undefined })),
    );
    const first = recompute(blanked);
    expect(first.edits.length).toBeGreaterThan(0);
    expect(recompute(applyEdits(blanked, first.edits)).edits).toEqual([]);
  });
});
