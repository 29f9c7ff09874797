import { readPlan } from '../../../src/engine/read/readPlan';
import { actualChecks, measuredIndicators } from '../../../src/engine/relations/t4Actual';
import { sheetOf, type GridCell } from '../detect/grid';

/** A 성과지표별 목표치 설정 of one indicator and its 측정 자료 below, as a user might type them on one sheet. */
function plan(measureRows: GridCell[][], formula = '(참여자 수 / 모집 인원) × 100') {
  const rows: GridCell[][] = [
    ['성과지표(단위)', '지표 유형', '가중치', '구분', 2023, 2024, '측정산식 또는 측정방법'],
    ['교육 참여율 (%)', '핵심', 100, '목표', 90, 92, formula],
    [null, null, null, '실적', 90, null],
    [],
    ['지표명', '항목', '단위', 2023, 2024],
    ...measureRows,
  ];
  return readPlan([sheetOf(rows)]);
}

describe('measuredIndicators: 항목 to the quantities of the 측정산식', () => {
  it('matches names whatever their spacing, the unit in parentheses ignored', () => {
    const { measured, problems } = measuredIndicators(
      plan([
        ['교육참여율', '참여자수(명)', '명', 45, 46],
        [null, '모집  인원', '명', 50, 50],
      ]),
    );
    expect(problems).toEqual([]);
    expect(measured.map((m) => [...m.quantities.keys()])).toEqual([['참여자 수', '모집 인원']]);
    const checks = actualChecks(measured);
    expect(checks.map((c) => [c.year, c.outcome.kind, 'naive' in c.outcome ? c.outcome.naive : null])).toEqual([
      [0, 'ok', 90],
      [1, 'blank', 92],
    ]);
  });

  it('reports an 항목 the formula does not name, and a quantity given twice, using neither row', () => {
    const { measured, problems } = measuredIndicators(
      plan([
        ['교육 참여율', '참여자 수', '명', 45, 46],
        [null, '참여자 수', '명', 44, 46],
        [null, '모집 인원', '명', 50, 50],
        [null, '수료자 수', '명', 40, 41],
      ]),
    );
    expect(problems.map((p) => [p.kind, p.row.item.text])).toEqual([
      ['twice', '참여자 수'],
      ['notInFormula', '수료자 수'],
    ]);
    expect([...measured[0].quantities.keys()]).toEqual(['모집 인원']);
    expect(actualChecks(measured)).toEqual([]);
  });

  it('reports a 측정산식 that does not parse, and checks nothing', () => {
    const { measured, problems } = measuredIndicators(
      plan([['교육 참여율', '참여자 수', '명', 45, 46]], '(참여자 수 / 모집 인원 × 100'),
    );
    expect(measured).toEqual([]);
    expect(problems.map((p) => p.kind)).toEqual(['noFormula']);
  });

  it('leaves a row naming no indicator unlinked', () => {
    const { measured, problems } = measuredIndicators(plan([['교육 만족도', '참여자 수', '명', 45, 46]]));
    expect(measured).toEqual([]);
    expect(problems).toMatchObject([{ kind: 'unlinked', candidates: [] }]);
  });
});
