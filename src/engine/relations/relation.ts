import type { RelationRuleId } from '../findings/ruleRegistry';
import type { CellRef } from '../grid/cellRef';
import type { Message } from '../findings/finding';
import { point, type Interval } from '../interval/interval';
import { div, intersects, scale, sum, widen } from '../interval/ops';
import { excelRound } from '../interval/round';
import type { NumCell, TableKind } from '../model/plan';

/** Where a cell sits, for messages: its table, its row label and its column label. */
export type Place = { readonly table: TableKind; readonly row: string; readonly col: Message };

/**
 * A cell of a relation, with its place and the interval the relation reads it as. `decimals`, on a blank derived
 * cell, is what it will be written with: a blank shows no decimals of its own.
 */
export type Operand = {
  readonly cell: NumCell;
  readonly place: Place;
  readonly interval: Interval | null;
  readonly decimals?: number;
  /** For a blank derived cell standing for what its own relation gives: the cells that figure comes from. */
  readonly via?: ReadonlyArray<CellRef>;
  /** With `via`: the expression that figure is computed by (its operands read the same way), to recompute it under a fix. */
  readonly stands?: Expr;
};

export type Term = { readonly at: Operand; readonly coef: number };

/** What a derived cell should hold, as a function of other cells. */
export type Expr =
  /** Σ coef × cell (coefficients carry signs and unit conversions). */
  | { readonly kind: 'sum'; readonly terms: ReadonlyArray<Term> }
  /** Σ num / Σ den × 100 (구성비, 증감률). */
  | { readonly kind: 'percent'; readonly num: ReadonlyArray<Term>; readonly den: ReadonlyArray<Term> }
  /** An exact count of rows (세부사업수, 성과지표수 …). */
  | { readonly kind: 'count'; readonly value: number };

/**
 * One relation of the plan: a stated (derived) cell and what it should be. `checkOnly` marks a stated cell that is
 * an input elsewhere (예산현황 정책사업): the relation is checked, never written, and a blank there is an amount of 0.
 */
export type Relation = {
  readonly rule: RelationRuleId;
  readonly stated: Operand;
  readonly expr: Expr;
  readonly checkOnly?: true;
};

export type Outcome =
  /** An operand does not read as a number: reported by the unread-cell rule, nothing to judge. */
  | { readonly kind: 'skip' }
  /** A divisor that may be 0: the relation gives no value. */
  | { readonly kind: 'noncomputable' }
  | {
      readonly kind: 'ok' | 'rounding' | 'broken' | 'blank';
      /** Every value the inputs allow. */
      readonly computed: Interval;
      /** The value from what the inputs hold, rounded as the stated cell shows. */
      readonly naive: number;
    };

/**
 * An operand for a cell. An amount reading exactly 0 is exactly 0 (DOMAIN: a shown 0, blank or `-` amount),
 * whatever half-unit its format would otherwise give it. A blank `derived` cell is unknown instead: it is still to
 * be computed (resolveBlankDerived gives it its relation's value where the plan has that relation).
 */
export function operand(cell: NumCell, place: Place, opts: { amount?: boolean; derived?: boolean } = {}): Operand {
  if (opts.derived && cell.reading.kind === 'blank') return { cell, place, interval: null };
  const interval = opts.amount && cell.value === 0 ? point(0) : cell.interval;
  return { cell, place, interval };
}

export const termsOf = (expr: Expr): ReadonlyArray<Term> =>
  expr.kind === 'sum' ? expr.terms : expr.kind === 'percent' ? [...expr.num, ...expr.den] : [];

/** The expression with every operand (not the stated cell) read through `read`. */
export function mapOperands(expr: Expr, read: (op: Operand) => Operand): Expr {
  if (expr.kind === 'sum') return { ...expr, terms: expr.terms.map((t) => ({ ...t, at: read(t.at) })) };
  if (expr.kind === 'percent')
    return {
      ...expr,
      num: expr.num.map((t) => ({ ...t, at: read(t.at) })),
      den: expr.den.map((t) => ({ ...t, at: read(t.at) })),
    };
  return expr;
}

