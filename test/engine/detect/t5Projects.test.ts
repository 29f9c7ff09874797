import { detectTables } from '../../../src/engine/detect/detectTables';
import type { Detected } from '../../../src/engine/detect/detected';
import { sheetOf, type GridCell } from './grid';

type T5 = Extract<Detected, { kind: 'T5' }>;
const header: GridCell[] = ['사업명', '회계구분', "'14결산", "'15예산", "'16예산", '비고 (세부사업수)'];

describe('T5: the 단위사업 row, then its 세부사업', () => {
  test('columns, totals, count and details', () => {
    const rows: GridCell[][] = [
      ['(단위:개, 천원)'],
      header,
      ['구정홍보 활동 강화', '일반회계', 257000, 327000, 395000, 2],
      ['구정홍보추진', null, 173000, 168000, 225000],
      ['구정소식지 발행', null, 84000, 158000, 169000],
    ];
    const t = detectTables([sheetOf(rows)]).tables[0] as T5;
    const p = t.project!;
    expect(p.name.text).toBe('구정홍보 활동 강화');
    expect(p.account?.text).toBe('일반회계');
    expect(p.columns.map((c) => [c.year, c.kind, c.header.text])).toEqual([
      [2014, '결산', "'14결산"],
      [2015, '예산', "'15예산"],
      [2016, '예산', "'16예산"],
    ]);
    expect(p.totals.map((c) => c.value)).toEqual([257000, 327000, 395000]);
    expect(p.detailCount.value).toBe(2);
    expect(p.details.map((d) => [d.name.text, ...d.amounts.map((a) => a.value)])).toEqual([
      ['구정홍보추진', 173000, 168000, 225000],
      ['구정소식지 발행', 84000, 158000, 169000],
    ]);
    expect(p.unit).toEqual({ name: '천원', factor: 1e3 });
  });

  test('words, errors and uncached formulas in number cells are unread with reasons, never 0', () => {
    const rows: GridCell[][] = [
      header,
      [
        '정보보안관리',
        '일반회계',
        '미정',
        { value: null, error: '#DIV/0!' },
        { value: null, formula: 'SUM(D3:D4)', uncached: true },
        1,
      ],
      ['정보보안 및 개인정보보호 추진', null, '별도', '1,360', '△66'],
    ];
    const t = detectTables([sheetOf(rows)]).tables[0] as T5;
    const p = t.project!;
    expect(p.totals.map((c) => c.value)).toEqual([null, null, null]);
    expect(p.details[0].amounts.map((c) => c.value)).toEqual([null, 1360, -66]);
    expect(t.info.unread.map((u) => [u.ref.row, u.ref.col, u.en])).toEqual([
      [1, 2, "'미정' is not a number"],
      [1, 3, "holds the error '#DIV/0!'"],
      [1, 4, "the formula '=SUM(D3:D4)' has no calculated value"],
      [2, 2, "'별도' is not a number"],
    ]);
    expect(t.info.unread.every((u) => u.ko.length > 0)).toBe(true);
  });

  test('a hidden column and a notes column are no data columns', () => {
    const rows: GridCell[][] = [
      ['사업명', '회계구분', '숨김', "'15예산", "'16예산", '비고(세부사업수)', '비고'],
      ['정보보안관리', '일반회계', 999, 136, 66, 1, '검토 필요'],
      ['정보보안 및 개인정보보호 추진', null, 999, 136, 66, null, '메모'],
    ];
    const t = detectTables([sheetOf(rows, { hiddenCols: [2] })]).tables[0] as T5;
    expect(t.project!.columns.map((c) => c.year)).toEqual([2015, 2016]);
    expect(t.project!.totals.map((c) => c.ref.col)).toEqual([3, 4]);
    expect(t.info.range).toEqual({ top: 0, left: 0, bottom: 2, right: 5 });
  });

  test('a header with no body is a table without a project', () => {
    const t = detectTables([sheetOf([header])]).tables[0] as T5;
    expect(t.project).toBeUndefined();
    expect(t.info.range).toEqual({ top: 0, left: 0, bottom: 0, right: 5 });
  });
});

describe('T5: a body that starts with its 세부사업 (no 단위사업 row)', () => {
  const under = (heading: GridCell[], first: GridCell[]): T5 => {
    const rows: GridCell[][] = [
      heading,
      ['□ 관련 예산사업 내역'],
      header,
      first,
      ['인터넷 홈페이지 운영', null, 38, 242, 17],
      ['정보화마을운영', null, 2, 3, 3],
    ];
    return detectTables([sheetOf(rows)]).tables[0] as T5;
  };
  const detail: GridCell[] = ['주민정보화교육', null, 4, 11, 15];

  test('the heading names another 단위사업, no 세부사업수, no sum: every row is a 세부사업', () => {
    const p = under(['단위사업', '지역정보화 활용 능력 제고'], detail).project!;
    expect(p.noUnitRow).toBe(true);
    expect(p.name.text).toBe('지역정보화 활용 능력 제고');
    expect(p.details.map((d) => d.name.text)).toEqual(['주민정보화교육', '인터넷 홈페이지 운영', '정보화마을운영']);
    expect([...p.totals, p.detailCount].map((c) => [c.reading.kind, c.value])).toEqual(Array(4).fill(['blank', null]));
  });

  const kept: [string, GridCell[], GridCell[]][] = [
    [
      'a wrong total named as the heading (a typo stays an error there)',
      ['단위사업: 지역정보화'],
      ['지역정보화', '일반회계', 99, 245, 20],
    ],
    ['a stated 세부사업수', ['단위사업', '지역정보화'], ['지역정보화 사업', '일반회계', 99, 245, 20, 2]],
    ['a row that adds up under another name', ['단위사업', '지역정보화'], ['정보화 합계', '일반회계', 40, 245, 20]],
    ['no heading', [], ['주민정보화교육', null, 4, 11, 15]],
  ];
  test.each(kept)('the first row stays the total: %s', (_why, heading, first) => {
    expect(under(heading, first).project!.noUnitRow).toBeUndefined();
  });
});
