import { check, recompute, type Edit } from '../../../src/engine';
import { sameCell, type CellRef } from '../../../src/engine/grid/cellRef';
import type { Sheet } from '../../../src/engine/grid/sheet';
import type { Indicator } from '../../../src/engine/model/plan';
import { readPlan } from '../../../src/engine/read/readPlan';
import { applyEdits } from '../../../src/engine/recompute/applyEdits';
import { tableAt } from '../../../src/engine/rules/tableAt';
import { buildWorkbook, variant, type Layout } from '../../fixtures/build';
import { MEASURED, MEASURED_BLANK_ACTUAL } from '../../fixtures/measured';
import { cellIn, shown, withCells } from './sheets';

const LAYOUTS: Layout[] = ['document', 'byKind', 'messy'];

/** 행정정보시스템 운영도, the first indicator of the first goal. */
const operations = (sheets: ReadonlyArray<Sheet>): Indicator => readPlan(sheets).departments[0].goals[0].indicators[0];
const editsAt = (edits: ReadonlyArray<Edit>, ref: CellRef): Edit[] => edits.filter((e) => sameCell(e.ref, ref));
const t4Findings = (findings: ReadonlyArray<{ rule: string; severity: string }>) =>
  findings.filter((f) => f.rule === 't4.actual' || f.rule === 't4.measureData').map((f) => `${f.rule} ${f.severity}`);

describe.each(LAYOUTS)('recompute writes a blank 실적 from the 측정 자료, %s layout', (layout) => {
  it("운영도 '16: (8,784 − 40) / 8,784 × 100 = 99.5446 written as 99.54, the decimals the indicator writes", () => {
    const { sheets } = buildWorkbook([MEASURED_BLANK_ACTUAL], layout);
    const blank = operations(sheets).actuals[2].ref;
    expect(t4Findings(check(sheets).findings)).toEqual(['t4.actual warning']);
    const result = recompute(sheets);
    expect(editsAt(result.edits, blank).map((e) => e.value)).toEqual([99.54]);
    expect(editsAt(result.edits, blank)[0].reason.ko).toContain("'16 실적 = 99.54");
    expect(t4Findings(result.findings)).toEqual([]);
    expect(operations(applyEdits(sheets, result.edits)).actuals.map((a) => a.value)).toEqual([99.32, 99.43, 99.54, null, null]);
  });
});

describe('recompute and 실적', () => {
  it("a blank 실적 keeping its own number format takes that format's decimals (0.0% → 99.5 %, held as 0.995)", () => {
    const { sheets } = buildWorkbook([MEASURED_BLANK_ACTUAL], 'document');
    const ref = operations(sheets).actuals[2].ref;
    const formatted = withCells(sheets, [{ ref, cell: { value: null, numFmt: '0.0%' } }]);
    const edits = editsAt(recompute(formatted).edits, ref);
    expect(edits.map((e) => [e.value, e.numFmt])).toEqual([[0.995, undefined]]);
    expect(shown(applyEdits(formatted, edits), ref)).toEqual({ value: 99.5, decimals: 1 });
  });

  it('never rewrites a stated 실적, even a wrong one: the check reports it and it stays', () => {
    const wrong = variant(MEASURED, (p) => void (p.goals[1].indicators[0].actuals[1] = 92));
    const { sheets } = buildWorkbook([wrong], 'document');
    const ref = readPlan(sheets).departments[0].goals[1].indicators[0].actuals[1].ref;
    const result = recompute(sheets);
    expect(editsAt(result.edits, ref)).toEqual([]);
    expect(cellIn(applyEdits(sheets, result.edits), ref)?.value).toBe(92);
    const error = result.findings.find((f) => f.rule === 't4.actual' && f.severity === 'error');
    expect(error).toMatchObject({ ref, stated: 92, expected: 91 });
  });

  it('writes nothing where a quantity of the year is missing, and counts no check for it', () => {
    const partial = variant(MEASURED_BLANK_ACTUAL, (p) => void (p.goals[0].indicators[0].measures![1].values[2] = null));
    const { sheets } = buildWorkbook([partial], 'document');
    const ref = operations(sheets).actuals[2].ref;
    expect(editsAt(recompute(sheets).edits, ref)).toEqual([]);
    const measured = check(buildWorkbook([MEASURED], 'document').sheets);
    const result = check(sheets);
    expect(t4Findings(result.findings)).toEqual([]);
    expect(result.checked.relations).toBe(measured.checked.relations);
  });

  it('writes nothing where the 지표명 is ambiguous: two departments have the indicator', () => {
    const other = variant(MEASURED_BLANK_ACTUAL, (p) => void (p.department = '세무과'));
    const { sheets } = buildWorkbook([MEASURED_BLANK_ACTUAL, other], 'document');
    const plan = readPlan(sheets);
    const blanks = plan.departments.map((d) => d.goals[0].indicators[0].actuals[2].ref);
    const result = recompute(sheets);
    expect(blanks.flatMap((ref) => editsAt(result.edits, ref))).toEqual([]);
    const ambiguous = result.findings.filter((f) => f.rule === 't4.measureData');
    // Each 측정 자료 table names 운영도 and the other three indicators, all shared: one warning per 지표명 cell.
    expect(ambiguous.length).toBeGreaterThan(0);
    expect(ambiguous.every((f) => f.message.en.includes('2 indicators have this name'))).toBe(true);
    expect(t4Findings(result.findings).filter((f) => f.startsWith('t4.actual'))).toEqual([]);
  });
});

describe('a 성과지표별 목표치 설정 sent without its 정책사업목표 현황', () => {
  it('is linked to its 측정 자료 all the same: checked, and its blank 실적 written', () => {
    const { sheets } = buildWorkbook([MEASURED_BLANK_ACTUAL], 'byKind');
    const alone = sheets.filter((s) => s.name === '성과지표' || s.name === '측정자료');
    const { plan, findings } = check(alone);
    expect(plan.departments).toEqual([]);
    expect(plan.tables.filter((t) => t.kind === 'T4M').map((t) => t.department)).toEqual([undefined, undefined]);
    expect(t4Findings(findings)).toEqual(['t4.actual warning']);
    const ref = plan.lone!.indicatorTables[0].indicators[0].actuals[2].ref;
    expect(editsAt(recompute(alone).edits, ref).map((e) => e.value)).toEqual([99.54]);
  });
});

describe('how much the 측정 자료 checked', () => {
  it('each year with every quantity is one relation; a table with none gets plan.unchecked', () => {
    const seedOnly = check(
      buildWorkbook(
        [variant(MEASURED, (p) => p.goals.forEach((g) => g.indicators.forEach((i) => delete i.measures)))],
        'document',
      ).sheets,
    );
    const measured = check(buildWorkbook([MEASURED], 'document').sheets);
    // 운영도 '14 '15, 활용도 '14, 주민정보화교육 '14 '15, 언론매체보도율 '14 '15.
    expect(measured.checked.relations - seedOnly.checked.relations).toBe(7);
    expect(measured.findings.filter((f) => f.rule === 'plan.unchecked')).toEqual([]);
    const halfGiven = variant(MEASURED, (p) => void p.goals[1].indicators[0].measures![1].values.fill(null));
    const { plan, findings } = check(buildWorkbook([halfGiven], 'document').sheets);
    const unchecked = findings.filter((f) => f.rule === 'plan.unchecked');
    expect(unchecked.map((f) => f.ref)).toEqual([tableAt(plan.tables[plan.measures![1].table])]);
    expect(unchecked[0].message.en).toMatch(/^Measurement data table: none of its relations could be checked/);
  });
});
