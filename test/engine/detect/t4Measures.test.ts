import fc from 'fast-check';
import { check } from '../../../src/engine';
import { detectTables } from '../../../src/engine/detect/detectTables';
import type { DetectedMeasures } from '../../../src/engine/detect/t4Measures';
import { buildWorkbook, variationArb, type Layout } from '../../fixtures/build';
import { MEASURED } from '../../fixtures/measured';
import { sheetOf, type GridCell } from './grid';

const measures = (rows: GridCell[][], merges: { top: number; left: number; bottom: number; right: number }[] = []) =>
  detectTables([sheetOf(rows, { merges })]).measures;

const only = (rows: GridCell[][], merges: { top: number; left: number; bottom: number; right: number }[] = []) => {
  const found = measures(rows, merges);
  expect(found).toHaveLength(1);
  return found[0];
};

/** Each row as [지표명, 항목, values…] the way the model reads it. */
const rowsOf = (t: DetectedMeasures) => t.rows.map((r) => [r.indicator.text, r.item.text, ...r.values.map((v) => v.value)]);

describe('T4M 측정 자료: found by its header', () => {
  test('지표명 | 항목 | years, the name merged over its quantities, a blank value read as not given', () => {
    const t = only(
      [
        ['지표명', '항목', "'14", "'15", "'16"],
        ['행정정보시스템 운영도', '가동시간', 8760, 8760],
        [null, '중단시간', 60, 50],
        ['언론매체보도율', '보도건수', 270, 273, 280],
      ],
      [{ top: 1, left: 0, bottom: 2, right: 0 }],
    );
    expect(t.years).toEqual([2014, 2015, 2016]);
    expect(rowsOf(t)).toEqual([
      ['행정정보시스템 운영도', '가동시간', 8760, 8760, null],
      ['행정정보시스템 운영도', '중단시간', 60, 50, null],
      ['언론매체보도율', '보도건수', 270, 273, 280],
    ]);
    expect(t.info.range).toEqual({ top: 0, left: 0, bottom: 3, right: 4 });
    expect(t.info.unread).toEqual([]);
  });

  test("성과지표 | 측정항목 | 단위 | '23년 실적 …: a count unit makes the figures exact", () => {
    const t = only([
      ['성과지표', '측정항목', '단위', "'23년 실적", "'24년 실적"],
      ['참여율 (%)', '참여자 수', '명', 45, 52],
      [null, '모집 인원', '명', 50, 60],
      [null, '운영 시간', '시간', 120.5, 130],
    ]);
    expect(t.years).toEqual([2023, 2024]);
    const [people, , hours] = t.rows;
    expect(people.values[0].interval!.hi - people.values[0].interval!.lo).toBeLessThan(1e-6);
    expect(hours.values[0].interval!.hi - hours.values[0].interval!.lo).toBeCloseTo(0.1, 5);
  });

  test('two header rows: 실적 merged over the years', () => {
    const t = only(
      [
        ['지표명', '항목', '실적', null],
        [null, null, 2023, 2024],
        ['참여율', '참여자 수', 45, 52],
      ],
      [{ top: 0, left: 2, bottom: 0, right: 3 }],
    );
    expect(t.years).toEqual([2023, 2024]);
    expect(rowsOf(t)).toEqual([['참여율', '참여자 수', 45, 52]]);
    expect(t.info.range.top).toBe(0);
  });

  test('구분 names the quantities under a 측정 자료 title, and only there', () => {
    const rows: GridCell[][] = [
      ['지표명', '구분', '2023', '2024'],
      ['참여율', '참여자 수', 45, 52],
    ];
    expect(measures(rows)).toEqual([]);
    const t = only([['< 측정 자료 >'], ...rows]);
    expect(t.info.title).toEqual({ sheet: 'Sheet1', row: 0, col: 0 });
    expect(rowsOf(t)).toEqual([['참여율', '참여자 수', 45, 52]]);
  });

  test.each([
    ['a T4 (가중치 in the header)', ['성과지표', '항목', '가중치', '2023']],
    ['no year column', ['지표명', '항목', '값', '비고']],
    ['목표 columns only', ['지표명', '항목', "'23목표", "'24목표"]],
  ])('no 측정 자료: %s', (_what, header) => {
    expect(measures([header, ['참여율', '참여자 수', 1, 2]])).toEqual([]);
  });

  test('a figure like a year in the first body row makes no year column', () => {
    expect(
      measures([
        ['지표명', '항목', '값'],
        ['참여율', '참여자 수', 2023],
      ]),
    ).toEqual([]);
  });

  test('a row without 항목 is unread, never a quantity', () => {
    const t = only([
      ['지표명', '항목', '2023'],
      ['참여율', '참여자 수', 45],
      ['참여율', null, 50],
    ]);
    expect(t.rows).toHaveLength(1);
    expect(t.info.unread.map((u) => [u.ref.row, u.ref.col, u.en])).toEqual([[2, 1, 'a row without a quantity name']]);
  });
});

describe('T4M in the layouts the fixture builder writes', () => {
  const t4ms = (layout: Layout, variation = {}) => {
    const built = buildWorkbook([MEASURED], layout, variation);
    const found = check(built.sheets).plan.tables.filter((t) => t.kind === 'T4M');
    const expected = built.tables.filter((t) => t.kind === 'T4M');
    return {
      found: found.map(({ kind, sheet, range, department, goal }) => ({ kind, sheet, range, department, goal })),
      expected,
    };
  };

  test.each(['document', 'byKind', 'messy'] as const)(
    "%s: each goal's 측정 자료 with its range, department and goal",
    (layout) => {
      const { found, expected } = t4ms(layout);
      expect(expected).toHaveLength(2);
      expect(found).toEqual(expected);
    },
  );

  test('any variation of the document layout', () => {
    fc.assert(
      fc.property(variationArb, (variation) => {
        const { found, expected } = t4ms('document', variation);
        expect(found).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });
});
