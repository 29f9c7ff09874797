import type { Expr } from './ast';
import { formulaError, type FormulaError } from './messages';
import { BINARY_POWER, NEGATE_POWER } from './precedence';
import { tokenize, type Token } from './tokenize';

export type ParseResult = { ok: true; ast: Expr; identifiers: string[] } | { ok: false; error: FormulaError };

type Step = { expr: Expr } | { error: FormulaError };

/** How a token is named in an error message: its own text. */
const shown = (source: string, token: Token): string => source.slice(token.start, token.end);

/**
 * A Pratt parser over the tokens of a 측정산식: `parseOperand` reads what may start an expression
 * (a number, a name, unary minus, a parenthesised group); `parseExpression` then takes binary
 * operators while they bind tighter than `minPower` (see precedence.ts).
 */
function parser(source: string, tokens: readonly Token[]) {
  let next = 0;

  function parseOperand(): Step {
    const token = tokens[next];
    if (token === undefined) return { error: formulaError('unexpectedEnd', source.length) };
    next += 1;
    switch (token.kind) {
      case 'number':
        return { expr: { type: 'number', value: token.value, start: token.start, end: token.end } };
      case 'identifier':
        return { expr: { type: 'identifier', name: token.name, start: token.start, end: token.end } };
      case 'open': {
        const inner = parseExpression(0);
        if ('error' in inner) return inner;
        const close = tokens[next];
        if (close?.kind !== 'close') return { error: formulaError('unclosedParen', token.start) };
        next += 1;
        // The group's span takes in its parentheses, so `-(a)` ends where the text does.
        return { expr: { ...inner.expr, start: token.start, end: close.end } };
      }
      case 'operator': {
        if (token.op !== '-') return { error: formulaError('expectedOperand', token.start, shown(source, token)) };
        const operand = parseExpression(NEGATE_POWER);
        if ('error' in operand) return operand;
        return { expr: { type: 'negate', operand: operand.expr, start: token.start, end: operand.expr.end } };
      }
      case 'close':
        return { error: formulaError('expectedOperand', token.start, shown(source, token)) };
    }
  }

  function parseExpression(minPower: number): Step {
    const first = parseOperand();
    if ('error' in first) return first;
    let left = first.expr;
    for (;;) {
      const token = tokens[next];
      if (token === undefined || token.kind === 'close') return { expr: left };
      if (token.kind !== 'operator') return { error: formulaError('expectedOperator', token.start, shown(source, token)) };
      const power = BINARY_POWER[token.op];
      if (power <= minPower) return { expr: left };
      next += 1;
      // Left-associative: the right side takes only operators that bind tighter than this one.
      const right = parseExpression(power);
      if ('error' in right) return right;
      left = {
        type: 'binary',
        op: token.op,
        opStart: token.start,
        left,
        right: right.expr,
        start: left.start,
        end: right.expr.end,
      };
    }
  }

  function parseAll(): Step {
    const whole = parseExpression(0);
    if ('error' in whole) return whole;
    const rest = tokens[next];
    return rest === undefined ? whole : { error: formulaError('unmatchedParen', rest.start) };
  }

  return parseAll;
}

/** The input names a formula uses, each once, in order of first appearance. */
function identifiersOf(expr: Expr, into: string[] = []): string[] {
  switch (expr.type) {
    case 'identifier':
      if (!into.includes(expr.name)) into.push(expr.name);
      break;
    case 'negate':
      identifiersOf(expr.operand, into);
      break;
    case 'binary':
      identifiersOf(expr.left, into);
      identifiersOf(expr.right, into);
      break;
  }
  return into;
}

/** Parses a 측정산식 such as `(가동시간-중단시간)/가동시간*100`; bad text gives an error with its offset. */
export function parseFormula(text: string): ParseResult {
  const lexed = tokenize(text);
  if (!lexed.ok) return lexed;
  if (lexed.tokens.length === 0) return { ok: false, error: formulaError('empty', 0) };
  const step = parser(text, lexed.tokens)();
  if ('error' in step) return { ok: false, error: step.error };
  return { ok: true, ast: step.expr, identifiers: identifiersOf(step.expr) };
}
