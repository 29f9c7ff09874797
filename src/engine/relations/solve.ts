import type { CellRef } from '../grid/cellRef';
import type { Interval } from '../interval/interval';
import { div, mul, scale, sub } from '../interval/ops';
import { evaluate, refKey, termInterval as span, termValue as value, type Relation, type Term } from './relation';

/** What a cell should hold for a relation to hold: the value from what the other cells hold, and its interval. */
export type Solution = { readonly naive: number; readonly interval: Interval };

/** Splits the terms into the one term on `ref` and the others; undefined unless the cell appears exactly once. */
function split(terms: ReadonlyArray<Term>, ref: CellRef): { term: Term; others: Term[] } | undefined {
  const key = refKey(ref);
  const mine = terms.filter((t) => refKey(t.at.cell.ref) === key);
  if (mine.length !== 1) return undefined;
  return { term: mine[0], others: terms.filter((t) => t !== mine[0]) };
}

/** target = coef × x + Σ others, solved for x. */
function isolate(target: Solution, part: { term: Term; others: Term[] }): Solution | undefined {
  const rest = span(part.others);
  if (!rest) return undefined;
  const k = 1 / part.term.coef;
  return { naive: (target.naive - value(part.others)) * k, interval: scale(sub(target.interval, rest), k) };
}

/**
 * Solves a relation for one of its cells: the stated cell gets the relation's value; an input of a sum, or of
 * only the numerator or only the divisor of a ratio, gets what the stated figure implies. Undefined otherwise.
 */
export function solveFor(rel: Relation, ref: CellRef): Solution | undefined {
  const stated = rel.stated;
  if (refKey(stated.cell.ref) === refKey(ref)) {
    const result = evaluate(rel.expr);
    return result ? { naive: result.naive, interval: result.computed } : undefined;
  }
  if (stated.cell.value === null || !stated.interval) return undefined;
  const target: Solution = { naive: stated.cell.value, interval: stated.interval };
  const expr = rel.expr;
  if (expr.kind === 'sum') {
    const part = split(expr.terms, ref);
    return part && isolate(target, part);
  }
  if (expr.kind !== 'percent') return undefined;
  const inNum = split(expr.num, ref);
  const inDen = split(expr.den, ref);
  if (inNum && !inDen) {
    const den = span(expr.den);
    if (!den) return undefined;
    return isolate({ naive: (target.naive * value(expr.den)) / 100, interval: scale(mul(target.interval, den), 0.01) }, inNum);
  }
  if (inDen && !inNum) {
    const num = span(expr.num);
    const quotient = num && div(scale(num, 100), target.interval);
    if (!quotient || target.naive === 0) return undefined;
    return isolate({ naive: (value(expr.num) * 100) / target.naive, interval: quotient }, inDen);
  }
  return undefined;
}
