import { findStrategicLines } from '../../../src/engine/detect/strategicLines';
import { indexSheet } from '../../../src/engine/detect/sheetIndex';
import { readPlan } from '../../../src/engine/read/readPlan';
import { buildWorkbook, variant } from '../../fixtures/build';
import { TAX, WELFARE } from '../../fixtures/invented';
import { sheetOf, type GridCell } from './grid';

const linesOf = (rows: GridCell[][]) => findStrategicLines(indexSheet(sheetOf(rows), 0)).map((m) => m.text);

describe('전략목표 lines', () => {
  it('reads the goal a line names, in its own cell or the next', () => {
    expect(
      linesOf([
        ['전략목표', '안전한 도시'],
        ['[전략목표] 살기 좋은 도시'],
        ['전략목표 2 : 일하는 행정'],
        [null, '전략목표Ⅲ', '', '함께하는 복지'],
      ]),
    ).toEqual(['안전한 도시', '살기 좋은 도시', '일하는 행정', '함께하는 복지']);
  });

  it('a 총괄표 header, a heading and a label naming nothing are no line', () => {
    expect(linesOf([['전략목표수', 3], ['전략목표별 성과계획 추진계획'], ['# 전략목표별 성과계획'], ['전략목표']])).toEqual([]);
  });

  it('a department counts the distinct goals of the lines above its T1, after the previous department', () => {
    const twoGoals = variant(TAX, (p) => (p.strategicGoal = '공정한 세정'));
    const sheets = buildWorkbook([twoGoals, WELFARE], 'document').sheets;
    // A second, different 전략목표 line at the top of 세무과's sheet, and 복지 with its one line.
    sheets[0] = { ...sheets[0], rows: [[{ value: '전략목표' }, { value: '투명한 재정' }], ...sheets[0].rows] };
    const plan = readPlan(sheets);
    expect(plan.departments.map((d) => [d.name, d.strategicGoals])).toEqual([
      [TAX.department, 2],
      [WELFARE.department, 1],
    ]);
  });
});
