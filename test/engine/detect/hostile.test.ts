import { detectTables } from '../../../src/engine/detect/detectTables';
import { readPlan } from '../../../src/engine/read/readPlan';
import { sheetOf, type GridCell } from './grid';

/** Hostile grids: nothing throws, nothing is made up. */
describe('hostile grids', () => {
  const cases: [string, GridCell[][], string[]][] = [
    ['an empty sheet', [], []],
    ['a lone title without a table', [['< 정책사업목표 현황 >'], ['(단위:개, 백만원)']], []],
    ['a header with no body', [['정책사업목표', '성과지표수', '단위사업수', '예산액']], ['T1']],
    ['a caption-like word', [['단위사업'], ['정보보안관리']], []],
    ['a T6 label cut short', [['사업명', 'x'], ['사업내용']], ['T6']],
  ];
  test.each(cases)('%s', (_name, rows, kinds) => {
    const plan = readPlan([sheetOf(rows)]);
    expect(plan.tables.map((t) => t.kind)).toEqual(kinds);
  });

  test('a header with no body gives a department with no goals', () => {
    const plan = readPlan([sheetOf([['정책사업목표', '성과지표수', '단위사업수', '예산액']])]);
    expect(plan.departments.map((d) => [d.name, d.goals.length, d.linked])).toEqual([['부서 1', 0, true]]);
  });

  test('merged chaos: overlapping and huge merges over a header', () => {
    const rows: GridCell[][] = [
      ['사업명', '회계구분', "'15예산", "'16예산", '비고(세부사업수)'],
      ['정보보안관리', '일반회계', 136, 66, 1],
    ];
    const merges = [
      { top: 0, left: 0, bottom: 5, right: 3 },
      { top: 0, left: 2, bottom: 0, right: 16383 },
      { top: 1, left: 1, bottom: 1, right: 1 },
    ];
    expect(() => readPlan([sheetOf(rows, { merges })])).not.toThrow();
  });

  test('a sheet whose every column is hidden still reads', () => {
    const sheet = sheetOf(
      [
        ['정책사업목표', '성과지표수', '단위사업수', '예산액'],
        ['가', 1, 1, 1],
      ],
      { hiddenCols: [1, 2, 3] },
    );
    const [t] = detectTables([sheet]).tables;
    expect(t.info.unread.map((u) => u.en)).toEqual([
      "no '성과지표수' column in the header",
      "no '단위사업수' column in the header",
      "no '예산액' column in the header",
    ]);
  });

  test('a T5 with words in every number cell reports each cell and links nothing', () => {
    const rows: GridCell[][] = [
      ['정책사업목표', '성과지표수', '단위사업수', '예산액'],
      ['가', 1, 1, 50],
      [],
      ['사업명', '회계구분', "'15예산", "'16예산", '비고(세부사업수)'],
      ['나', '일반회계', '미정', '별도', '하나'],
      ['다', null, '미정', '별도'],
    ];
    const plan = readPlan([sheetOf(rows)]);
    const t5 = plan.tables.find((t) => t.kind === 'T5')!;
    expect(t5.unread.map((u) => u.ko)).toEqual([
      "'미정'은 숫자가 아닙니다",
      "'별도'는 숫자가 아닙니다",
      "'하나'는 숫자가 아닙니다",
      "'미정'은 숫자가 아닙니다",
      "'별도'는 숫자가 아닙니다",
    ]);
    expect(plan.departments[0].unitProjects[0].totals.map((c) => c.value)).toEqual([null, null]);
  });
});
