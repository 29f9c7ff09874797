import type { Detected } from '../detect/detected';
import type { Mark } from '../detect/marks';
import { compactText } from '../grid/text';
import type { DeptTables } from './departments';
import { choicesByBudget, type T1Table, type T5Table } from './goalSplit';
import { splitByHeadings, type SplitChoice } from '../model/link';
import { matchOverviews } from '../model/overviewLink';
import type { Budget, Department, Goal, LinkChoice, Overview, Staffing, UnitProject } from '../model/plan';

type T2Table = Extract<Detected, { kind: 'T2' }>;
type T3Table = Extract<Detected, { kind: 'T3' }>;
type T4Table = Extract<Detected, { kind: 'T4' }>;
type T6Table = Extract<Detected, { kind: 'T6' }>;

/** A reading-order position as one comparable number (sheet, row, column). */
export const rank = (order: readonly number[]): number => (order[0] * 2 ** 21 + order[1]) * 2 ** 15 + order[2];

export type DeptContext = {
  readonly tables: ReadonlyArray<Detected>;
  /** Lone lines of the department's stretch of the document (goal headings); none when grouped by kind. */
  readonly headings: ReadonlyArray<Mark>;
  /** The 소관실국 line above its T1, when there is one. */
  readonly line?: Mark;
  /** 1-based number of the department, for `부서 k`. */
  readonly number: number;
  /** The user's choices of goal for named 단위사업 (`recompute --link`). */
  readonly links?: ReadonlyArray<LinkChoice>;
};

/** Per 단위사업, the goal (0-based) the user chose for it, when the choice names it and a goal of this T1. */
function pinsOf(units: ReadonlyArray<UnitProject>, goals: number, links: ReadonlyArray<LinkChoice>): (number | undefined)[] {
  return units.map((u) => {
    const key = compactText(u.name.text);
    const chosen = links.find((l) => compactText(l.project) === key && l.goal >= 1 && l.goal <= goals);
    return chosen && chosen.goal - 1;
  });
}

/** Each goal's heading line after T1, in order, when the document has one. */
function headingRanks(t1: T1Table, headings: ReadonlyArray<Mark>): (number | undefined)[] {
  const after = rank([t1.info.order[0], t1.info.range.bottom + 1, 0]);
  return t1.goals.map((g) => {
    const key = compactText(g.name.text);
    const at = headings.find((h) => h.key === key && rank(h.order) >= after);
    return at && rank(at.order);
  });
}

function staffing(tables: ReadonlyArray<Detected>, at: number | undefined): Staffing | undefined {
  const t2 = at === undefined ? undefined : (tables[at] as T2Table);
  return t2?.total ? { table: at!, total: t2.total, rows: t2.rows } : undefined;
}

/**
 * The department's 예산현황: of several (a stray comparison table with 구성비 before the plan, a copy), the one that
 * reads the most budget rows, the first on a tie, so a stray table never takes the real one's place.
 */
function budget(tables: ReadonlyArray<Detected>, candidates: ReadonlyArray<number>): Budget | undefined {
  const rowsOf = (i: number) => Object.keys((tables[i] as T3Table).rows).length;
  const at = candidates.reduce<number | undefined>(
    (best, i) => (best === undefined || rowsOf(i) > rowsOf(best) ? i : best),
    undefined,
  );
  return at === undefined ? undefined : { table: at, rows: (tables[at] as T3Table).rows };
}

/** What linking decided for the department: the model and, per table, its goal and project. */
export type BuiltDepartment = {
  readonly department: Department;
  readonly goalOf: Map<number, string>;
  readonly projectOf: Map<number, string>;
};

/** One department's model: goals with their T4 and 단위사업 runs, staffing, budget, overviews linked to details. */
export function buildDepartment(group: DeptTables, ctx: DeptContext): BuiltDepartment {
  const { tables } = ctx;
  const t1 = tables[group.t1] as T1Table;
  const t5s = group.t5.filter((i) => (tables[i] as T5Table).project);
  const overviews: Overview[] = group.t6.map((i) => ({ table: i, ...(tables[i] as T6Table).overview }));
  const detailNames = t5s.flatMap((i) => (tables[i] as T5Table).project!.details.map((d) => d.name.text));
  const links = matchOverviews(
    detailNames,
    overviews.map((o) => o.name.text),
  );
  let d = 0;
  const unitProjects: UnitProject[] = t5s.map((i) => {
    const p = (tables[i] as T5Table).project!;
    const details = p.details.map((detail) => {
      const overview = links[d++];
      return overview === undefined ? detail : { ...detail, overview };
    });
    return { table: i, ...p, details };
  });
  const byHeadings = splitByHeadings(
    headingRanks(t1, ctx.headings),
    t5s.map((i) => rank(tables[i].info.order)),
  );
  const choice: SplitChoice | undefined = byHeadings
    ? { candidates: [byHeadings], more: false, fixed: byHeadings.map(() => true) }
    : choicesByBudget(
        t1,
        t5s.map((i) => tables[i] as T5Table),
        pinsOf(unitProjects, t1.goals.length, ctx.links ?? []),
      );
  const split = choice?.candidates[0];
  const ambiguous = choice !== undefined && (choice.candidates.length > 1 || choice.more);

  // What each table is about: a T4 names its goal, a T5 its 단위사업, a T6 its own 세부사업; T5 and T6 also name
  // the goal the split puts them under, when every split that fits puts them there.
  const goalOf = new Map<number, string>();
  const projectOf = new Map<number, string>([
    ...unitProjects.map((u) => [u.table, u.name.text] as const),
    ...overviews.map((o) => [o.table, o.name.text] as const),
  ]);
  const goals: Goal[] = t1.goals.map((g, n) => {
    const t4 = group.t4[n];
    if (t4 !== undefined) goalOf.set(t4, g.name.text);
    const indicators = t4 === undefined ? [] : (tables[t4] as T4Table).indicators;
    const open = choice !== undefined && !choice.fixed[n];
    for (const u of open ? [] : (split?.[n] ?? [])) {
      goalOf.set(unitProjects[u].table, g.name.text);
      for (const d of unitProjects[u].details) if (d.overview !== undefined) goalOf.set(overviews[d.overview].table, g.name.text);
    }
    return {
      ...g,
      indicators,
      unitProjects: split?.[n] ?? [],
      ...(t4 !== undefined ? { t4 } : {}),
      ...(open ? { open: true as const } : {}),
    };
  });
  const t2 = staffing(tables, group.t2[0]);
  const t3 = budget(tables, group.t3);
  // The 소관실국 line names the department the plan is about; T2 may list its teams (민원행정팀, 여권팀 …) instead.
  const named = ctx.line?.text || t2?.rows[0]?.name.text;
  const department: Department = {
    name: named || `부서 ${ctx.number}`,
    ...(named ? {} : { unnamed: ctx.number }),
    t1: group.t1,
    goals,
    ...(t2 ? { staffing: t2 } : {}),
    ...(t3 ? { budget: t3 } : {}),
    unitProjects,
    overviews,
    linked: split !== undefined,
    ...(ambiguous ? { candidates: choice.candidates } : {}),
    ...(ambiguous && choice.more ? { moreCandidates: true as const } : {}),
  };
  return { department, goalOf, projectOf };
}
