import { rangeA1 } from '../../../src/engine/grid/a1';
import { detectTables } from '../../../src/engine/detect/detectTables';
import { offset, sheetOf, type GridCell } from './grid';

const kinds = (rows: GridCell[][]) => detectTables([sheetOf(rows)]).tables.map((t) => t.kind);

describe('header recognition', () => {
  // valid: each header row names its table, whatever the spacing, width of parentheses or line breaks
  const valid: [string, GridCell[], string][] = [
    ['T1', ['정책사업목표', '성과 지표수', '단위 사업수', '예산액'], 'spaces inside labels'],
    ['T1', ['정책사업목표', '성과지표수', '단위사업수', '예산액'], 'no spaces'],
    ['T1', ['정책사업\n목표 ', '성과\n지표수', '단위사업수 ', '예산액'], 'line breaks and trailing spaces'],
    ['T2', ['부서명', '정원', null, null, null, '현원', '계단위 직제명'], 'group header'],
    ['T3', ['구분', '예산액', '구성비', '전년도예산액', '구성비', '비교증감', '증감률'], 'one header row'],
    ['T4', ['성과지표（단위）', '지표 유형', '가중치', '구분', "'14"], 'full-width parentheses'],
    ['T5', ['사업명', '회계구분', "'14결산", "'15예산", "'16예산", '비고 (세부사업수)'], 'as printed'],
  ];
  test.each(valid)('%s: %s', (kind, header, _why) => expect(kinds([header])).toEqual([kind]));

  // invalid: lone labels, a 정책사업목표 heading line, prose
  const invalid: [GridCell[], string][] = [
    [['정책사업목표'], 'a heading line'],
    [['정책사업목표', '열린행정 구현으로 참여자치를 실현한다'], 'a heading with its goal'],
    [['구분', '내용'], '구분 without budget columns'],
    [['구분', '예산액', '전년도예산액', '증감률'], '구분 and budget columns without anything only a 예산현황 has'],
    [['사업명', '정보보안관리'], 'T6 사업명 without 사업내용 below'],
    [['성과지표수', '단위사업수'], 'T1 labels without the first column'],
    [
      ['정책사업목표', '기준연도', '성과지표', '방향', '가중치', '목표', '실적', '달성률', '달성도'],
      '성과지표 달성도 현황: 목표 and 실적 as columns',
    ],
    [['성과지표 (단위)', '가중치', '목표치', '실적치', '달성률'], '목표치 and 실적치 as columns'],
  ];
  test.each(invalid)('no table: %j (%s)', (header) => expect(kinds([header])).toEqual([]));

  describe('T3 needs what only a 예산현황 has: 구성비, its title or its own rows', () => {
    const header: GridCell[] = ['구분', '예산액', '전년도예산액', '증감률'];
    const has: [string, GridCell[][]][] = [
      ['구성비 in the header', [['구분', '예산액', '구성비', '전년도예산액', '증감률']]],
      ['구성비 in a second header row', [header, [null, null, '구성비']]],
      ['its title', [['< 예산현황 >'], header]],
      ['its rows', [header, ['계', 3, 2, 50], ['정책사업', 2, 1, 100]]],
      ['its rows under a merged 구분', [header, [null, null, null, null], ['  - 인력운영비', 1, 1, 0]]],
    ];
    test.each(has)('T3 by %s', (_why, rows) => expect(kinds(rows)).toEqual(['T3']));

    const stray: [string, GridCell[][]][] = [
      [
        '회계별 세출 under another title',
        [['2026년도 회계별 세출 비교'], header, ['일반회계', 512345, 498765, 2.72], ['특별회계', 23456, 25678, -8.65]],
      ],
      ['a 계 row alone', [header, ['일반회계', 1, 1, 0], ['계', 1, 1, 0]]],
      ['budget rows after a blank row belong to another table', [header, ['일반회계', 1, 1, 0], [], ['정책사업', 1, 1, 0]]],
    ];
    test.each(stray)('no table: %s', (_why, rows) => expect(kinds(rows)).toEqual([]));
  });

  test('T6 is 사업명 with 사업내용 under it', () => {
    expect(
      kinds([
        ['사업명', '구정홍보추진'],
        ['사업내용', '간담회 운영'],
        ['사업기간', '2016 ~ 2020'],
      ]),
    ).toEqual(['T6']);
  });
});

