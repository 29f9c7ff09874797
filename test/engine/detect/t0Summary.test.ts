import { detectTables } from '../../../src/engine/detect/detectTables';
import type { SummaryRow } from '../../../src/engine/model/plan';
import { summarySheet } from '../../fixtures/build/t0';
import type { Variation } from '../../fixtures/build';
import { CITY_SUMMARY } from '../../fixtures/summary';
import { sheetOf } from './grid';

const figures = (r: SummaryRow) =>
  [r.strategic, r.goals, r.indicators, r.units, r.budget, r.prevBudget, r.change].map((c) => c.value);

describe('T0 성과계획 총괄표', () => {
  test.each<[string, Partial<Variation>]>([
    ['merged, three header rows', { merged: true }],
    ['unmerged', { merged: false }],
    ['labels with line breaks, at an offset', { headerStyle: 'lineBreaks', rowOffset: 3, colOffset: 2 }],
    ['numbers as text with △', { numberStyle: 'triangleText' }],
  ])('%s: every column, 계 apart, no other table read from its header', (_name, variation) => {
    const detection = detectTables([summarySheet(CITY_SUMMARY, variation)]);
    expect(detection.tables).toEqual([]);
    expect(detection.summaries).toHaveLength(1);
    const t = detection.summaries[0];
    expect(t.info.unread).toEqual([]);
    expect(t.info.unit?.name).toBe('백만원');
    expect(t.total?.name.text).toBe('계');
    expect(figures(t.total!)).toEqual([8, 14, 33, 40, 49_435, 46_602, 2_833]);
    expect(t.rows.map((r) => r.name.text)).toEqual(['기획조정실', '자치행정국', '경제일자리실', '복지건강국']);
    expect(t.rows.map(figures)).toEqual([
      [2, 4, 9, 11, 12_346, 10_000, 2_345],
      [3, 3, 7, 8, 8_200, 7_101, 1_100],
      [1, 2, 5, 6, 5_432, 5_500, -68],
      [2, 5, 12, 15, 23_457, 24_000, -544],
    ]);
    const top = (variation.rowOffset ?? 0) + 2;
    const left = variation.colOffset ?? 0;
    expect(t.info.range).toEqual({ top, left, bottom: top + 7, right: left + 7 });
  });

  it('reads a two-row header whose second row names 정책사업목표 개수 and 지표수 in full', () => {
    const sheet = sheetOf([
      ['실국명', '성과계획', null, null, null, '예산액'],
      [null, '전략목표수', '정책사업목표 개수', '정책사업목표 지표수', '단위사업수', '예산액', '전년도예산액', '비교증감'],
      ['계', 3, 5, 11, 14, 300, 250, 50],
      ['총무국', 1, 2, 4, 6, 100, 100, 0],
      ['안전국', 2, 3, 7, 8, 200, 150, 50],
    ]);
    const [t] = detectTables([sheet]).summaries;
    expect(t.info.unread).toEqual([]);
    expect(figures(t.total!)).toEqual([3, 5, 11, 14, 300, 250, 50]);
    expect(t.rows.map((r) => r.name.text)).toEqual(['총무국', '안전국']);
  });

  it('says which columns a header lacks', () => {
    const sheet = sheetOf([
      ['실국명', '성과계획', null, '예산액'],
      [null, '전략목표수', '단위사업수', '예산액'],
      ['계', 1, 2, 3],
    ]);
    const [t] = detectTables([sheet]).summaries;
    expect(t.info.unread.map((u) => u.ko)).toEqual([
      "'정책사업목표 개수' 열을 찾을 수 없습니다",
      "'정책사업목표 지표수' 열을 찾을 수 없습니다",
      "'전년도예산액' 열을 찾을 수 없습니다",
      "'비교증감' 열을 찾을 수 없습니다",
    ]);
  });
});
