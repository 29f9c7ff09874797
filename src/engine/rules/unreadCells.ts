import { refA1 } from '../grid/a1';
import type { Finding } from '../findings/finding';
import { unreadReason } from '../model/numCell';
import type { Budget, Indicator, NumCell, Plan, Staffing, TableKind, UnitProject, Unread } from '../model/plan';
import { TABLE_NAMES } from '../model/tableNames';
import { refKey } from '../relations/relation';

type Of = (kind: TableKind, cells: ReadonlyArray<NumCell>) => Array<{ kind: TableKind; cell: NumCell }>;

const staffingCells = (of: Of, s: Staffing) =>
  [s.total, ...s.rows].flatMap((r) => of('T2', [r.quota, r.grade4, r.grade5, r.grade6, r.current]));
const budgetCells = (of: Of, b: Budget | undefined) =>
  Object.values(b?.rows ?? {}).flatMap((r) => of('T3', [r.budget, r.share, r.prevBudget, r.prevShare, r.change, r.rate]));
const indicatorCells = (of: Of, indicators: ReadonlyArray<Indicator>) =>
  indicators.flatMap((i) => of('T4', [i.weight, ...i.targets, ...i.actuals]));
const projectCells = (of: Of, u: UnitProject) => of('T5', [...u.totals, u.detailCount, ...u.details.flatMap((x) => x.amounts)]);

/** Every number cell of the plan (its departments, then its report areas) with the kind of its table. */
function numberCells(plan: Plan): Array<{ kind: TableKind; cell: NumCell }> {
  const of: Of = (kind, cells) => cells.map((cell) => ({ kind, cell }));
  const reports = plan.reports;
  return [
    ...plan.departments.flatMap((d) => [
      ...d.goals.flatMap((g) => [...of('T1', [g.indicatorCount, g.unitCount, g.budget]), ...indicatorCells(of, g.indicators)]),
      ...(d.staffing ? staffingCells(of, d.staffing) : []),
      ...budgetCells(of, d.budget),
      ...d.unitProjects.flatMap((u) => projectCells(of, u)),
    ]),
    ...(reports
      ? [
          ...reports.staffing.flatMap((s) => staffingCells(of, s)),
          ...reports.budgets.flatMap((b) => budgetCells(of, b)),
          ...reports.indicatorTables.flatMap((t) => indicatorCells(of, t.indicators)),
          ...reports.unitProjects.flatMap((u) => projectCells(of, u)),
        ]
      : []),
  ];
}

/**
 * One finding per unread cell. A cell hidden inside a merge is a warning (`cell.merged`): no figure there is wrong,
 * the table just has no visible cell for it, so it is neither checked nor filled.
 */
const unreadFinding = (kind: TableKind, u: Unread): Finding => {
  const name = TABLE_NAMES[kind];
  const where = u.label ? `${u.label} (${refA1(u.ref)})` : refA1(u.ref);
  return {
    ...(u.messageId === 'hiddenInMerge'
      ? { severity: 'warning', rule: 'cell.merged', messageId: u.messageId }
      : { severity: 'error', rule: 'cell.unread', messageId: u.messageId }),
    ref: u.ref,
    cells: [u.ref],
    message: { ko: `${name.ko} ${where}: ${u.ko}`, en: `${name.en} ${where}: ${u.en}` },
  };
};

/**
 * Cells that should hold numbers but hold words (미정, 별도), errors or uncached formulas: one error each,
 * from the tables' own lists and from any number cell of the model that did not read.
 */
export function unreadChecks(plan: Plan): Finding[] {
  const seen = new Set<string>();
  const once = (kind: TableKind, u: Unread): Finding[] => {
    const key = refKey(u.ref);
    return seen.has(key) ? [] : (seen.add(key), [unreadFinding(kind, u)]);
  };
  const listed = plan.tables.flatMap((t) => t.unread.flatMap((u) => once(t.kind, u)));
  const cells = numberCells(plan).flatMap(({ kind, cell }) => {
    const why = cell.value === null ? unreadReason(cell.reading) : undefined;
    return why ? once(kind, { ref: cell.ref, ...why }) : [];
  });
  return [...listed, ...cells];
}
