import { excelRound } from '../../../src/engine/interval/round';
import type { NumCell } from '../../../src/engine/model/plan';
import { judge, operand, sumRelation, type Operand, type Relation } from '../../../src/engine/relations/relation';
import { solveFor } from '../../../src/engine/relations/solve';
import { num } from '../rules/cells';

const place = { table: 'T3' as const, row: 'r', col: { ko: 'c', en: 'c' } };
const amount = (c: NumCell): Operand => operand(c, place, { amount: true });
const ratio = (c: NumCell): Operand => operand(c, place);
const sumOf = (stated: NumCell, ...parts: NumCell[]): Relation => sumRelation('t3.total', amount(stated), parts.map(amount));
const percentOf = (stated: NumCell, part: NumCell, whole: NumCell): Relation => ({
  rule: 't3.share',
  stated: ratio(stated),
  expr: { kind: 'percent', num: [{ at: amount(part), coef: 1 }], den: [{ at: amount(whole), coef: 1 }] },
});
const rateOf = (stated: NumCell, now: NumCell, before: NumCell): Relation => ({
  rule: 't3.rate',
  stated: ratio(stated),
  expr: {
    kind: 'percent',
    num: [
      { at: amount(now), coef: 1 },
      { at: amount(before), coef: -1 },
    ],
    den: [{ at: amount(before), coef: 1 }],
  },
});

describe('judge', () => {
  // valid: consistent under the rounding rule, with or without a naive difference
  it.each([
    ['exact sum', 'ok', sumOf(num(1723), num(1499), num(224), num(0))],
    ["구정홍보 '15예산: 327 vs 168 + 158", 'rounding', sumOf(num(327), num(168), num(158))],
    ['1,499 / 1,723 shown as 86.97', 'rounding', percentOf(num(86.97, 2), num(1499), num(1723))],
    ['held 천원 behind 백만원', 'ok', sumOf(num(1104.321), num(50.123), num(66.1), num(988.098))],
    ['△81 / 1,804 shown as △4.50%', 'rounding', rateOf(num('△4.50%'), num(1723), num(1804))],
    ['0.00 when both years are 0', 'ok', rateOf(num(0, 2), num(0), num(0))],
    ['a dash is an exact 0', 'ok', rateOf(num(0, 2), num('-'), num(0))],
    ['x / x is 100', 'ok', percentOf(num(100, 2), num(1723), num(1723))],
  ] as const)('%s: %s', (_what, kind, rel) => expect(judge(rel).kind).toBe(kind));

  // invalid: outside every rounding of the inputs, or not judgeable
  it.each([
    ['sum off by 2', 'broken', sumOf(num(1725), num(1499), num(224))],
    ['share off by 2 points', 'broken', percentOf(num(88.97, 2), num(1499), num(1723))],
    ['rate with the wrong sign', 'broken', rateOf(num(4.5, 2), num(1723), num(1804))],
    ['only the previous year 0', 'noncomputable', rateOf(num(0, 2), num(5), num(0))],
    ['a blank derived cell', 'blank', sumOf(num(null), num(1), num(2))],
    ['a word among the inputs', 'skip', sumOf(num(3), num('미정'), num(2))],
    ['an error as the stated cell', 'skip', sumOf(num('#REF!'), num(1), num(2))],
  ] as const)('%s: %s', (_what, kind, rel) => expect(judge(rel).kind).toBe(kind));

  it('gives the naive value rounded as the stated cell shows it', () => {
    const outcome = judge(percentOf(num(86.97, 2), num(1499), num(1723)));
    expect(outcome.kind === 'rounding' && outcome.naive).toBe(excelRound((1499 / 1723) * 100, 2));
  });
});

describe('solveFor', () => {
  it('solves a sum for one of its inputs', () => {
    const [total, a, b] = [num(1733), num(1499), num(224)];
    const fix = solveFor(sumOf(total, a, b), b.ref)!;
    expect(fix.naive).toBe(1733 - 1499);
    expect(fix.interval.lo).toBeLessThanOrEqual(fix.naive);
    expect(fix.interval.hi).toBeGreaterThanOrEqual(fix.naive);
  });
  it('solves a share for its numerator and its divisor', () => {
    const [share, part, whole] = [num(50, 2), num(10), num(20)];
    expect(solveFor(percentOf(share, part, whole), part.ref)!.naive).toBeCloseTo(10);
    expect(solveFor(percentOf(share, part, whole), whole.ref)!.naive).toBeCloseTo(20);
  });
  it('leaves a cell on both sides of a ratio unsolved', () => {
    const before = num(1804);
    expect(solveFor(rateOf(num(-4.5, 2), num(1723), before), before.ref)).toBeUndefined();
  });
});
