import { detectTables } from '../../../src/engine/detect/detectTables';
import type { Detected } from '../../../src/engine/detect/detected';
import { indicatorUnit } from '../../../src/engine/detect/t4Indicators';
import { sheetOf, type GridCell } from './grid';

const t4 = (rows: GridCell[][], merges: { top: number; left: number; bottom: number; right: number }[] = []) =>
  detectTables([sheetOf(rows, { merges })]).tables[0] as Extract<Detected, { kind: 'T4' }>;

describe('T4: 목표 and 실적 rows over any number of year columns', () => {
  const twoRowHeader: GridCell[][] = [
    ['성과지표(단위)', '지표 유형', '가중치', '실적 및 목표치', null, null, null, '측정산식 또는 측정방법', '자료수집 방법/출처'],
    [null, null, null, '구분', "'14", "'15", "'16"],
  ];
  const body: GridCell[][] = [
    ['언론매체보도율(%)', '핵심', 50, '목표', 90, 91, 91, '(보도건수/자료제공건수)*100', '내부보고자료'],
    [null, null, null, '실적', 90, 91],
    ['방송사 기사 점유도(건)', '핵심', 50, '목표', 17, 25, 27, '서구방송보도건수', '내부보고자료'],
    [null, null, null, '실적', 17, '미정'],
  ];

  test('a merged group header over 구분 and three years', () => {
    const t = t4([...twoRowHeader, ...body], [{ top: 0, left: 3, bottom: 0, right: 6 }]);
    expect(t.indicators.map((i) => [i.name.text, i.unit, i.type.text, i.weight.value, i.targetRow, i.actualRow])).toEqual([
      ['언론매체보도율(%)', '%', '핵심', 50, 2, 3],
      ['방송사 기사 점유도(건)', '건', '핵심', 50, 4, 5],
    ]);
    const first = t.indicators[0];
    expect(first.years).toEqual([2014, 2015, 2016]);
    expect(first.targets.map((c) => c.value)).toEqual([90, 91, 91]);
    // A year without an actual yet is nothing, not 0.
    expect(first.actuals.map((c) => c.value)).toEqual([90, 91, null]);
    expect(first.formula?.text).toBe('(보도건수/자료제공건수)*100');
    expect(first.source?.text).toBe('내부보고자료');
    expect(t.info.unread.map((u) => [u.ref.row, u.ref.col, u.ko])).toEqual([[5, 5, "'미정'은 숫자가 아닙니다"]]);
  });

  test('one header row with 2014-style years held as numbers, five of them', () => {
    const header = ['성과지표(단위)', '지표유형', '가중치', '구분', 2014, 2015, 2016, 2017, 2018];
    const t = t4([header, ['운영도 (%)', '일반', 100, '목표', 1, 2, 3, 4, 5], [null, null, null, '실적', 1, 2]]);
    expect(t.indicators[0].years).toEqual([2014, 2015, 2016, 2017, 2018]);
    expect(t.indicators[0].targets.map((c) => c.value)).toEqual([1, 2, 3, 4, 5]);
  });

  test('an indicator without its 실적 row keeps actualRow null', () => {
    const t = t4([...twoRowHeader, body[0]]);
    expect(t.indicators[0].actualRow).toBeNull();
    expect(t.indicators[0].actuals).toEqual([]);
  });
});

test.each([
  ['행정정보시스템 운영도 (%)', '%'],
  ['기획홍보실적(건)', '건'],
  ['주민 만족도', ''],
])('indicatorUnit(%j) is %j', (name, unit) => expect(indicatorUnit(name)).toBe(unit));

test('a name copied down into the 실적 row is still one indicator', () => {
  const header = ['성과지표(단위)', '지표유형', '가중치', '구분', "'14", "'15"];
  const t = t4([header, ['운영도 (%)', '일반', 100, '목표', 1, 2], ['운영도 (%)', '일반', 100, '실적', 1, 2]]);
  expect(t.indicators.map((i) => [i.targetRow, i.actualRow])).toEqual([[1, 2]]);
});
