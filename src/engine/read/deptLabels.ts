import type { Detected } from '../detect/detected';
import type { Mark } from '../detect/marks';
import { compactText } from '../grid/text';

const [SHEET, ROW, COL] = [0, 1, 2] as const;

/**
 * The `[소관실국]` line a table sits under: on its sheet, above its header, not right of its last column; the
 * nearest such line over the table's own columns, else the nearest to their left. Two departments written
 * side by side each keep their own line, and departments stacked on a sheet (one sheet per kind) theirs.
 */
export function labelOf(table: Detected, lines: ReadonlyArray<Mark>): Mark | undefined {
  const { order, range } = table.info;
  const above = lines.filter((m) => m.order[SHEET] === order[SHEET] && m.order[ROW] < range.top && m.order[COL] <= range.right);
  const over = above.filter((m) => m.order[COL] >= range.left);
  const nearest = (a: Mark, b: Mark) => b.order[ROW] - a.order[ROW] || b.order[COL] - a.order[COL];
  return [...(over.length > 0 ? over : above)].sort(nearest)[0];
}

/**
 * Per table, the department (index into the T1s, in reading order) its `[소관실국]` line names; undefined when it
 * has none or the line decides nothing. A line over a T1 names that T1's department, unless it is over several
 * T1s (one line for a whole sheet: position decides there). Any other line names a department by its name — its
 * T1's own line, else `names[k]` (what T2 calls it) — however often it repeats (a page header over every
 * 단위사업); where departments share a name, the n-th line of a sheet with it is the n-th of them.
 */
export function labelledDepartments(
  tables: ReadonlyArray<Detected>,
  t1s: ReadonlyArray<number>,
  lines: ReadonlyArray<Mark>,
  names: ReadonlyArray<string | undefined> = [],
): (number | undefined)[] {
  const labels = tables.map((t) => labelOf(t, lines));
  const t1Labels = t1s.map((i) => labels[i]);
  // Counted and grouped once, not per table: a sheet of noise can hold thousands of tables and lines.
  const times = new Map<Mark, number>();
  t1Labels.forEach((m) => m && times.set(m, (times.get(m) ?? 0) + 1));
  const own = new Map<Mark, number>();
  t1Labels.forEach((m, k) => m && times.get(m) === 1 && own.set(m, k));
  const nameOf = (k: number): string | undefined => {
    const line = t1Labels[k];
    const name = line && own.has(line) ? line.text : names[k];
    return name === undefined ? undefined : compactText(name);
  };
  const named = groupBy(
    t1s.map((_, k) => k),
    nameOf,
  );
  // Each line's place among the lines of its sheet with the same text.
  const sameText = groupBy(lines, (l) => `${l.order[SHEET]}\u0000${compactText(l.text)}`);
  const nthOf = new Map<Mark, number>();
  for (const group of sameText.values()) group.forEach((l, n) => nthOf.has(l) || nthOf.set(l, n));
  return labels.map((m) => {
    if (!m) return undefined;
    if (own.has(m)) return own.get(m);
    const candidates = named.get(compactText(m.text)) ?? [];
    if (candidates.length <= 1) return candidates[0];
    return candidates[Math.min(nthOf.get(m)!, candidates.length - 1)];
  });
}

/** `items` grouped by `key`, each group in the order of `items`; items without a key are left out. */
function groupBy<T>(items: ReadonlyArray<T>, key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
