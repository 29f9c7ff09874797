import fc from 'fast-check';
import type { Expr } from '../../../src/engine/formula/ast';
import { evaluateFormula } from '../../../src/engine/formula/evaluate';
import { parseFormula } from '../../../src/engine/formula/parse';
import { formulaRange } from '../../../src/engine/formula/range';
import { point, type Interval } from '../../../src/engine/interval/interval';
import { contains, widen } from '../../../src/engine/interval/ops';

function ast(text: string): Expr {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.en}`);
  return parsed.ast;
}

function range(text: string, inputs: Record<string, Interval>): Interval {
  const r = formulaRange(ast(text), new Map(Object.entries(inputs)));
  if (!r.ok) throw new Error(`${text}: ${r.error.en}`);
  return r.value;
}

/** Half a unit of the last shown digit either side. */
const shown = (v: number, decimals: number): Interval => ({ lo: v - 0.5 * 10 ** -decimals, hi: v + 0.5 * 10 ** -decimals });

/** The formula on exact inputs with plain arithmetic: the value the interval must contain. */
function exact(e: Expr, values: ReadonlyMap<string, number>): number {
  switch (e.type) {
    case 'number':
      return e.value;
    case 'identifier':
      return values.get(e.name)!;
    case 'negate':
      return -exact(e.operand, values);
    case 'binary': {
      const [a, b] = [exact(e.left, values), exact(e.right, values)];
      return e.op === '+' ? a + b : e.op === '-' ? a - b : e.op === '*' ? a * b : a / b;
    }
  }
}

describe('formulaRange', () => {
  const OPS = '(가동시간-중단시간)/가동시간*100';
  const hours = { 가동시간: shown(8760, 0), 중단시간: shown(60, 0) };

  it('is tighter than one interval evaluation where a name repeats: 99.30 no longer fits 8,760 and 60 hours', () => {
    const once = evaluateFormula(ast(OPS), new Map(Object.entries(hours)));
    if (!once.ok) throw new Error(once.error.en);
    expect(contains(once.value, 99.3)).toBe(true);
    const tight = range(OPS, hours);
    // The true range: 100 × (1 − 중단/가동) over the box, 99.3093–99.3208.
    expect(tight.lo).toBeGreaterThan(99.305);
    expect(tight.lo).toBeLessThanOrEqual(100 * (1 - 60.5 / 8759.5));
    expect(tight.hi).toBeGreaterThanOrEqual(100 * (1 - 59.5 / 8760.5));
    expect(tight.hi).toBeLessThan(once.value.hi);
  });

  it('is one interval evaluation where every name occurs once', () => {
    const inputs = { 보도건수: shown(273, 0), 자료제공건수: shown(300, 0) };
    const text = '(보도건수/자료제공건수)*100';
    const once = evaluateFormula(ast(text), new Map(Object.entries(inputs)));
    expect(once.ok && range(text, inputs)).toEqual(once.ok && once.value);
  });

  it('reports a divisor that may be 0 as the evaluator does', () => {
    const r = formulaRange(
      ast('a / (b - b) + b'),
      new Map([
        ['a', point(1)],
        ['b', shown(2, 0)],
      ]),
    );
    expect(r).toMatchObject({ ok: false, error: { kind: 'divisionByZero' } });
  });
});

describe('formulaRange: the evaluated interval always contains the exact value', () => {
  const NAMES = ['가동시간', '중단시간', '참여자 수'] as const;

  /** 측정산식 text over three quantities, with constants, unary minus and parentheses. */
  const formulaArb: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...NAMES),
      fc.integer({ min: 1, max: 1000 }).map(String),
      fc.tuple(tie('expr'), fc.constantFrom('+', '-', '×', '/', '*', '÷'), tie('expr')).map(([a, op, b]) => `(${a} ${op} ${b})`),
      tie('expr').map((a) => `-(${a})`),
    ),
  })).expr;

  /** A quantity as a 측정 자료 shows it (0–2 decimals), and where inside its rounding the true figure lies. */
  const quantityArb = fc.record({
    shown: fc.integer({ min: -100_000, max: 100_000 }),
    decimals: fc.integer({ min: 0, max: 2 }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  });

  it('for any formula, quantities and true figures within their rounding', () => {
    fc.assert(
      fc.property(formulaArb, fc.tuple(quantityArb, quantityArb, quantityArb), (text, qs) => {
        const inputs = new Map<string, Interval>();
        const values = new Map<string, number>();
        NAMES.forEach((name, k) => {
          const q = qs[k];
          const i = shown(q.shown / 10 ** q.decimals, q.decimals);
          inputs.set(name, i);
          values.set(name, Math.min(i.hi, i.lo + q.at * (i.hi - i.lo)));
        });
        const e = ast(text);
        const r = formulaRange(e, inputs);
        // A divisor that may be 0 gives no interval: nothing to contain.
        fc.pre(r.ok);
        const value = exact(e, values);
        expect(r.ok && contains(widen(r.value), value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
