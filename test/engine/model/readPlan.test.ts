import fc from 'fast-check';
import { readPlan } from '../../../src/engine/read/readPlan';
import type { Plan } from '../../../src/engine/model/plan';
import type { Sheet } from '../../../src/engine/grid/sheet';
import { buildWorkbook, variant, variationArb, type Built, type Layout } from '../../fixtures/build';
import { INVENTED, TAX, WELFARE } from '../../fixtures/invented';
import type { PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';
import { sheetOf, type GridCell } from '../detect/grid';
import { comparable, misfits, planToData, planToShown } from './planToData';

/** The table list as Built.tables states it. */
const tableList = (plan: Plan) =>
  plan.tables.map((t) => ({
    kind: t.kind,
    sheet: t.sheet,
    range: t.range,
    department: t.department,
    ...(t.goal !== undefined ? { goal: t.goal } : {}),
    ...(t.project !== undefined ? { project: t.project } : {}),
  }));

/** Reading order of the built tables (byKind writes them sheet by sheet, as detection lists them). */
const expectedList = (built: Built) => {
  const order = new Map(built.sheets.map((s, i) => [s.name, i]));
  return [...built.tables].sort(
    (a, b) => order.get(a.sheet)! - order.get(b.sheet)! || a.range.top - b.range.top || a.range.left - b.range.left,
  );
};

const workbooks: [string, PlanData[]][] = [
  ['the seed', [SEED]],
  ['세무과 (천원 behind 백만원)', [TAX]],
  ['사회복지과', [WELFARE]],
  ['two departments', INVENTED],
  ['three departments with the seed', [SEED, ...INVENTED]],
];
const layouts: Layout[] = ['document', 'byKind', 'messy'];
const cases = layouts.flatMap((layout) => workbooks.map(([name, plans]) => [layout, name, plans] as const));

describe('readPlan reads back what was built', () => {
  test.each(cases)('%s layout: %s', (layout, _name, plans) => {
    const built = buildWorkbook(plans, layout);
    const plan = readPlan(built.sheets);
    expect(tableList(plan)).toEqual(expectedList(built));
    // Numbers typed as text hold only what they show: there the data must lie within each shown interval.
    if (layout === 'messy') expect(misfits(planToShown(plan), plans.map(comparable))).toEqual([]);
    else expect(planToData(plan)).toEqual(plans.map(comparable));
    expect(plan.departments.every((d) => d.linked)).toBe(true);
    expect(plan.tables.flatMap((t) => t.unread)).toEqual([]);
  });
});

describe('the seed in document layout', () => {
  const plan = readPlan(buildWorkbook([SEED], 'document').sheets);

  test('exactly 1×T1, 1×T2, 1×T3, 2×T4, 4×T5, 11×T6', () => {
    const count = (kind: string) => plan.tables.filter((t) => t.kind === kind).length;
    expect(['T1', 'T2', 'T3', 'T4', 'T5', 'T6'].map(count)).toEqual([1, 1, 1, 2, 4, 11]);
  });

  test('three unit projects under goal 1 and one under goal 2, though all follow goal 2’s heading', () => {
    const [dept] = plan.departments;
    const names = dept.goals.map((g) => g.unitProjects.map((i) => dept.unitProjects[i].name.text));
    expect(names).toEqual([['지역정보화 활용 능력 제고', '정보보안관리', '행정정보화사업 기반 확충'], ['구정홍보 활동 강화']]);
    expect(dept.name).toBe('정보홍보실');
    expect(dept.goals.map((g) => plan.tables[g.t4!].goal)).toEqual(dept.goals.map((g) => g.name.text));
  });

  test('T6 blocks follow their 세부사업 by name, spacing aside', () => {
    const [dept] = plan.departments;
    const pairs = dept.unitProjects.flatMap((u) => u.details.map((d) => [d.name.text, dept.overviews[d.overview!].name.text]));
    expect(pairs).toContainEqual(['정보화마을프로그램관리 자운영', '정보화마을프로그램관리자운영']);
    expect(pairs.every(([a, b]) => a.replace(/\s/g, '') === b.replace(/\s/g, ''))).toBe(true);
  });

  test('every number keeps its cell, its reading and its interval', () => {
    const goal = plan.departments[0].goals[0];
    expect(goal.budget.value).toBe(1104);
    expect(goal.budget.interval!.lo).toBeCloseTo(1103.5, 4);
    expect(goal.budget.interval!.hi).toBeCloseTo(1104.5, 4);
    expect(goal.unitCount.interval!.hi - goal.unitCount.interval!.lo).toBeLessThan(1e-6);
  });
});

describe('links', () => {
  const t5 = (name: string, amount: number): GridCell[][] => [
    ['사업명', '회계구분', "'16예산", '비고(세부사업수)'],
    [name, '일반회계', amount, 0],
    [],
  ];
  const headed: GridCell[][] = [
    ['[소관실국]', '정보홍보실'],
    ['정책사업목표', '성과지표수', '단위사업수', '예산액'],
    ['가', 0, 1, 100],
    ['나', 0, 1, 200],
    [],
    ['정책사업목표'],
    ['가'],
    ...t5('A', 150),
    ['정책사업목표'],
    ['나'],
    ...t5('B', 150),
  ];

  test('goal headings decide when each goal’s sections lie between its heading and the next', () => {
    const [dept] = readPlan([sheetOf(headed)]).departments;
    expect(dept.goals.map((g) => g.unitProjects)).toEqual([[0], [1]]);
    expect(dept.linked).toBe(true);
  });

  test('without T2 the department is named by its 소관실국 line', () => {
    expect(readPlan([sheetOf(headed)]).departments.map((d) => d.name)).toEqual(['정보홍보실']);
  });

  test('a wrong 단위사업수 does not move a unit project', () => {
    const wrong = {
      ...SEED,
      goals: [
        { ...SEED.goals[0], unitCount: 2 },
        { ...SEED.goals[1], unitCount: 2 },
      ],
    };
    const [dept] = readPlan(buildWorkbook([wrong], 'document').sheets).departments;
    expect(dept.goals.map((g) => g.unitProjects)).toEqual([[0, 1, 2], [3]]);
    expect(dept.linked).toBe(true);
  });

  test('one goal with a wrong 예산액 keeps its 단위사업 (the rules report the 예산액)', () => {
    const off = { ...SEED, goals: [{ ...SEED.goals[0], budget: 900 }, SEED.goals[1]] };
    const [dept] = readPlan(buildWorkbook([off], 'document').sheets).departments;
    expect(dept.linked).toBe(true);
    expect(dept.goals.map((g) => g.unitProjects)).toEqual([[0, 1, 2], [3]]);
  });

  test('no split matches: linked false and no goal has unit projects', () => {
    const off = {
      ...SEED,
      goals: [
        { ...SEED.goals[0], budget: 900 },
        { ...SEED.goals[1], budget: 300 },
      ],
    };
    const [dept] = readPlan(buildWorkbook([off], 'document').sheets).departments;
    expect(dept.linked).toBe(false);
    expect(dept.goals.map((g) => g.unitProjects)).toEqual([[], []]);
    expect(dept.unitProjects).toHaveLength(4);
  });
});

test('property: any layout and variation of a clean workbook reads back to the same model', () => {
  const plans = [SEED, TAX];
  const reference = planToData(readPlan(buildWorkbook(plans, 'document').sheets));
  fc.assert(
    fc.property(fc.constantFrom<Layout>(...layouts), variationArb, (layout, variation) => {
      const built = buildWorkbook(plans, layout, variation);
      const plan = readPlan(built.sheets);
      // Numbers typed as text keep only what they show: the clean reading must lie within it.
      const asText = layout === 'messy' || variation.numberStyle === 'text' || variation.numberStyle === 'triangleText';
      if (asText) expect(misfits(planToShown(plan), reference)).toEqual([]);
      else expect(planToData(plan)).toEqual(reference);
      expect(tableList(plan)).toEqual(expectedList(built));
    }),
    { numRuns: 80 },
  );
});

describe('one sheet per kind: the [소관실국] line over a table decides its department', () => {
  const plans = [SEED, ...INVENTED];
  const reversed = (sheet: string, all: PlanData[]) => (sheet === '인력현황' || sheet === '예산현황' ? [...all].reverse() : all);

  test('T2 and T3 sheets listing the departments in another order', () => {
    const built = buildWorkbook(plans, 'byKind', {}, { listed: reversed });
    const plan = readPlan(built.sheets);
    expect(tableList(plan)).toEqual(expectedList(built));
    expect(planToData(plan)).toEqual(plans.map(comparable));
  });

  test('a line repeated over every table (a page header) on sheets listing the departments in reverse', () => {
    const backwards = (sheet: string, all: PlanData[]) =>
      sheet === '예산사업내역' || sheet === '사업개요' ? [...all].reverse() : all;
    const built = buildWorkbook(
      plans,
      'byKind',
      {},
      { listed: backwards, labelled: (sheet) => (sheet === '예산사업내역' || sheet === '사업개요' ? 'each' : 'group') },
    );
    const plan = readPlan(built.sheets);
    expect(tableList(plan)).toEqual(expectedList(built));
    expect(planToData(plan)).toEqual(plans.map(comparable));
  });

  test('lines only on the 예산사업 sheets name departments that only T2 names', () => {
    const lower = (sheet: string) => (sheet === '예산사업내역' || sheet === '사업개요' ? 'group' : 'none');
    const backwards = (sheet: string, all: PlanData[]) => (lower(sheet) === 'group' ? [...all].reverse() : all);
    const built = buildWorkbook(plans, 'byKind', {}, { listed: backwards, labelled: lower });
    const plan = readPlan(built.sheets);
    expect(tableList(plan)).toEqual(expectedList(built));
    expect(planToData(plan)).toEqual(plans.map(comparable));
  });

  test.each([
    [['[소관실국] :', '{}']],
    [['[소관실국]:{}']],
    [['소관실국 - {}']],
    [['(소관실국) ： {}']],
    [['[소관실국]', ': {}']],
  ])('the name after a label written %j, separators dropped', (cells) => {
    const built = buildWorkbook(plans, 'byKind', {}, { labelCells: (name) => cells.map((c) => c.replace('{}', name)) });
    expect(readPlan(built.sheets).departments.map((d) => d.name)).toEqual(plans.map((p) => p.department));
  });

  test('a department without T3 leaves the others their own', () => {
    const built = buildWorkbook(plans, 'byKind', {}, { listed: (sheet, all) => (sheet === '예산현황' ? all.slice(1) : all) });
    const plan = readPlan(built.sheets);
    expect(tableList(plan)).toEqual(expectedList(built));
    expect(plan.departments.map((d) => d.budget !== undefined)).toEqual([false, true, true]);
    expect(planToData(plan).slice(1)).toEqual(plans.slice(1).map(comparable));
  });
});

describe('side by side and stray tables', () => {
  /** How many columns a sheet uses (its rows are sparse). */
  const widthOf = (s: Sheet): number => s.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);

  /** Two sheets' contents on one sheet, `b` one blank column right of `a`. */
  const beside = (a: Sheet, b: Sheet): Sheet => {
    const shift = widthOf(a) + 1;
    const rows = Array.from({ length: Math.max(a.rows.length, b.rows.length) }, (_, r) => {
      const row = [...(a.rows[r] ?? [])];
      (b.rows[r] ?? []).forEach((cell, c) => (row[shift + c] = cell));
      return row;
    });
    const merges = [...a.merges, ...b.merges.map((m) => ({ ...m, left: m.left + shift, right: m.right + shift }))];
    return { ...a, rows, merges };
  };

  test('two departments side by side: every table goes to the department whose [소관실국] line is over it', () => {
    const [left, right] = [SEED, INVENTED[0]].map((p) => buildWorkbook([p], 'document').sheets[0]);
    const plan = readPlan([beside(left, right)]);
    const expected = plan.tables.map((t) => (t.range.left < widthOf(left) ? SEED.department : INVENTED[0].department));
    expect(plan.tables.map((t) => t.department)).toEqual(expected);
    expect(planToData(plan)).toEqual([SEED, INVENTED[0]].map(comparable));
  });

  test('a comparison table with 구성비 before the plan never takes the department’s own 예산현황', () => {
    const stray = sheetOf([
      ['회계별 세출 비교'],
      ['구분', '예산액', '구성비', '전년도예산액', '구성비', '비교증감', '증감률'],
      ['일반회계', 1000, 100, 900, 100, 100, 11.11],
    ]);
    const built = buildWorkbook([SEED], 'document');
    const plan = readPlan([stray, ...built.sheets]);
    const [dept] = plan.departments;
    expect(plan.tables[dept.budget!.table].sheet).toBe(built.sheets[0].name);
    expect(planToData(plan)).toEqual([comparable(SEED)]);
  });
});

describe('the department name', () => {
  test.each(layouts)('comes from the [소관실국] line, not from a team T2 lists first (%s)', (layout) => {
    const teams = variant(SEED, (p) => void (p.staffing.rows[0].name = '정보화팀'));
    const plan = readPlan(buildWorkbook([teams], layout).sheets);
    expect(plan.departments.map((d) => d.name)).toEqual([SEED.department]);
  });
});
