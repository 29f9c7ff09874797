/** Why a 측정산식 could not be read or evaluated; `position` is an offset into the formula text. */
export type FormulaErrorKind =
  | 'empty'
  | 'unexpectedCharacter'
  | 'badNumber'
  | 'expectedOperand'
  | 'expectedOperator'
  | 'unexpectedEnd'
  | 'unclosedParen'
  | 'unmatchedParen'
  | 'unknownIdentifier'
  | 'divisionByZero';

export type FormulaError = {
  readonly kind: FormulaErrorKind;
  readonly position: number;
  readonly ko: string;
  readonly en: string;
};

const MESSAGES: Record<FormulaErrorKind, (detail: string) => { ko: string; en: string }> = {
  empty: () => ({ ko: '측정산식이 비어 있습니다', en: 'The formula is empty' }),
  unexpectedCharacter: (d) => ({ ko: `산식에 쓸 수 없는 문자 '${d}'`, en: `Unexpected character '${d}'` }),
  badNumber: (d) => ({ ko: `숫자 '${d}'를 읽을 수 없습니다`, en: `Malformed number '${d}'` }),
  expectedOperand: (d) => ({ ko: `'${d}' 앞에 값이 있어야 합니다`, en: `A value is expected before '${d}'` }),
  expectedOperator: (d) => ({ ko: `'${d}' 앞에 연산자가 있어야 합니다`, en: `An operator is expected before '${d}'` }),
  unexpectedEnd: () => ({ ko: '산식이 연산자로 끝납니다', en: 'The formula ends after an operator' }),
  unclosedParen: () => ({ ko: '닫히지 않은 괄호입니다', en: 'Unclosed parenthesis' }),
  unmatchedParen: () => ({ ko: '여는 괄호 없이 닫는 괄호가 있습니다', en: 'Closing parenthesis without an opening one' }),
  unknownIdentifier: (d) => ({ ko: `'${d}' 값이 없습니다`, en: `No value for '${d}'` }),
  divisionByZero: () => ({ ko: '0을 포함하는 값으로 나눌 수 없습니다', en: 'Division by a value that may be 0' }),
};

export function formulaError(kind: FormulaErrorKind, position: number, detail = ''): FormulaError {
  return { kind, position, ...MESSAGES[kind](detail) };
}
