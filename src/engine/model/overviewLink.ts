import { compactText } from '../grid/text';

/**
 * Pairs 세부사업 names (T5 rows) with 개요 names (T6 blocks): first by name with every space removed,
 * then, for those left, by order. Returns per detail the index of its overview, or undefined.
 */
export function matchOverviews(details: ReadonlyArray<string>, overviews: ReadonlyArray<string>): (number | undefined)[] {
  const byKey = new Map<string, number[]>();
  overviews.forEach((name, j) => {
    const key = compactText(name);
    byKey.set(key, [...(byKey.get(key) ?? []), j]);
  });
  const taken = new Set<number>();
  const byName = details.map((name) => {
    const j = byKey.get(compactText(name))?.shift();
    if (j !== undefined) taken.add(j);
    return j;
  });
  const left = overviews.map((_, j) => j).filter((j) => !taken.has(j));
  return byName.map((j) => j ?? left.shift());
}
