import { type Plan, type ReportId, type ReportOptions } from '../engine/edge';

/** What the picker has chosen: the kind, and where it applies the department and one goal, 단위사업 or 세부사업. */
export type TableChoice = {
  readonly id: ReportId;
  /** A department's name; undefined for every department. */
  readonly department?: string;
  /** Index of the chosen goal, 단위사업 or 세부사업 in `itemsOf`; undefined for all of them. */
  readonly item?: number;
};

/** Which one thing a kind narrows to: T4 and 달성도 per goal, T5 and 재원별 예산 per 단위사업, T6 per 세부사업. */
export type ItemKind = 'goal' | 'unit' | 'detail';

const ITEM_KIND: Partial<Record<ReportId, ItemKind>> = {
  t4: 'goal',
  achievement: 'goal',
  t5: 'unit',
  funding: 'unit',
  t6: 'detail',
};

export const itemKindOf = (id: ReportId): ItemKind | undefined => ITEM_KIND[id];

/** 점검 결과 covers the workbook: a department does not narrow it. */
export const takesDepartment = (id: ReportId): boolean => id !== 'findings';

/** The names a department offers for the kind's item, in the plan's order. */
export function itemsOf(plan: Plan, choice: TableChoice): string[] {
  const kind = itemKindOf(choice.id);
  const dept = plan.departments.find((d) => d.name === choice.department);
  if (!kind || !dept) return [];
  if (kind === 'goal') return dept.goals.map((g) => g.name.text);
  if (kind === 'unit') return dept.unitProjects.map((u) => u.name.text);
  return dept.unitProjects.flatMap((u) => u.details.map((d) => d.name.text));
}

/** The choice as buildReport's options. */
export function optionsOf(plan: Plan, choice: TableChoice): ReportOptions {
  const department = takesDepartment(choice.id) ? choice.department : undefined;
  const base: ReportOptions = department === undefined ? {} : { department };
  const name = choice.item === undefined ? undefined : itemsOf(plan, choice)[choice.item];
  if (name === undefined) return base;
  return itemKindOf(choice.id) === 'goal' ? { ...base, goal: choice.item! + 1 } : { ...base, project: name };
}
