import type { Interval } from './interval';

/** Interval arithmetic: every operation returns every value its operands' members can give. */

export const add = (a: Interval, b: Interval): Interval => ({ lo: a.lo + b.lo, hi: a.hi + b.hi });

export const sub = (a: Interval, b: Interval): Interval => ({ lo: a.lo - b.hi, hi: a.hi - b.lo });

export const neg = (a: Interval): Interval => ({ lo: -a.hi, hi: -a.lo });

export const scale = (a: Interval, k: number): Interval =>
  k >= 0 ? { lo: a.lo * k, hi: a.hi * k } : { lo: a.hi * k, hi: a.lo * k };

export function mul(a: Interval, b: Interval): Interval {
  const p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
  return { lo: Math.min(...p), hi: Math.max(...p) };
}

/** a / b, or null when b contains 0: the quotient is "not computable". */
export function div(a: Interval, b: Interval): Interval | null {
  if (b.lo <= 0 && b.hi >= 0) return null;
  return mul(a, { lo: 1 / b.hi, hi: 1 / b.lo });
}

export const sum = (list: ReadonlyArray<Interval>): Interval => list.reduce(add, { lo: 0, hi: 0 });

export const contains = (i: Interval, x: number): boolean => i.lo <= x && x <= i.hi;

export const intersects = (a: Interval, b: Interval): boolean => a.lo <= b.hi && b.lo <= a.hi;

export const hull = (a: Interval, b: Interval): Interval => ({ lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) });

export const mid = (i: Interval): number => (i.lo + i.hi) / 2;

/** Intervals are closed and widened by 1e-9 relative, so float noise never turns rounding into an error. */
const RELATIVE = 1e-9;
export function widen(i: Interval): Interval {
  const pad = Math.max(Math.abs(i.lo), Math.abs(i.hi)) * RELATIVE;
  return { lo: i.lo - pad, hi: i.hi + pad };
}
