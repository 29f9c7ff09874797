import { detectTables } from '../../../src/engine/detect/detectTables';
import type { Detected } from '../../../src/engine/detect/detected';
import { type GridCell, sheetOf } from './grid';

const m = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
const body: GridCell[][] = [
  ['계', 1723, 100, 1804, 100, '△81', '△4.50%'],
  ['정책사업', 1499, 86.97, 1622, 89.9, -123, -7.6],
  ['  인력운영비', 154, 8.96, 105, 5.82, 49, 46.92],
];

const t3 = (rows: GridCell[][], merges = [] as ReturnType<typeof m>[]) =>
  detectTables([sheetOf(rows, { merges })]).tables[0] as Extract<Detected, { kind: 'T3' }>;

describe('T3: two columns headed 구성비 are mapped by position in their groups', () => {
  const layouts: [string, GridCell[][], ReturnType<typeof m>[]][] = [
    ['one header row', [['구분', '예산액', '구성비', '전년도예산액', '구성비', '비교증감', '증감률'], ...body], []],
    [
      'merged groups over 구성비',
      [['구분', '예산액', null, '전년도예산액', null, '비교증감', '증감률'], [null, null, '구성비', null, '구성비'], ...body],
      [m(0, 0, 1, 0), m(0, 1, 0, 2), m(0, 3, 0, 4), m(0, 5, 1, 5), m(0, 6, 1, 6)],
    ],
    [
      'groups not merged',
      [['구분', '예산액', null, '전년도예산액', null, '비교증감', '증감률'], [null, null, '구성비', null, '구성비'], ...body],
      [],
    ],
  ];
  test.each(layouts)('%s', (_name, rows, merges) => {
    const t = t3(rows, merges);
    const total = t.rows.계!;
    expect(
      [total.budget, total.share, total.prevBudget, total.prevShare, total.change, total.rate].map((c) => c.ref.col),
    ).toEqual([1, 2, 3, 4, 5, 6]);
    expect(total.change.value).toBe(-81);
    expect(total.rate.value).toBe(-4.5);
    expect(t.rows.인력운영비!.share.value).toBe(8.96);
    expect(t.info.unread).toEqual([]);
  });

  test('an unknown row label is reported, not guessed', () => {
    const t = t3([
      ['구분', '예산액', '구성비', '전년도예산액', '구성비', '비교증감', '증감률'],
      ['기타경비', 1, 1, 1, 1, 0, 0],
    ]);
    expect(t.rows).toEqual({});
    expect(t.info.unread.map((u) => u.en)).toEqual(["'기타경비' is not a row of the budget table"]);
  });
});
