import fc from 'fast-check';
import { evaluateFormula } from '../../../src/engine/formula/evaluate';
import { parseFormula } from '../../../src/engine/formula/parse';
import { point, type Interval } from '../../../src/engine/interval/interval';
import { excelRound } from '../../../src/engine/interval/round';

function run(text: string, inputs: Record<string, Interval>) {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.en}`);
  return evaluateFormula(parsed.ast, new Map(Object.entries(inputs)));
}

function value(text: string, inputs: Record<string, Interval>): Interval {
  const r = run(text, inputs);
  if (!r.ok) throw new Error(`${text}: ${r.error.en}`);
  return r.value;
}

/** Half a unit of the last shown digit either side: what a figure shown to `decimals` may stand for. */
const shown = (v: number, decimals: number): Interval => ({ lo: v - 0.5 * 10 ** -decimals, hi: v + 0.5 * 10 ** -decimals });

describe('evaluateFormula: the seed', () => {
  it('행정정보시스템 운영도: 8,760 hours with 60 down gives the 2014 figure 99.32', () => {
    const v = value('(가동시간-중단시간)/가동시간*100', { 가동시간: point(8760), 중단시간: point(60) });
    expect(v.lo).toBe(v.hi);
    expect(excelRound(v.lo, 2)).toBe(99.32);
  });

  it('주민정보화교육 운영실적 is the mean of its two rates', () => {
    const [rate, satisfaction] = [95.2, 98];
    const v = value('(교육 참석률 × 0.5) + (교육자 만족도 × 0.5)', {
      '교육 참석률': point(rate),
      '교육자 만족도': point(satisfaction),
    });
    expect(v.lo).toBeCloseTo((rate + satisfaction) / 2, 12);
  });

  it('rounded inputs give every value the formula may take', () => {
    const v = value('(가동시간-중단시간)/가동시간*100', { 가동시간: shown(8760, 0), 중단시간: shown(60, 0) });
    const naive = ((8760 - 60) / 8760) * 100;
    expect(v.lo).toBeLessThan(naive);
    expect(v.hi).toBeGreaterThan(naive);
  });

  it('unary minus negates', () => {
    expect(value('-a + b', { a: point(3), b: point(10) })).toEqual(point(7));
  });
});

describe('evaluateFormula: errors are values', () => {
  it('names the input it lacks, where the text uses it', () => {
    const text = '(가동시간-중단시간)/가동시간*100';
    const r = run(text, { 가동시간: point(8760) });
    expect(r).toMatchObject({ ok: false, error: { kind: 'unknownIdentifier', position: text.indexOf('중단시간') } });
    expect(!r.ok && r.error.ko).toContain('중단시간');
  });

  it('will not divide by an interval containing 0, pointing at the division', () => {
    const text = '가동시간 ÷ 중단시간';
    const r = run(text, { 가동시간: point(8760), 중단시간: shown(0, 0) });
    expect(r).toMatchObject({ ok: false, error: { kind: 'divisionByZero', position: text.indexOf('÷') } });
  });
});

describe('evaluateFormula: properties', () => {
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });

  it('on exact inputs agrees with plain arithmetic', () => {
    fc.assert(
      fc.property(finite, finite, finite, (a, b, c) => {
        const v = value('a + b * c - -a', { a: point(a), b: point(b), c: point(c) });
        const expected = a + b * c - -a;
        expect(Math.abs(v.lo - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
        expect(Math.abs(v.hi - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
      }),
    );
  });

  it('any inputs inside the intervals give a value inside the result', () => {
    const text = '(a - b) / c * 100';
    fc.assert(
      fc.property(
        finite,
        finite,
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, c, t) => {
          const [ia, ib, ic] = [shown(a, 1), shown(b, 1), shown(c, 1)];
          const pick = (i: Interval) => Math.min(i.hi, i.lo + t * (i.hi - i.lo));
          const range = value(text, { a: ia, b: ib, c: ic });
          const exact = value(text, { a: point(pick(ia)), b: point(pick(ib)), c: point(pick(ic)) });
          expect(exact.lo).toBeGreaterThanOrEqual(range.lo);
          expect(exact.hi).toBeLessThanOrEqual(range.hi);
        },
      ),
    );
  });
});