describe('table boundaries', () => {
  const t1 = [
    ['< 정책사업목표 현황 >'],
    [null, null, null, '(단위:개, 백만원)'],
    ['정책사업목표', '성과 지표수', '단위 사업수', '예산액'],
    ['목표 가', 3, 3, 1104],
    ['목표 나', 3, 1, 395],
  ];

  test('a 합계 row under T1 is no goal', () => {
    const [t] = detectTables([sheetOf([...t1, ['합계', 6, 4, 1499]])]).tables;
    expect(t.kind === 'T1' && t.goals.map((g) => g.name.text)).toEqual(['목표 가', '목표 나']);
    expect(rangeA1(t.info.range)).toBe('A3:D6');
  });

  test('a body runs until a blank row, whatever the stated counts say', () => {
    const [t] = detectTables([sheetOf([...t1, [], ['주석', 1, 2, 3]])]).tables;
    expect(rangeA1(t.info.range)).toBe('A3:D5');
  });

  test('a body stops at the next title, caption or header even without a blank row', () => {
    const rows = [
      ...t1,
      ['< 예산현황 >'],
      ['구분', '예산액', '구성비', '전년도예산액', '구성비', '비교증감', '증감률'],
      ['계', 1, 100, 1, 100, 0, 0],
    ];
    const tables = detectTables([sheetOf(rows)]).tables;
    expect(tables.map((t) => [t.kind, rangeA1(t.info.range)])).toEqual([
      ['T1', 'A3:D5'],
      ['T3', 'A7:G8'],
    ]);
  });

  test('side by side with rows offset, a body ends only at what is in its own columns', () => {
    // The right table's title, caption and header sit on the left table's body rows.
    const beside = (left: GridCell[], right: GridCell[]): GridCell[] => [
      ...left,
      ...Array(4 - left.length).fill(null),
      null,
      ...right,
    ];
    const goal = (name: string) => [name, 1, 1, 10];
    const rows = [
      beside(['< 정책사업목표 현황 >'], []),
      beside([null, null, null, '(단위:개, 백만원)'], []),
      beside(['정책사업목표', '성과지표수', '단위사업수', '예산액'], []),
      beside(goal('가'), ['< 정책사업목표 현황 >']),
      beside(goal('나'), [null, null, null, '(단위:개, 백만원)']),
      beside(goal('다'), ['정책사업목표', '성과지표수', '단위사업수', '예산액']),
      beside([], goal('라')),
      beside([], goal('마')),
    ];
    const tables = detectTables([sheetOf(rows)]).tables;
    expect(tables.map((t) => [rangeA1(t.info.range), t.kind === 'T1' && t.goals.map((g) => g.name.text)])).toEqual([
      ['A3:D6', ['가', '나', '다']],
      ['F6:I8', ['라', '마']],
    ]);
  });

  test('at an odd offset the range, title and caption move with the table', () => {
    const [t] = detectTables([sheetOf(offset(t1, 7, 3))]).tables;
    expect(rangeA1(t.info.range)).toBe('D10:G12');
    expect(t.info.title).toEqual({ sheet: 'Sheet1', row: 7, col: 3 });
    expect(t.info.unit).toEqual({ name: '백만원', factor: 1e6 });
  });

  test('a table without a caption has no unit and inherits none', () => {
    const rows = [...t1, [], ['정책사업목표', '성과지표수', '단위사업수', '예산액'], ['목표 다', 1, 1, 5]];
    const tables = detectTables([sheetOf(rows)]).tables;
    expect(tables.map((t) => t.info.unit?.name)).toEqual(['백만원', undefined]);
  });

  test('the caption may sit left of the table', () => {
    const [t] = detectTables([sheetOf([['(단위 : 명)'], ['부서명', '정원', '현원'], ['계', 17, 17]])]).tables;
    expect(t.info.unit).toEqual({ name: '명', factor: 1 });
  });

  test('an unmerged two-row header repeating its labels in both rows is one table, read whole', () => {
    const rows: GridCell[][] = [
      ['(단위 : 명)'],
      ['부서명', '정원', '정원', '정원', '정원', '현원', '계단위 직제명'],
      ['부서명', '계', '4급이상', '5급', '6급이하', '현원', '계단위 직제명'],
      ['계', 17, 1, 3, 13, 17, ''],
      ['정보홍보실', 17, 1, 3, 13, 17, '정보화팀 외 2'],
    ];
    const tables = detectTables([sheetOf(rows)]).tables;
    expect(tables.map((t) => [t.kind, rangeA1(t.info.range), t.info.unread.length])).toEqual([['T2', 'A2:G5', 0]]);
  });
});
