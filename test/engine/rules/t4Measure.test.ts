import { check } from '../../../src/engine';
import { refA1 } from '../../../src/engine/edge';
import { buildWorkbook, variant, type Layout } from '../../fixtures/build';
import { SEED } from '../../fixtures/seed';

/** The seed with its first indicator's 측정산식 replaced, checked in a layout; only the t4.measure findings. */
function measureFindings(formula: string, layout: Layout) {
  const plan = variant(SEED, (p) => {
    p.goals[0].indicators[0].formula = formula;
  });
  return check(buildWorkbook([plan], layout).sheets).findings.filter((f) => f.rule === 't4.measure');
}

describe.each<Layout>(['document', 'byKind'])('t4.measure (%s layout)', (layout) => {
  it.each([
    '(가동시간-중단시간)/가동시간*100',
    '(교육 참석률 × 0.5) + (교육자 만족도 × 0.5)',
    '서구방송보도건수',
    '기획홍보건수(언론매체 인터뷰, 기고, 축사 등)',
  ])('valid: %s', (formula) => {
    expect(measureFindings(formula, layout)).toEqual([]);
  });

  it.each([
    ['(가동시간-중단시간/가동시간*100', 'unclosed parenthesis', 0],
    ['(가동시간-중단시간)/', 'ends after an operator: the offset is the end', 12],
    ['100/3', 'no measured quantity', undefined],
  ])('invalid: %s (%s)', (formula, _why, offset) => {
    const found = measureFindings(formula, layout);
    expect(found.map((f) => [f.severity, f.offset])).toEqual([['warning', offset]]);
    expect(found[0].stated).toBe(formula);
  });

  it('points at the 측정산식 cell of the indicator', () => {
    const [finding] = measureFindings('활용업무수/', layout);
    const { plan } = check(buildWorkbook([SEED], layout).sheets);
    const cell = plan.departments[0].goals[0].indicators[0].formula!.ref;
    expect([finding.ref.sheet, refA1(finding.ref)]).toEqual([cell.sheet, refA1(cell)]);
  });
});