/** Every operand of a relation, the stated cell first, each cell once. */
export function operandsOf(rel: Relation): Operand[] {
  const seen = new Set<string>();
  return [rel.stated, ...termsOf(rel.expr).map((t) => t.at)].filter((o) => {
    const key = refKey(o.cell.ref);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export const cellsOf = (rel: Relation): CellRef[] => operandsOf(rel).map((o) => o.cell.ref);

export const refKey = (ref: CellRef): string => `${ref.sheet}!${ref.row}:${ref.col}`;

/** The decimals the stated cell shows (0 for dashes and blanks). */
export const shownDecimals = (cell: NumCell): number => (cell.reading.kind === 'number' ? cell.reading.decimals : 0);

/** The decimals a stated figure is judged and shown at: what a blank derived cell will get, else what the cell shows. */
export const statedDecimals = (op: Operand): number => op.decimals ?? shownDecimals(op.cell);

export const termInterval = (terms: ReadonlyArray<Term>): Interval | null =>
  terms.every((t) => t.at.interval) ? sum(terms.map((t) => scale(t.at.interval!, t.coef))) : null;

export const termValue = (terms: ReadonlyArray<Term>): number =>
  terms.reduce((acc, t) => acc + t.coef * (t.at.cell.value ?? NaN), 0);

const isZero = (i: Interval): boolean => i.lo === 0 && i.hi === 0;

/** x / x is 100 whatever x's rounding; interval arithmetic alone would not know the two are one cell. */
const selfRatio = (num: ReadonlyArray<Term>, den: ReadonlyArray<Term>): boolean =>
  num.length === 1 &&
  den.length === 1 &&
  refKey(num[0].at.cell.ref) === refKey(den[0].at.cell.ref) &&
  num[0].coef === den[0].coef;

/** The relation's value as an interval and from what the cells hold; null when not computable, undefined to skip. */
export function evaluate(expr: Expr): { computed: Interval; naive: number } | null | undefined {
  if (expr.kind === 'count') return { computed: point(expr.value), naive: expr.value };
  if (expr.kind === 'sum') {
    const computed = termInterval(expr.terms);
    return computed ? { computed, naive: termValue(expr.terms) } : undefined;
  }
  const num = termInterval(expr.num);
  const den = termInterval(expr.den);
  if (!num || !den) return undefined;
  // DOMAIN: 0.00 when both are 0 (재무활동 0 → 0); only the divisor 0 is "not computable".
  if (isZero(den)) return isZero(num) ? { computed: point(0), naive: 0 } : null;
  if (selfRatio(expr.num, expr.den)) return { computed: point(100), naive: 100 };
  const quotient = div(num, den);
  return quotient ? { computed: scale(quotient, 100), naive: (termValue(expr.num) / termValue(expr.den)) * 100 } : null;
}

/**
 * The expression with the cell `key` holding `value`: where it is an operand itself, and inside every blank derived
 * cell whose figure is computed from it (a fixed 정책사업 also moves the blank 계 a 구성비 divides by).
 */
export function assume(expr: Expr, key: string, value: Interval): Expr {
  return mapOperands(expr, (op) => {
    if (!op.via)
      return refKey(op.cell.ref) === key
        ? { ...op, cell: { ...op.cell, value: (value.lo + value.hi) / 2 }, interval: value }
        : op;
    if (!op.stands || !op.via.some((r) => refKey(r) === key)) return op;
    const result = evaluate(assume(op.stands, key, value));
    return result ? { ...op, cell: { ...op.cell, value: result.naive }, interval: result.computed } : { ...op, interval: null };
  });
}

/** Judges one relation: consistent when some inputs within their rounding give the stated figure. */
export function judge(rel: Relation): Outcome {
  const stated = rel.stated.cell;
  if (stated.value === null || !rel.stated.interval) return { kind: 'skip' };
  const result = evaluate(rel.expr);
  if (result === undefined) return { kind: 'skip' };
  if (result === null) return { kind: 'noncomputable' };
  const decimals = statedDecimals(rel.stated);
  const naive = excelRound(result.naive, decimals);
  const computed = result.computed;
  if (stated.reading.kind === 'blank') return { kind: 'blank', computed, naive };
  if (!intersects(widen(computed), rel.stated.interval)) return { kind: 'broken', computed, naive };
  return { kind: naive === excelRound(stated.value, decimals) ? 'ok' : 'rounding', computed, naive };
}

/** stated = Σ terms, each term with coefficient 1. */
export const sumRelation = (rule: RelationRuleId, stated: Operand, parts: ReadonlyArray<Operand>): Relation => ({
  rule,
  stated,
  expr: { kind: 'sum', terms: parts.map((at) => ({ at, coef: 1 })) },
});
