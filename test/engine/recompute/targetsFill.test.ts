import { sameCell, type CellRef } from '../../../src/engine/grid/cellRef';
import type { Sheet } from '../../../src/engine/grid/sheet';
import { recompute } from '../../../src/engine/index';
import type { Indicator } from '../../../src/engine/model/plan';
import { readPlan } from '../../../src/engine/read/readPlan';
import { applyEdits } from '../../../src/engine/recompute/applyEdits';
import { buildWorkbook, variant, type Layout } from '../../fixtures/build';
import { INVENTED } from '../../fixtures/invented';
import type { PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';
import { cellIn, withCells } from './sheets';

const LAYOUTS: Layout[] = ['document', 'byKind', 'messy'];
const FUTURE = [2, 3, 4]; // '16–'18: the seed's years without 실적

/** SEED with the future 목표 of one indicator (goal 0) blanked, and optionally its basis replaced. */
const blanked = (indicator: number, basis?: string[]) =>
  variant(SEED, (p) => {
    const ind = p.goals[0].indicators[indicator];
    ind.targets = ind.targets.map((t, k) => (FUTURE.includes(k) ? '' : t));
    if (basis) ind.basis = basis;
  });

const indicatorOf = (sheets: ReadonlyArray<Sheet>, n: number): Indicator =>
  readPlan(sheets).departments[0].goals[0].indicators[n];
const targetValues = (ind: Indicator) => ind.targets.map((t) => t.value);

describe.each(LAYOUTS)('recompute fills blank future 목표 by the stated 근거, %s layout', (layout) => {
  it("주민정보화교육 운영실적 '16–'18 blanked: 기준값에서 0.2% 증 gives the seed's own figures back (none without 근거)", () => {
    const { sheets } = buildWorkbook([blanked(2)], layout);
    const result = recompute(sheets);
    const after = indicatorOf(applyEdits(sheets, result.edits), 2);
    const seed = SEED.goals[0].indicators[2].targets;
    // byKind writes no 근거 section: nothing states the rule, so nothing is filled.
    const expected = layout === 'byKind' ? seed.map((t, k) => (FUTURE.includes(k) ? null : t)) : seed;
    expect(targetValues(after)).toEqual(expected);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('the representation of a filled target', () => {
  it("takes its column's format: '16–'18 cleared in a series typed as % fractions come back as fractions under 0.0%", () => {
    const { sheets } = buildWorkbook([SEED], 'document');
    const seed = SEED.goals[0].indicators[2].targets as number[];
    const refs = indicatorOf(sheets, 2).targets.map((t) => t.ref);
    const typed = withCells(
      sheets,
      refs.map((ref, k) => ({
        ref,
        cell: FUTURE.includes(k) ? undefined : { value: Number((seed[k] / 100).toPrecision(15)), numFmt: '0.0%' },
      })),
    );
    const edits = recompute(typed).edits.filter((e) => refs.some((r) => sameCell(r, e.ref)));
    expect(edits.map((e) => e.numFmt)).toEqual(FUTURE.map(() => '0.0%'));
    expect(targetValues(indicatorOf(applyEdits(typed, edits), 2))).toEqual(seed);
  });
});

describe('a basis that cannot be read', () => {
  it('fills nothing and gives a t4.basis info', () => {
    const { sheets } = buildWorkbook([blanked(0)], 'document');
    const ind = indicatorOf(sheets, 0);
    const result = recompute(sheets);
    expect(result.edits.filter((e) => ind.targets.some((t) => sameCell(t.ref, e.ref)))).toEqual([]);
    expect(
      result.findings.filter((f) => f.rule === 't4.basis' && sameCell(f.ref, ind.basis!.ref)).map((f) => f.severity),
    ).toEqual(['info']);
  });
});

describe('filled targets are never rewritten', () => {
  /** Every 목표 cell of every indicator, by address. */
  const targetCells = (sheets: ReadonlyArray<Sheet>): CellRef[] =>
    readPlan(sheets).departments.flatMap((d) => d.goals.flatMap((g) => g.indicators.flatMap((i) => i.targets.map((t) => t.ref))));

  const deviating = variant(blanked(2), (p) => {
    // 새올행정시스템 활용도 (최근 3개년 평균) with a '17 the rule does not give, next to a blanked series.
    const ind = p.goals[0].indicators[1];
    ind.targets = ind.targets.map((t, k) => (k === 3 ? (t as number) - 1 : t));
  });
  const workbooks: Array<[string, PlanData[]]> = [
    ['the seed', [SEED]],
    ['the seed with a blanked and a deviating series', [deviating]],
    ['the invented departments', INVENTED],
  ];

  it.each(LAYOUTS.flatMap((layout) => workbooks.map(([name, plans]) => [`${name}, ${layout}`, plans, layout] as const)))(
    '%s: every target cell that held something holds the same after recompute',
    (_name, plans, layout) => {
      const { sheets } = buildWorkbook(plans, layout);
      const after = applyEdits(sheets, recompute(sheets).edits);
      const held = targetCells(sheets).filter((ref) => cellIn(sheets, ref) !== undefined && cellIn(sheets, ref)!.value !== '');
      expect(held.length).toBeGreaterThan(0);
      expect(held.filter((ref) => JSON.stringify(cellIn(after, ref)) !== JSON.stringify(cellIn(sheets, ref)))).toEqual([]);
    },
  );
});
