import { detectTables } from '../../../src/engine/detect/detectTables';
import type { Detected } from '../../../src/engine/detect/detected';
import { sheetOf, type GridCell } from './grid';

const header: GridCell[][] = [
  ['부서명', '정원', null, null, null, '현원', '계단위 직제명'],
  [null, '계', '4급이상', '5급', '6급이하'],
];
const body: GridCell[][] = [
  ['계', 17, 0, 1, 16, 17],
  ['정보홍보실', 17, 0, 1, 16, 17, '정보기획담당, 홍보담당'],
];
const merges = [
  { top: 0, left: 0, bottom: 1, right: 0 },
  { top: 0, left: 1, bottom: 0, right: 4 },
  { top: 0, left: 5, bottom: 1, right: 5 },
  { top: 0, left: 6, bottom: 1, right: 6 },
];

describe('T2: 정원 over 계/4급이상/5급/6급이하', () => {
  test.each([
    ['merged', merges],
    ['not merged', []],
  ])('%s', (_name, ms) => {
    const t = detectTables([sheetOf([...header, ...body], { merges: ms })]).tables[0] as Extract<Detected, { kind: 'T2' }>;
    expect(t.total?.name.text).toBe('계');
    expect(t.rows.map((r) => r.name.text)).toEqual(['정보홍보실']);
    const row = t.rows[0];
    expect([row.quota, row.grade4, row.grade5, row.grade6, row.current].map((c) => c.value)).toEqual([17, 0, 1, 16, 17]);
    expect(row.teams?.text).toBe('정보기획담당, 홍보담당');
    expect(t.total?.teams).toBeUndefined();
    // Counts are exact: no rounding interval around them.
    expect(row.quota.interval!.hi - row.quota.interval!.lo).toBeLessThan(1e-6);
    expect(t.info.range).toEqual({ top: 0, left: 0, bottom: 3, right: 6 });
  });
});
