import type { BinaryOp } from './ast';

/**
 * Binding powers, read at a glance: higher binds tighter. Every binary operator is left-associative,
 * so `a - b - c` is `(a - b) - c` and `a / b * 100` is `(a / b) * 100`.
 */
export const BINARY_POWER: Readonly<Record<BinaryOp, number>> = {
  '+': 10,
  '-': 10,
  '*': 20,
  '/': 20,
};

/** Unary minus binds tighter than every binary operator: `-a * b` is `(-a) * b`. */
export const NEGATE_POWER = 30;
