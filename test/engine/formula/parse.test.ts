import type { Expr } from '../../../src/engine/formula/ast';
import type { FormulaErrorKind } from '../../../src/engine/formula/messages';
import { parseFormula } from '../../../src/engine/formula/parse';

/** The tree written with every group parenthesised, so a table can say how a text was grouped. */
function show(e: Expr): string {
  switch (e.type) {
    case 'number':
      return String(e.value);
    case 'identifier':
      return e.name;
    case 'negate':
      return `(-${show(e.operand)})`;
    case 'binary':
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
  }
}

function parsed(text: string): Expr {
  const r = parseFormula(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.en} at ${r.error.position}`);
  return r.ast;
}

describe('parseFormula: the seed formulas', () => {
  it('reads (가동시간-중단시간)/가동시간*100 left to right, the group first', () => {
    const r = parseFormula('(가동시간-중단시간)/가동시간*100');
    expect(r.ok && show(r.ast)).toBe('(((가동시간 - 중단시간) / 가동시간) * 100)');
    expect(r.ok && r.identifiers).toEqual(['가동시간', '중단시간']);
  });

  it('reads names with spaces inside and the × alias', () => {
    const r = parseFormula('(교육 참석률 × 0.5) + (교육자 만족도 × 0.5)');
    expect(r.ok && show(r.ast)).toBe('((교육 참석률 * 0.5) + (교육자 만족도 * 0.5))');
    expect(r.ok && r.identifiers).toEqual(['교육 참석률', '교육자 만족도']);
  });

  it('reads the other seed formulas', () => {
    expect(show(parsed('활용업무수/발생업무 * 100'))).toBe('((활용업무수 / 발생업무) * 100)');
    expect(show(parsed('(보도건수/자료제공건수)*100'))).toBe('((보도건수 / 자료제공건수) * 100)');
  });
});

describe('parseFormula: precedence and associativity', () => {
  it.each([
    ['a + b * c', '(a + (b * c))'],
    ['a * b + c', '((a * b) + c)'],
    ['a - b - c', '((a - b) - c)'],
    ['a / b / c', '((a / b) / c)'],
    ['a / b * c', '((a / b) * c)'],
    ['a - b + c', '((a - b) + c)'],
    ['a + b - c * d / e', '((a + b) - ((c * d) / e))'],
    ['(a + b) * c', '((a + b) * c)'],
    ['a * (b - c)', '(a * (b - c))'],
    ['((a))', 'a'],
  ])('%s groups as %s', (text, grouping) => {
    expect(show(parsed(text))).toBe(grouping);
  });
});

describe('parseFormula: unary minus', () => {
  it.each([
    ['-a', '(-a)'],
    ['-a * b', '((-a) * b)'],
    ['a * -b', '(a * (-b))'],
    ['a - -b', '(a - (-b))'],
    ['--a', '(-(-a))'],
    ['-(a + b)', '(-(a + b))'],
  ])('%s groups as %s', (text, grouping) => {
    expect(show(parsed(text))).toBe(grouping);
  });
});

describe('parseFormula: aliases read like ASCII', () => {
  it.each([
    ['a×b', 'a*b'],
    ['a·b', 'a*b'],
    ['a＊b', 'a*b'],
    ['a÷b', 'a/b'],
    ['a／b', 'a/b'],
    ['a＋b', 'a+b'],
    ['a－b', 'a-b'],
    ['a−b', 'a-b'],
    ['（a+b）*c', '(a+b)*c'],
    ['１００×a', '100*a'],
  ])('%s is %s', (alias, ascii) => {
    expect(show(parsed(alias))).toBe(show(parsed(ascii)));
  });
});

describe('parseFormula: numbers and names', () => {
  it.each([
    ['8,760', 8760],
    ['1,234,567.5', 1234567.5],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['８,７６０', 8760],
  ])('%s is the number %d', (text, value) => {
    expect(parsed(text)).toMatchObject({ type: 'number', value });
  });

  it('names keep one space between words, however many the text has', () => {
    expect(parsed('교육  참석률')).toMatchObject({ type: 'identifier', name: '교육 참석률' });
  });

  it('a name may mix Latin, Hangul and digits', () => {
    expect(parsed('CO2 배출량 / 3개년 평균')).toMatchObject({
      left: { type: 'identifier', name: 'CO2 배출량' },
      right: { type: 'identifier', name: '3개년 평균' },
    });
  });

  it('nodes keep their source offsets', () => {
    const text = '(가동시간-중단시간)/가동시간*100';
    const ast = parsed(text);
    expect(ast).toMatchObject({ start: 0, end: text.length, opStart: text.indexOf('*') });
    expect(ast.type === 'binary' && text.slice(ast.left.start, ast.left.end)).toBe('(가동시간-중단시간)/가동시간');
  });
});

describe('parseFormula: every syntax error says where', () => {
  it.each<[string, FormulaErrorKind, number]>([
    ['', 'empty', 0],
    ['   ', 'empty', 0],
    ['a % b', 'unexpectedCharacter', 2],
    ['a, b', 'unexpectedCharacter', 1],
    ['가동시간 - 8,76', 'badNumber', 7],
    ['1.2.3', 'badNumber', 0],
    ['a + * b', 'expectedOperand', 4],
    ['* a', 'expectedOperand', 0],
    ['()', 'expectedOperand', 1],
    ['a 100', 'expectedOperator', 2],
    ['(a) (b)', 'expectedOperator', 4],
    ['a +', 'unexpectedEnd', 3],
    ['-', 'unexpectedEnd', 1],
    ['(a + b', 'unclosedParen', 0],
    ['a * ((b + c)', 'unclosedParen', 4],
    ['a + b)', 'unmatchedParen', 5],
  ])('%j: %s at %d', (text, kind, position) => {
    const r = parseFormula(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ kind, position });
      expect(r.error.ko).not.toBe('');
      expect(r.error.en).not.toBe('');
    }
  });
});
