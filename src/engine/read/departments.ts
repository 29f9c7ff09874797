import type { Detected } from '../detect/detected';
import type { TableKind } from '../model/plan';
import { splitByBudget, type T1Table, type T5Table } from './goalSplit';
import { matchOverviews } from '../model/overviewLink';

/** A department's tables as indexes into the detected list (reading order), before the model is built. */
export type DeptTables = {
  readonly t1: number;
  readonly t2: number[];
  readonly t3: number[];
  readonly t4: number[];
  readonly t5: number[];
  readonly t6: number[];
};

/** T0 (the 총괄표) and T4M (측정 자료) are detected apart and never placed in a department. */
type Slot = Exclude<TableKind, 'T0' | 'T1' | 'T4M'>;
const SLOT: Readonly<Record<Slot, 't2' | 't3' | 't4' | 't5' | 't6'>> = { T2: 't2', T3: 't3', T4: 't4', T5: 't5', T6: 't6' };

const emptyDept = (t1: number): DeptTables => ({ t1, t2: [], t3: [], t4: [], t5: [], t6: [] });

const indexesOf = (tables: ReadonlyArray<Detected>, kind: TableKind): number[] =>
  tables.flatMap((t, i) => (t.kind === kind ? [i] : []));

/** Per table, the department its `[소관실국]` line names (index into the T1s), when it names one. */
export type Owners = ReadonlyArray<number | undefined>;

/**
 * Document layout: a table under a `[소관실국]` line belongs to the department it names (two departments side by
 * side interleave in reading order); any other table to the department whose T1 it follows in reading order,
 * and tables before the first T1 to the first department.
 */
export function groupInDocument(tables: ReadonlyArray<Detected>, owners: Owners): DeptTables[] {
  const depts = indexesOf(tables, 'T1').map(emptyDept);
  let current = -1;
  tables.forEach((t, i) => {
    if (t.kind === 'T1') current++;
    else if (depts.length > 0) depts[owners[i] ?? Math.max(current, 0)][SLOT[t.kind]].push(i);
  });
  return depts;
}

/**
 * Places every table of a kind by its `[소관실국]` line when each has one that names a department, so a sheet that
 * lists departments in another order, or leaves one out, puts nothing in the wrong department. False (nothing
 * placed) when some table has no such line: then position decides for the whole kind.
 */
function placeByLabel(depts: DeptTables[], tables: ReadonlyArray<Detected>, kind: Slot, owners: Owners): boolean {
  const of = indexesOf(tables, kind);
  if (!of.every((i) => owners[i] !== undefined)) return false;
  of.forEach((i) => depts[owners[i]!][SLOT[kind]].push(i));
  return true;
}

/**
 * A 총괄 layout: several T1s (with their T2/T3) come first and every T4–T6 after the last of them, as when one sheet
 * holds each department's summary and later sheets hold every 성과지표 and 예산사업. Grouping by document order would
 * give the last department everything, so it is grouped as one sheet per kind is.
 */
export function isSummaryLayout(tables: ReadonlyArray<Detected>): boolean {
  const t1s = indexesOf(tables, 'T1');
  if (t1s.length < 2) return false;
  const last = t1s[t1s.length - 1];
  return !tables.some((t, i) => i < last && (t.kind === 'T4' || t.kind === 'T5' || t.kind === 'T6'));
}

/** Splits `items` into consecutive runs of the given sizes; the last run takes whatever is left. */
function runsOf(items: ReadonlyArray<number>, sizes: ReadonlyArray<number>): number[][] {
  let at = 0;
  return sizes.map((size, k) => {
    const run = items.slice(at, k === sizes.length - 1 ? items.length : at + size);
    at += run.length;
    return run;
  });
}

/**
 * One sheet per table kind. A kind whose every table sits under a `[소관실국]` line naming a department goes by
 * those lines. Otherwise by position: the k-th T2 and T3 belong to the k-th department, which takes one T4 per
 * goal in order; T5 tables go by the budget split over every department's goals (by stated 단위사업수 when no
 * split matches) and T6 blocks follow their 세부사업 by name, then order.
 */
export function groupByKind(tables: ReadonlyArray<Detected>, owners: Owners): DeptTables[] {
  const t1s = indexesOf(tables, 'T1');
  const depts = t1s.map(emptyDept);
  if (depts.length === 0) return depts;
  const goals = t1s.map((i) => (tables[i] as T1Table).goals);
  const byLabel = (kind: Slot) => placeByLabel(depts, tables, kind, owners);
  if (!byLabel('T2')) indexesOf(tables, 'T2').forEach((i, k) => depts[Math.min(k, depts.length - 1)].t2.push(i));
  if (!byLabel('T3')) indexesOf(tables, 'T3').forEach((i, k) => depts[Math.min(k, depts.length - 1)].t3.push(i));
  if (!byLabel('T4'))
    runsOf(
      indexesOf(tables, 'T4'),
      goals.map((g) => g.length),
    ).forEach((run, k) => depts[k].t4.push(...run));
  if (!byLabel('T5')) placeByBudget(depts, tables, t1s);
  if (!byLabel('T6')) placeByDetail(depts, tables);
  return depts;
}

/** T5 tables by the budget split over every department's goals (by stated 단위사업수 when no split matches). */
function placeByBudget(depts: DeptTables[], tables: ReadonlyArray<Detected>, t1s: ReadonlyArray<number>): void {
  const goals = t1s.map((i) => (tables[i] as T1Table).goals);
  const t5s = indexesOf(tables, 'T5');
  const split = splitByBudget(
    t1s.map((i) => tables[i] as T1Table),
    t5s.map((i) => tables[i] as T5Table),
  );
  const goalCounts = goals.map((g) => g.length);
  const perDept = split
    ? runsOf(
        split.map((run) => run.length),
        goalCounts,
      ).map((lengths) => lengths.reduce((a, b) => a + b, 0))
    : goals.map((g) => g.reduce((sum, goal) => sum + Math.max(0, Math.round(goal.unitCount.value ?? 0)), 0));
  runsOf(t5s, perDept).forEach((run, k) => depts[k].t5.push(...run));
}

/** T6 blocks follow the 세부사업 they describe, wherever those landed; unmatched ones go to the last department. */
function placeByDetail(depts: DeptTables[], tables: ReadonlyArray<Detected>): void {
  const owner: number[] = [];
  const details: string[] = [];
  depts.forEach((d, k) =>
    d.t5.forEach((i) =>
      (tables[i] as T5Table).project?.details.forEach((detail) => (details.push(detail.name.text), owner.push(k))),
    ),
  );
  const t6s = indexesOf(tables, 'T6');
  const matched = matchOverviews(
    details,
    t6s.map((i) => (tables[i] as Extract<Detected, { kind: 'T6' }>).overview.name.text),
  );
  const deptOf = new Map<number, number>();
  matched.forEach((j, d) => j !== undefined && deptOf.set(j, owner[d]));
  t6s.forEach((i, j) => depts[deptOf.get(j) ?? depts.length - 1].t6.push(i));
}
