import type { Interval } from '../interval/interval';
import { excelRound } from '../interval/round';
import type { CellRef } from '../grid/cellRef';
import { evaluate, mapOperands, refKey, shownDecimals, termsOf, type Expr, type Operand, type Relation } from './relation';

/**
 * What a blank derived cell stands for: the figure recompute would write, every value its inputs allow, and the
 * cells it comes from (through other blanks), so a typo there is blamed, not the blank.
 */
type Stand = {
  readonly value: number;
  readonly interval: Interval;
  readonly via: ReadonlyArray<CellRef>;
  readonly stands: Expr;
} | null;

const isBlankDerived = (rel: Relation): boolean =>
  !rel.checkOnly && rel.stated.cell.reading.kind === 'blank' && rel.stated.cell.value !== null;

/**
 * The decimals a blank derived cell will be written with: what most figures of its column (same rule, same sheet
 * column) show, as recompute takes the column's format; else 2 for a ratio (구성비, 증감률) and whole units otherwise.
 */
function fillDecimals(rel: Relation, relations: ReadonlyArray<Relation>): number {
  const { sheet, col } = rel.stated.cell.ref;
  const counts = new Map<number, number>();
  for (const r of relations) {
    const cell = r.stated.cell;
    if (r.rule !== rel.rule || cell.ref.sheet !== sheet || cell.ref.col !== col || cell.reading.kind !== 'number') continue;
    counts.set(shownDecimals(cell), (counts.get(shownDecimals(cell)) ?? 0) + 1);
  }
  const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return common ?? (rel.expr.kind === 'percent' ? 2 : 0);
}

/**
 * A blank derived cell is not an amount of 0 (a blank 계 would otherwise break every 구성비, a blank 정책사업목표
 * 예산액 the 예산현황 정책사업): where another relation reads it, it stands for what its own relation gives, the
 * figure recompute will fill in, and is unknown (that relation is skipped) when that cannot be computed. As a stated
 * cell it is judged at the decimals it will be written with, so its warning shows 36.07, not 36.
 */
export function resolveBlankDerived(relations: ReadonlyArray<Relation>): Relation[] {
  const blanks = new Map<string, Relation>();
  for (const rel of relations)
    if (isBlankDerived(rel) && !blanks.has(refKey(rel.stated.cell.ref))) blanks.set(refKey(rel.stated.cell.ref), rel);
  if (blanks.size === 0) return [...relations];
  const decimals = new Map([...blanks].map(([key, rel]) => [key, fillDecimals(rel, relations)]));
  const stands = new Map<string, Stand>();
  const standFor = (key: string): Stand => {
    if (stands.has(key)) return stands.get(key)!;
    stands.set(key, null); // a blank that (through others) needs itself stays unknown
    const expr = mapOperands(blanks.get(key)!.expr, read);
    const result = evaluate(expr);
    const via = termsOf(expr).flatMap((t) => t.at.via ?? [t.at.cell.ref]);
    const stand = result
      ? { value: excelRound(result.naive, decimals.get(key)!), interval: result.computed, via, stands: expr }
      : null;
    stands.set(key, stand);
    return stand;
  };
  const read = (op: Operand): Operand => {
    const key = refKey(op.cell.ref);
    if (!blanks.has(key)) return op;
    const stand = standFor(key);
    return stand
      ? { ...op, cell: { ...op.cell, value: stand.value }, interval: stand.interval, via: stand.via, stands: stand.stands }
      : { ...op, interval: null };
  };
  return relations.map((rel) => {
    const key = refKey(rel.stated.cell.ref);
    const stated = blanks.has(key) && isBlankDerived(rel) ? { ...rel.stated, decimals: decimals.get(key)! } : rel.stated;
    return { ...rel, stated, expr: mapOperands(rel.expr, read) };
  });
}
