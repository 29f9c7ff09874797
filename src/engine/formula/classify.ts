import { parseFormula } from './parse';
import { SYMBOLS } from './tokenize';

export type MeasureKind = 'formula' | 'method';

/** A comma between words (not the thousands separator of `8,760`): a list, so a description. */
const WORD_COMMA = /[^0-9][,，、]|[,，、][^0-9]/;

const hasOperator = (text: string): boolean =>
  [...text].some((c) => SYMBOLS[c] !== undefined && SYMBOLS[c] !== '(' && SYMBOLS[c] !== ')');

/**
 * Whether a 측정산식 또는 측정방법 cell holds a formula to evaluate or describes how to measure.
 * A lone name (`서구방송보도건수`) or a list of words (`기획홍보건수(언론매체 인터뷰, 기고, 축사 등)`) is a
 * method. Text with an operator that does not parse is still a formula, so its syntax error is reported.
 */
export function classifyMeasure(text: string): MeasureKind {
  const parsed = parseFormula(text);
  if (parsed.ok) return parsed.ast.type === 'binary' || parsed.ast.type === 'negate' ? 'formula' : 'method';
  return hasOperator(text) && !WORD_COMMA.test(text) ? 'formula' : 'method';
}
