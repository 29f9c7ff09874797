/** Characters Excel refuses in a sheet name, and its length limit. */
const FORBIDDEN = /[\\/?*[\]:]/g;
const MAX_LENGTH = 31;

/**
 * A sheet name not yet taken (Excel compares names without case): `wanted` made legal, else `wanted (2)`, `(3)` …,
 * shortened so the suffix still fits. A blank wish becomes `표`.
 */
export function freeSheetName(taken: ReadonlyArray<string>, wanted: string): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const base =
    wanted
      .replace(FORBIDDEN, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, MAX_LENGTH) || '표';
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? base : `${base.slice(0, MAX_LENGTH - ` (${n})`.length)} (${n})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
