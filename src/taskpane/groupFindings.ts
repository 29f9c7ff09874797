import { type Finding, type TableInfo, tableHolding, severityRank } from '../engine/edge';

/** The findings of one table (or of one sheet outside every table), errors first. */
export type FindingGroup = {
  readonly key: string;
  readonly sheet: string;
  readonly table?: TableInfo;
  readonly findings: ReadonlyArray<Finding>;
};

/**
 * Findings grouped by sheet, then by the table holding their cell, in workbook order; inside a group errors come
 * first, then warnings, then notes, each in reading order. Groups with an error come before those without.
 */
export function groupFindings(findings: ReadonlyArray<Finding>, tables: ReadonlyArray<TableInfo>): FindingGroup[] {
  const groups = new Map<string, { sheet: string; table?: TableInfo; order: number; findings: Finding[] }>();
  findings.forEach((f, i) => {
    const held = tableHolding(tables, f.ref);
    const index = held ? tables.indexOf(held) : -1;
    const key = index >= 0 ? `t${index}` : `s:${f.ref.sheet}`;
    const group = groups.get(key) ?? {
      sheet: f.ref.sheet,
      order: index >= 0 ? index : tables.length + i,
      findings: [],
      ...(index >= 0 ? { table: tables[index] } : {}),
    };
    group.findings.push(f);
    groups.set(key, group);
  });
  const worst = (g: { findings: Finding[] }) => Math.min(...g.findings.map((f) => severityRank(f.severity)));
  return [...groups.entries()]
    .sort(([, a], [, b]) => worst(a) - worst(b) || a.order - b.order)
    .map(([key, g]) => ({
      key,
      sheet: g.sheet,
      ...(g.table ? { table: g.table } : {}),
      findings: [...g.findings].sort(
        (a, b) => severityRank(a.severity) - severityRank(b.severity) || a.ref.row - b.ref.row || a.ref.col - b.ref.col,
      ),
    }));
}

/** The groups of one department (none for cells outside every table, or tables no department claims). */
export type DepartmentGroup = { readonly department?: string; readonly groups: ReadonlyArray<FindingGroup> };

/**
 * The table groups gathered by department, in the order their first group comes (so a department with an error
 * comes before one without), each keeping its groups' order: department, then table, errors first.
 */
export function byDepartment(groups: ReadonlyArray<FindingGroup>): DepartmentGroup[] {
  const departments = new Map<string | undefined, FindingGroup[]>();
  for (const g of groups) departments.set(g.table?.department, [...(departments.get(g.table?.department) ?? []), g]);
  return [...departments].map(([department, gs]) => ({ ...(department !== undefined ? { department } : {}), groups: gs }));
}
