import { point, type Interval } from '../interval/interval';
import { add, div, mul, neg, sub } from '../interval/ops';
import type { BinaryOp, Expr } from './ast';
import { formulaError, type FormulaError } from './messages';

export type EvaluateResult = { ok: true; value: Interval } | { ok: false; error: FormulaError };

const APPLY: Readonly<Record<BinaryOp, (a: Interval, b: Interval) => Interval | null>> = {
  '+': add,
  '-': sub,
  '*': mul,
  '/': div,
};

/**
 * Evaluates a parsed 측정산식 over intervals: each input is every value its rounded figure may stand
 * for, so the result is every value the formula may give. Constants in the formula are exact.
 * A missing input, or a divisor that may be 0, is an error pointing at its place in the text.
 */
export function evaluateFormula(ast: Expr, inputs: ReadonlyMap<string, Interval>): EvaluateResult {
  switch (ast.type) {
    case 'number':
      return { ok: true, value: point(ast.value) };
    case 'identifier': {
      const value = inputs.get(ast.name);
      return value === undefined
        ? { ok: false, error: formulaError('unknownIdentifier', ast.start, ast.name) }
        : { ok: true, value };
    }
    case 'negate': {
      const operand = evaluateFormula(ast.operand, inputs);
      return operand.ok ? { ok: true, value: neg(operand.value) } : operand;
    }
    case 'binary': {
      const left = evaluateFormula(ast.left, inputs);
      if (!left.ok) return left;
      const right = evaluateFormula(ast.right, inputs);
      if (!right.ok) return right;
      const value = APPLY[ast.op](left.value, right.value);
      return value === null ? { ok: false, error: formulaError('divisionByZero', ast.opStart) } : { ok: true, value };
    }
  }
}
