import { check } from '../../../src/engine';
import type { Sheet } from '../../../src/engine/grid/sheet';

/** A T1 alone: no 소관실국 line and no T2 name the department, and no 단위사업 can be matched to its goals. */
const lone: Sheet = {
  name: '목표',
  rows: [
    [{ value: '< 정책사업목표 현황 >' }],
    [{ value: '(단위 : 개, 백만원)' }],
    [{ value: '정책사업목표' }, { value: '성과지표수' }, { value: '단위사업수' }, { value: '예산액' }],
    [{ value: '살기 좋은 도시를 만든다' }, { value: 2 }, { value: 1 }, { value: 100 }],
  ],
  merges: [],
};

describe('a department the workbook names nowhere', () => {
  test('is 부서 1 in Korean and department 1 in English', () => {
    const { plan, findings } = check([lone]);
    expect(plan.departments.map((d) => [d.name, d.unnamed])).toEqual([['부서 1', 1]]);
    const unresolved = findings.find((f) => f.rule === 'link.unresolved')!;
    expect(unresolved.message.ko).toContain('(부서 1)');
    expect(unresolved.message.en).toContain('(department 1)');
    expect(unresolved.message.en).not.toMatch(/[가-힣]/);
  });
});
