import type { CellRef } from '../grid/cellRef';
import type { Message } from '../findings/finding';
import type { Department, NumCell, Plan, TableKind } from './plan';

/** A figure of a department's tables with where it sits, as a 총괄표 relation reads it. */
export type FactCell = {
  readonly cell: NumCell;
  readonly place: { readonly table: TableKind; readonly row: string; readonly col: Message };
};

/**
 * What a 총괄표 row is checked against: one department's counts and budget, plain data so a department read from
 * another file (in another thread) can be checked with the 총괄표 of this one.
 */
export type DepartmentFacts = {
  readonly name: string;
  /** Where a finding about the department points: its T1's first header cell. */
  readonly at: CellRef;
  /** Its goals (정책사업목표): their count is the row's 정책사업목표 개수. */
  readonly goals: number;
  readonly indicators: ReadonlyArray<FactCell>;
  readonly units: ReadonlyArray<FactCell>;
  /** 예산현황 정책사업 (else Σ 정책사업목표 예산액), with the factor of its unit in 원 when its caption names one. */
  readonly budget: { readonly cells: ReadonlyArray<FactCell>; readonly factor?: number };
  /** 예산현황 정책사업 전년도예산액, when the department has a 예산현황. */
  readonly prevBudget?: { readonly cell: FactCell; readonly factor?: number };
  /** 예산현황 정책사업 비교증감 (same unit as prevBudget): a 총괄표 built from the department keeps it where consistent. */
  readonly change?: FactCell;
  /** Distinct 전략목표 its lines name, when it has any. */
  readonly strategic?: number;
};

const T1_COLS = {
  indicatorCount: { ko: '성과지표수', en: 'number of indicators' },
  unitCount: { ko: '단위사업수', en: 'number of unit projects' },
  budget: { ko: '예산액', en: 'budget' },
} as const;

const policyCell = (cell: NumCell, col: Message): FactCell => ({ cell, place: { table: 'T3', row: '정책사업', col } });

function factsOf(dept: Department, plan: Plan): DepartmentFacts {
  const t1 = plan.tables[dept.t1];
  const goalCells = (key: keyof typeof T1_COLS): FactCell[] =>
    dept.goals.map((g) => ({ cell: g[key], place: { table: 'T1', row: g.name.text, col: T1_COLS[key] } }));
  const policy = dept.budget?.rows['정책사업'];
  const t3Factor = dept.budget ? plan.tables[dept.budget.table]?.unit?.factor : undefined;
  const factor = (f: number | undefined) => (f === undefined ? {} : { factor: f });
  return {
    name: dept.name,
    at: { sheet: t1?.sheet ?? '', row: t1?.range.top ?? 0, col: t1?.range.left ?? 0 },
    goals: dept.goals.length,
    indicators: goalCells('indicatorCount'),
    units: goalCells('unitCount'),
    budget: policy
      ? { cells: [policyCell(policy.budget, T1_COLS.budget)], ...factor(t3Factor) }
      : { cells: goalCells('budget'), ...factor(t1?.unit?.factor) },
    ...(policy
      ? {
          prevBudget: {
            cell: policyCell(policy.prevBudget, { ko: '전년도예산액', en: 'previous-year budget' }),
            ...factor(t3Factor),
          },
          change: policyCell(policy.change, { ko: '비교증감', en: 'change' }),
        }
      : {}),
    ...(dept.strategicGoals !== undefined ? { strategic: dept.strategicGoals } : {}),
  };
}

/** The facts of every department of a plan, for the 총괄표 of this workbook or of files checked with it. */
export const departmentFacts = (plan: Plan): DepartmentFacts[] => plan.departments.map((d) => factsOf(d, plan));
